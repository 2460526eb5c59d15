/**
 * Item-by-item parsing with valibot: each item of a list is checked on its own, its problems are reported
 * with their paths, and a bad item is dropped while the rest load. Unknown fields are never copied (valibot's
 * `object` builds a fresh object of known keys only) and are counted shallowly, never walked.
 */
import * as v from 'valibot';
import { ShapePool, StringPool } from './compact.ts';
import { formatPath, humanize, type Issue, type PathPart, type Severity } from './issues.ts';
import { Suggestions } from './suggest.ts';

export class IssueLog {
  readonly issues: Issue[] = [];
  unknownFields = 0;
  firstUnknown: string | undefined;
  /** "Did you mean" for unknown ids, with a cap on the work one file may cause. */
  readonly suggestions = new Suggestions();
  /** Texts that recur across this file's items (ids, dates, statuses), each kept once (compact.ts). */
  readonly texts = new StringPool();
  /** Templates for storing this file's items at their exact size (compact.ts). */
  readonly shapes = new ShapePool();
  constructor(readonly file: string | undefined) {}

  add(path: string, severity: Severity, message: string): void {
    this.issues.push(
      this.file === undefined ? { path, severity, message } : { path, severity, message, file: this.file },
    );
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ObjectSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;

/**
 * How items are checked: every bad field is reported (`abortEarly: false`), but each value only once, for the
 * first check it fails (`abortPipeEarly`): `1e309` is "not a finite number", not also "implausibly large";
 * `2025-1-5` has the wrong shape, and is not also "not a real calendar date".
 */
export const ITEM_PARSE: v.Config<v.BaseIssue<unknown>> = { abortEarly: false, abortPipeEarly: true };

/**
 * Parses one item; on failure logs every problem as a warning (the item is dropped) and returns undefined:
 * one sentence per bad field. `nested` names object-valued fields whose own unknown keys should be counted too.
 */
export function parseItem<S extends ObjectSchema>(
  schema: S,
  input: unknown,
  path: readonly PathPart[],
  log: IssueLog,
  what: string,
  nested: readonly string[] = [],
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, input, ITEM_PARSE);
  if (!result.success) {
    const said = new Map<string, string>();
    for (const issue of result.issues) {
      const { path: where, message } = humanize(issue, path);
      // A US-dollar figure is often written twice (`value` and `usd`): one problem, said once, at `value`.
      if (where.endsWith('.amount.usd') && said.get(`${where.slice(0, -4)}.value`) === message) continue;
      said.set(where, message);
      log.add(where, 'warning', `${message} — this ${what} was skipped`);
    }
    return undefined;
  }
  countUnknown(schema, input, path, log, nested);
  return result.output;
}

/**
 * Counts the input's fields the schema does not know, and those of its `nested` object fields; the path of the
 * first is kept for the report (`key` and `index`: where a nested item sits under `path`, given apart so that
 * no path is built for the many items with no unknown field).
 */
function countUnknown(
  schema: ObjectSchema,
  input: unknown,
  path: readonly PathPart[],
  log: IssueLog,
  nested: readonly string[],
  key?: string,
  index?: number,
): void {
  if (!isPlainObject(input)) return;
  for (const field of Object.keys(input)) {
    if (!Object.hasOwn(schema.entries, field)) {
      log.unknownFields++;
      // formatPath quotes and escapes odd keys: a key is text from the file like any other.
      const at = key === undefined ? [] : index === undefined ? [key] : [key, index];
      log.firstUnknown ??= formatPath([...path, ...at, field]);
    }
  }
  for (const name of nested) {
    const value = input[name];
    const entry = schema.entries[name];
    const inner = entry && innerObject(entry);
    if (!inner) continue;
    if (Array.isArray(value)) value.forEach((item, i) => countUnknown(inner, item, path, log, [], name, i));
    else countUnknown(inner, value, path, log, [], name);
  }
}

/** The object schema inside optional/pipe/array wrappers, if any. */
function innerObject(schema: v.GenericSchema): ObjectSchema | undefined {
  let current: unknown = schema;
  for (let depth = 0; depth < 5 && current; depth++) {
    const s = current as { type?: string; wrapped?: unknown; pipe?: unknown[]; item?: unknown };
    if (s.type === 'object') return current as ObjectSchema;
    current = s.wrapped ?? s.item ?? (Array.isArray(s.pipe) ? s.pipe[0] : undefined);
  }
  return undefined;
}

/** Reads an optional top-level list; anything but a list is a warning and reads as empty. */
export function optionalList(
  root: Record<string, unknown>,
  key: string,
  log: IssueLog,
): unknown[] | undefined {
  const value = root[key];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  log.add(
    key,
    'warning',
    `should be a list, but is ${typeof value === 'object' ? 'an object' : typeof value}; it was ignored`,
  );
  return undefined;
}
