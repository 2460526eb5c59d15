/**
 * The boundary from text to a validated DealMap: size check, BOM, JSON.parse in try/catch (with the line and
 * column of a syntax error), then the validator. Nothing here throws on bad input.
 */
import type { Issue } from './issues.ts';
import { firstSyntaxError } from './json-position.ts';
import { runInSlices, yieldToPage, type SliceOptions } from './slices.ts';
import { validateDealMap, validationSteps, type ValidationResult } from './validate.ts';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function parseDealMapText(text: string, file?: string): ValidationResult {
  const read = readJson(text, file);
  return 'issues' in read ? read : validateDealMap(read.data, file === undefined ? {} : { file });
}

/**
 * The same as parseDealMapText, but in time slices: the page stays responsive while a big file is read. It
 * gets its turn before JSON.parse (after the download was decoded) and after it; JSON.parse of the text stays
 * one piece of work (about 100 ms for 17 MB), then the checks run in slices.
 */
export async function parseDealMapTextInSlices(
  text: string,
  file?: string,
  slices?: SliceOptions,
): Promise<ValidationResult> {
  if (text.length > PAUSE_BEFORE_PARSE) await (slices?.pause ?? yieldToPage)();
  return runInSlices(parseSteps(text, file), slices);
}

/** Text longer than this (characters) is parsed in a task of its own. */
const PAUSE_BEFORE_PARSE = 1024 * 1024;

function* parseSteps(text: string, file: string | undefined): Generator<void, ValidationResult> {
  const read = readJson(text, file);
  if ('issues' in read) return read;
  yield;
  return yield* validationSteps(read.data, file === undefined ? {} : { file });
}

/** The parsed JSON, or the result that refuses the text (too large, empty, not JSON). */
function readJson(text: string, file: string | undefined): { data: unknown } | ValidationResult {
  const fail = (message: string, where: { line?: number; column?: number } = {}): ValidationResult => {
    const issue: Issue = {
      path: '',
      severity: 'error',
      message,
      ...where,
      ...(file === undefined ? {} : { file }),
    };
    return { ok: false, issues: [issue] };
  };
  if (text.length > MAX_FILE_BYTES) {
    const size = (text.length / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 });
    return fail(`The file is ${size} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');
  try {
    return { data: JSON.parse(body) as unknown };
  } catch (error) {
    const where = syntaxErrorPosition(error, body);
    const hint = looksLikeCsv(body) ? ' It looks like CSV: load it as a CSV file.' : '';
    return fail(
      `The file is not valid JSON${where.line ? ` (line ${where.line}, column ${where.column})` : ''}.${hint}`,
      where,
    );
  }
}

/**
 * A header-like first line: a comma before any `{` or `[`, and a line break after it (LF, CRLF or the old Mac
 * CR). Linear in the length of the first line, which is capped: a backtracking regex here took seconds on a
 * long single-line file.
 */
export function looksLikeCsv(text: string): boolean {
  const start = text.trimStart().slice(0, 65_536);
  const lf = start.indexOf('\n');
  const cr = start.indexOf('\r');
  const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  if (end < 0) return false;
  const comma = start.indexOf(',');
  if (comma < 0 || comma > end) return false;
  const bracket = start.search(/[{[]/);
  return bracket < 0 || bracket > comma;
}

/**
 * V8 reports "at position N", "(line L column C)" or neither (newer messages quote the text instead);
 * in that case our own scanner finds the spot.
 */
export function syntaxErrorPosition(error: unknown, text: string): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const found = position ? Number(position[1]) : firstSyntaxError(text);
  if (found === undefined) return {};
  const offset = Math.min(found, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
