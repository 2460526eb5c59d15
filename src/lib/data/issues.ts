/**
 * Validation problems as data: every problem says where it is (file, JSON path or CSV line) and what is wrong,
 * in a sentence a data editor can act on.
 *
 * Severities: `error` rejects the whole file (not JSON, wrong top level, no companies); `warning` drops one
 * item (a deal, a company, a source) or ignores one field and keeps the rest; `notice` is information only.
 */
import type * as v from 'valibot';

export type Severity = 'error' | 'warning' | 'notice';

export interface Issue {
  /** Where in the file: `deals[12].to`; empty for the whole file. */
  readonly path: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type PathPart = string | number;

/** `['deals', 12, 'to']` → `deals[12].to`; odd keys are quoted: `layout["a b"]`. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${quote(part)}]`;
  }
  return out;
}

/**
 * Characters a message must not carry raw: C0/C1 controls, bidi marks, embeddings, overrides and isolates
 * (they reorder the text around them), line and paragraph separators, lone surrogates (invalid UTF-16 that
 * makes `encodeURIComponent` throw), and the quote and backslash themselves.
 */
const UNSAFE_IN_QUOTE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A value from the file, quoted and shortened for a message; control and bidi characters are escaped. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    let short = value;
    if (value.length > 60) {
      // Never cut a surrogate pair in half.
      const cut = /[\ud800-\udbff]/.test(value.charAt(56)) ? 56 : 57;
      short = `${value.slice(0, cut)}…`;
    }
    return `"${short.replace(UNSAFE_IN_QUOTE, escapeChar)}"`;
  }
  return describe(value);
}

function escapeChar(ch: string): string {
  if (ch === '"' || ch === '\\') return `\\${ch}`;
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** What kind of value this is, in words ("a number", "a list", "nothing"). */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number too large to represent';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object with named fields',
  array: 'a list',
  tuple: 'a pair of numbers [x, y]',
  record: 'an object',
  boolean: 'true or false',
  literal: 'exactly',
};

type AnyIssue = v.BaseIssue<unknown>;

/** Turns one valibot issue into a path and a sentence. */
export function humanize(issue: AnyIssue, base: readonly PathPart[]): { path: string; message: string } {
  const parts: PathPart[] = [...base];
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number' || typeof key === 'string') parts.push(key);
  }
  const path = formatPath(parts);
  return { path, message: sentence(issue) };
}

function sentence(issue: AnyIssue): string {
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'is missing';
    if (issue.type === 'picklist') {
      return `should be one of ${issue.expected?.replace(/ \| /g, ', ').replace(/^\(|\)$/g, '')}, but is ${quote(issue.input)}`;
    }
    if (issue.type === 'literal') return `should be ${issue.expected}, but is ${quote(issue.input)}`;
    const want = TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
    const hint = issue.input === null ? ' (leave the field out when it is unknown)' : '';
    return `should be ${want}, but is ${describe(issue.input)}${hint}`;
  }
  // Validation actions carry our own messages (see schema.ts); add the offending value where it helps.
  const shown =
    typeof issue.input === 'string'
      ? `: ${quote(issue.input)}`
      : typeof issue.input === 'number'
        ? ` (it is ${Number.isFinite(issue.input) ? issue.input : 'too large to represent'})`
        : '';
  const text = issue.message;
  if (issue.type === 'max_length' || issue.type === 'min_length' || issue.type === 'non_empty') return text;
  return `${text}${shown}`;
}
