/**
 * Problems found while importing, and the validator's problems moved back to where they are in the input file:
 * a CSV line and column, or a D3 path such as `links[12].source`. Every issue names its input file.
 */
import type { Issue, Severity } from '../data/issues.ts';
import type { ValidationResult } from '../data/validate.ts';

export interface Where {
  readonly file: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
}

export class ImportLog {
  readonly issues: Issue[] = [];

  add(severity: Severity, message: string, where: Where): void {
    this.issues.push({
      path: where.path ?? '',
      severity,
      message,
      file: where.file,
      ...(where.line === undefined ? {} : { line: where.line }),
      ...(where.column === undefined ? {} : { column: where.column }),
    });
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

/** A rejection with one error. */
export function rejected(message: string, where: Partial<Where> = {}): ValidationResult {
  const issue: Issue = {
    path: where.path ?? '',
    severity: 'error',
    message,
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.line === undefined ? {} : { line: where.line }),
    ...(where.column === undefined ? {} : { column: where.column }),
  };
  return { ok: false, issues: [issue] };
}

export interface ItemPath {
  readonly list: 'companies' | 'deals';
  readonly index: number;
  /** The field inside the item without list positions: `amount.value`, `sources.url`; '' for the item. */
  readonly field: string;
}

/** `deals[12].sources[0].url` → {list: 'deals', index: 12, field: 'sources.url'}. */
export function itemPath(path: string): ItemPath | undefined {
  const m = /^(companies|deals)\[(\d+)\](.*)$/.exec(path);
  if (!m) return undefined;
  const field = (m[3] ?? '').replace(/\[\d+\]/g, '').replace(/^\./, '');
  return { list: m[1] as 'companies' | 'deals', index: Number(m[2]), field };
}

/**
 * Rewrites the validator's references to other items (`already used by deals[3]`) with `name(list, index)`.
 */
export function renameItems(
  message: string,
  name: (list: 'companies' | 'deals', index: number) => string,
): string {
  return message.replace(
    /\b(companies|deals)\[(\d+)\]/g,
    (_all, list: 'companies' | 'deals', index: string) => name(list, Number(index)),
  );
}

/** Stable order for display: by input file, then line (issues without a line first in their file). */
export function sortByPlace(issues: readonly Issue[], files: readonly string[]): Issue[] {
  const rank = (issue: Issue) => {
    const i = issue.file === undefined ? -1 : files.indexOf(issue.file);
    return i < 0 ? files.length : i;
  };
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        rank(a.issue) - rank(b.issue) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.order - b.order,
    )
    .map((x) => x.issue);
}

/** `deals.csv` → `deals` (the title of an imported map). */
export function titleFromName(name: string): string {
  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name).trim().slice(0, 200);
  return base === '' ? 'Imported map' : base;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
