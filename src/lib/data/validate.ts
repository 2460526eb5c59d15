/**
 * validateDealMap(unknown) → a clean DealMap plus every problem found, or a rejection.
 *
 * It never throws on bad data. Structural problems (wrong top level, no companies) reject the file; a bad
 * item (a deal with an impossible date, a company with an unknown category) is dropped and reported; links
 * that fail the URL gate are removed. Only known fields are copied, into fresh objects.
 */
import * as v from 'valibot';
import { collectCompanies, collectDeals } from './referential.ts';
import { ITEM_PARSE, IssueLog, isPlainObject, optionalList, parseItem } from './collect.ts';
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from './defaults.ts';
import {
  FORMAT_ID,
  type Category,
  type DealMap,
  type DealType,
  type Meta,
  type Point,
  type Story,
  type TimelineEvent,
} from './format.ts';
import { describe, formatPath, humanize, quote, type Issue } from './issues.ts';
import {
  categorySchema,
  dealTypeSchema,
  eventSchema,
  fileSchema,
  metaSchema,
  pointSchema,
  storySchema,
} from './schema.ts';
import { runInSlices, runToEnd, type SliceOptions } from './slices.ts';
import { sourceCount } from './sources.ts';
import { safeUrl, urlProblem } from './url-gate.ts';

export const MAX_COMPANIES = 20_000;
export const MAX_DEALS = 60_000;
/** Frozen layout coordinates beyond this are refused (the bundled layout stays within a few hundred). */
export const MAX_COORDINATE = 1_000_000;

/** URL parameters a story may set: everything shareable except what changes the data or the embed. */
export const STORY_PARAMS = [
  'focus',
  'depth',
  'dir',
  'types',
  'categories',
  'from',
  'to',
  'asof',
  'min',
  'status',
  'select',
  'cycle',
  'view',
] as const;

export interface ValidateOptions {
  /** The file name or host shown with every problem. */
  readonly file?: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly value: DealMap; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function validateDealMap(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return runToEnd(validationSteps(input, options));
}

/**
 * The same checks, the same result and messages, in time slices that let the page answer input in between
 * (a file of 20,000 companies and 60,000 deals takes a few hundred ms to check).
 */
export function validateDealMapInSlices(
  input: unknown,
  options: ValidateOptions = {},
  slices?: SliceOptions,
): Promise<ValidationResult> {
  return runInSlices(validationSteps(input, options), slices);
}

/** The checks as a generator that pauses between slices of items (see slices.ts). */
export function* validationSteps(
  input: unknown,
  options: ValidateOptions,
): Generator<void, ValidationResult> {
  const log = new IssueLog(options.file);
  const root = checkTopLevel(input, log);
  if (!root) return { ok: false, issues: log.issues };

  countUnknownTopLevel(root, log);
  const meta = readMeta(root, log, options.file);
  const categories = readDeclared(root, 'categories', categorySchema, DEFAULT_CATEGORIES, log);
  const dealTypes = readDeclared(root, 'dealTypes', dealTypeSchema, DEFAULT_DEAL_TYPES, log);
  const companies = yield* collectCompanies(root['companies'] as unknown[], categories, log);
  if (companies.length === 0) {
    log.add('companies', 'error', 'No company could be read, so there is nothing to map.');
    return { ok: false, issues: log.issues };
  }
  const deals = yield* collectDeals(root['deals'] as unknown[], companies, dealTypes, log);
  const layout = readLayout(root['layout'], companies, log);
  const stories = readStories(root, new Set(deals.map((d) => d.id)), log);
  const events = readEvents(root, log);

  const unsourced = deals.filter((d) => sourceCount(d) === 0).length;
  if (unsourced > 0) {
    log.add(
      'deals',
      'notice',
      `${unsourced} ${unsourced === 1 ? 'deal has' : 'deals have'} no source and will be marked "unsourced".`,
    );
  }
  if (log.unknownFields > 0) {
    const n = log.unknownFields;
    log.add(
      '',
      'notice',
      `${n} unknown ${n === 1 ? 'field was' : 'fields were'} ignored (the first: ${log.firstUnknown ?? '?'}).`,
    );
  }
  return {
    ok: true,
    value: { format: FORMAT_ID, meta, categories, dealTypes, companies, deals, layout, stories, events },
    issues: log.issues,
  };
}

function checkTopLevel(input: unknown, log: IssueLog): Record<string, unknown> | undefined {
  if (!isPlainObject(input)) {
    log.add(
      '',
      'error',
      `The file should be an object with "companies" and "deals" lists, but it is ${describe(input)}.`,
    );
    return undefined;
  }
  const format = input['format'];
  if (format !== undefined && format !== FORMAT_ID) {
    log.add('format', 'error', `This file is in format ${quote(format)}; this app reads "${FORMAT_ID}".`);
    return undefined;
  }
  const companies = input['companies'];
  const deals = input['deals'];
  if (companies === undefined) {
    const hint = Array.isArray(input['nodes'])
      ? ' (it has "nodes": import it as a D3 {nodes, links} file)'
      : '';
    log.add('companies', 'error', `The file has no "companies" list${hint}.`);
  } else if (!Array.isArray(companies)) {
    log.add('companies', 'error', `"companies" should be a list, but is ${describe(companies)}.`);
  } else if (companies.length === 0) {
    log.add('companies', 'error', 'The "companies" list is empty, so there is nothing to map.');
  } else if (companies.length > MAX_COMPANIES) {
    log.add(
      'companies',
      'error',
      `The file lists ${companies.length.toLocaleString('en-US')} companies; the limit is ${MAX_COMPANIES.toLocaleString('en-US')}.`,
    );
  }
  if (deals === undefined) log.add('deals', 'error', 'The file has no "deals" list.');
  else if (!Array.isArray(deals))
    log.add('deals', 'error', `"deals" should be a list, but is ${describe(deals)}.`);
  else if (deals.length > MAX_DEALS) {
    log.add(
      'deals',
      'error',
      `The file lists ${deals.length.toLocaleString('en-US')} deals; the limit is ${MAX_DEALS.toLocaleString('en-US')}.`,
    );
  }
  if (log.hasErrors) return undefined;
  if (format === undefined) log.add('format', 'notice', `No "format" given; read as "${FORMAT_ID}".`);
  return input;
}

/** Top-level keys the format does not define (a `__proto__`, a tool's bookkeeping) are counted, never read. */
function countUnknownTopLevel(root: Record<string, unknown>, log: IssueLog): void {
  for (const key of Object.keys(root)) {
    if (Object.hasOwn(fileSchema.entries, key)) continue;
    log.unknownFields++;
    log.firstUnknown ??= formatPath([key]);
  }
}

function readMeta(root: Record<string, unknown>, log: IssueLog, file: string | undefined): Meta {
  const fallbackTitle = file ? file.replace(/\.[a-z]+$/i, '') : 'Untitled map';
  const raw = root['meta'];
  if (raw === undefined) return { title: fallbackTitle };
  if (!isPlainObject(raw)) {
    log.add('meta', 'warning', `should be an object, but is ${describe(raw)}; it was ignored`);
    return { title: fallbackTitle };
  }
  // Meta is not an item to drop: keep every field that is fine on its own.
  const meta: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(metaSchema.entries)) {
    if (raw[key] === undefined) continue;
    const result = v.safeParse(schema, raw[key], ITEM_PARSE);
    if (result.success) meta[key] = result.output;
    else
      for (const issue of result.issues) {
        const { path, message } = humanize(issue, ['meta', key]);
        log.add(path, 'warning', `${message}; it was ignored`);
      }
  }
  for (const key of Object.keys(raw)) {
    if (Object.hasOwn(metaSchema.entries, key)) continue;
    log.unknownFields++;
    log.firstUnknown ??= formatPath(['meta', key]);
  }
  if (typeof meta['correctionsUrl'] === 'string') {
    const safe = safeUrl(meta['correctionsUrl']);
    if (safe) meta['correctionsUrl'] = safe.href;
    else {
      log.add('meta.correctionsUrl', 'warning', `${urlProblem(meta['correctionsUrl'])}; it was ignored`);
      delete meta['correctionsUrl'];
    }
  }
  return {
    ...(meta as Partial<Meta>),
    title: typeof meta['title'] === 'string' ? meta['title'] : fallbackTitle,
  };
}

function readDeclared<T extends Category | DealType>(
  root: Record<string, unknown>,
  key: 'categories' | 'dealTypes',
  schema: typeof categorySchema | typeof dealTypeSchema,
  defaults: readonly T[],
  log: IssueLog,
): readonly T[] {
  const list = optionalList(root, key, log);
  if (list === undefined) return defaults;
  const what = key === 'categories' ? 'category' : 'deal type';
  const seen = new Set<string>();
  const out: T[] = [];
  list.forEach((item, i) => {
    const parsed = parseItem(schema, item, [key, i], log, what) as T | undefined;
    if (!parsed) return;
    if (seen.has(parsed.id)) {
      log.add(
        formatPath([key, i, 'id']),
        'warning',
        `${quote(parsed.id)} is declared twice — this ${what} was skipped`,
      );
      return;
    }
    seen.add(parsed.id);
    out.push(parsed);
  });
  return out;
}

function readLayout(raw: unknown, companies: readonly { id: string }[], log: IssueLog): Map<string, Point> {
  const layout = new Map<string, Point>();
  if (raw === undefined) return layout;
  if (!isPlainObject(raw)) {
    log.add(
      'layout',
      'warning',
      `should be an object of positions by company id, but is ${describe(raw)}; it was ignored`,
    );
    return layout;
  }
  const ids = new Set(companies.map((c) => c.id));
  let unknown = 0;
  for (const id of Object.keys(raw)) {
    if (!ids.has(id)) {
      unknown++;
      continue;
    }
    const result = v.safeParse(pointSchema, raw[id], ITEM_PARSE);
    if (!result.success) {
      log.add(
        formatPath(['layout', id]),
        'warning',
        'should be a position [x, y] of two finite numbers; it was ignored',
      );
      continue;
    }
    const [x, y] = result.output;
    if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
      // Finite but huge (1e308): centring and fitting the view would overflow to Infinity and NaN.
      log.add(
        formatPath(['layout', id]),
        'warning',
        `should be a position within ±${MAX_COORDINATE.toLocaleString('en-US')}; it was ignored`,
      );
      continue;
    }
    layout.set(id, { x, y });
  }
  if (unknown > 0)
    log.add(
      'layout',
      'notice',
      `${unknown} layout ${unknown === 1 ? 'position names a company' : 'positions name companies'} not in the file; ignored.`,
    );
  return layout;
}

function readStories(root: Record<string, unknown>, dealIds: ReadonlySet<string>, log: IssueLog): Story[] {
  const list = optionalList(root, 'stories', log) ?? [];
  const allowed = new Set<string>(STORY_PARAMS);
  const seen = new Set<string>();
  const stories: Story[] = [];
  list.forEach((item, i) => {
    const parsed = parseItem(storySchema, item, ['stories', i], log, 'story');
    if (!parsed) return;
    if (seen.has(parsed.id)) {
      log.add(
        formatPath(['stories', i, 'id']),
        'warning',
        `${quote(parsed.id)} is used twice — this story was skipped`,
      );
      return;
    }
    seen.add(parsed.id);
    const rawParams = (item as Record<string, unknown>)['params'] as Record<string, string>;
    const params = new Map<string, string>();
    for (const key of Object.keys(rawParams)) {
      if (allowed.has(key)) params.set(key, rawParams[key] as string);
      else
        log.add(
          formatPath(['stories', i, 'params', key]),
          'warning',
          `a story may not set ${quote(key)}; it was ignored`,
        );
    }
    const deals = [...new Set(parsed.deals ?? [])].filter((id, j) => {
      if (dealIds.has(id)) return true;
      log.add(
        formatPath(['stories', i, 'deals', j]),
        'warning',
        `${quote(id)} is not a deal id; it was ignored`,
      );
      return false;
    });
    stories.push({
      id: parsed.id,
      title: parsed.title,
      ...(parsed.text === undefined ? {} : { text: parsed.text }),
      params,
      deals,
    });
  });
  return stories;
}

function readEvents(root: Record<string, unknown>, log: IssueLog): TimelineEvent[] {
  const list = optionalList(root, 'events', log) ?? [];
  const events: TimelineEvent[] = [];
  list.forEach((item, i) => {
    const parsed = parseItem(eventSchema, item, ['events', i], log, 'event');
    if (!parsed) return;
    const { url, ...rest } = parsed;
    const safe = url === undefined ? undefined : safeUrl(url);
    if (url !== undefined && !safe)
      log.add(formatPath(['events', i, 'url']), 'warning', `${urlProblem(url)}; the link was removed`);
    events.push(safe ? { ...rest, url: safe.href } : rest);
  });
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
