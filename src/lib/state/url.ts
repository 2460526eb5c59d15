/**
 * The URL contract: `parseViewParams` reads a query string into ViewParams, `serializeViewParams` writes the
 * canonical query string back. Pure functions, no DOM.
 *
 * Reading is tolerant and never throws (see the brief, "Public contracts"):
 * - only `URLSearchParams` decodes (malformed %-escapes stay literal, invalid UTF-8 and lone surrogates become
 *   U+FFFD); keys are case-sensitive; unknown keys (utm_*, fbclid…) are ignored silently;
 * - the first of a repeated key wins, even when it is empty or invalid; later ones are ignored;
 * - values are trimmed; an empty value of a single-valued key means "omitted" (no notice), while an empty list
 *   (`types=`) means "none";
 * - an invalid value is dropped, never clamped, with a plain-text notice that quotes it shortened and escaped;
 * - lists: items trimmed, empty items dropped, invalid items dropped (if every item was invalid, the whole
 *   parameter is dropped, i.e. "all"), duplicates removed, sorted; `cycle` is all-or-nothing and keeps its order.
 *
 * Only syntax is checked here; whether ids exist in the data is `resolve-params.ts`'s job.
 */
import { endOf, parsePartialDate, startOf } from '../data/dates.ts';
import { COMPANY_ID_PATTERN, ITEM_ID_PATTERN, LIMITS } from '../data/schema.ts';
import { safeUrl } from '../data/url-gate.ts';
import {
  DEFAULT_VIEW,
  DIRECTIONS,
  PARAM_NAMES,
  RENDERERS,
  SIZES,
  UNIT_MODES,
  THEMES,
  VIEW_MODES,
  type ParamName,
  type ParamNotice,
  type ViewParams,
} from './view-params.ts';

export interface ParsedViewParams {
  readonly params: ViewParams;
  readonly notices: ParamNotice[];
}

/** Longest quoted value in a notice, in UTF-16 code units between the quotes (escapes included). */
export const MAX_QUOTED = 40;
/** Longest `data=` value. */
export const MAX_DATA_LENGTH = 2048;
/** At most this many bad list items are quoted in one notice. */
const MAX_QUOTED_ITEMS = 3;

export function parseViewParams(search: string): ParsedViewParams {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    query = new URLSearchParams();
  }
  const notices: ParamNotice[] = [];
  const reader = new Reader(query, notices);

  const focus = reader.list('focus', COMPANY_ID_PATTERN, 'company id', 'company ids') ?? [];
  const depth = reader.oneOf('depth', ['1', '2'] as const, 'it should be 1 or 2');
  const dir = reader.oneOf('dir', DIRECTIONS, 'it should be in, out or both');
  const types = reader.list('types', ITEM_ID_PATTERN, 'deal type id', 'deal type ids');
  const categories = reader.list('categories', ITEM_ID_PATTERN, 'category id', 'category ids');
  const from = reader.date('from');
  let to = reader.date('to');
  const asof = reader.date('asof');
  const min = reader.amount('min');
  const status = reader.list('status', ITEM_ID_PATTERN, 'status', 'statuses');
  const select = reader.id('select', ITEM_ID_PATTERN, 'it is not a company or deal id');
  const cycle = reader.cycle('cycle');
  const story = reader.id('story', ITEM_ID_PATTERN, 'it is not a story id');
  const view = reader.oneOf('view', VIEW_MODES, 'it should be map, table or compute');
  const renderer = reader.oneOf('renderer', RENDERERS, 'it should be svg or canvas');
  const size = reader.oneOf('size', SIZES, 'it should be volume or valuation');
  const units = reader.oneOf('units', UNIT_MODES, 'it should be split or merge');
  const embed = reader.flag('embed');
  const scroll = reader.flag('scroll');
  const theme = reader.oneOf('theme', THEMES, 'it should be light, dark or auto');
  const data = reader.dataSource('data');

  if (from !== undefined && to !== undefined && (startOf(from) ?? 0) > (endOf(to) ?? 0)) {
    notices.push({
      param: 'to',
      message: `The to value ${quoteValue(to)} was ignored: it is before from ${quoteValue(from)}.`,
    });
    to = undefined;
  }

  const params: ViewParams = {
    focus,
    depth: depth === '2' ? 2 : DEFAULT_VIEW.depth,
    dir: dir ?? DEFAULT_VIEW.dir,
    types,
    categories,
    status,
    from,
    to,
    asof,
    min,
    select,
    cycle,
    story,
    view: view ?? DEFAULT_VIEW.view,
    renderer,
    size: size ?? DEFAULT_VIEW.size,
    units: units ?? DEFAULT_VIEW.units,
    embed,
    scroll,
    theme: theme ?? DEFAULT_VIEW.theme,
    data,
  };
  return { params, notices };
}

/** Reads the first value of each known key and records a notice for each invalid one. */
class Reader {
  readonly #query: URLSearchParams;
  readonly #notices: ParamNotice[];
  readonly #repeated = new Set<string>();

  constructor(query: URLSearchParams, notices: ParamNotice[]) {
    this.#query = query;
    this.#notices = notices;
  }

  /** The trimmed first value; undefined when the key is absent. */
  raw(key: ParamName): string | undefined {
    const value = this.#query.get(key);
    const all = this.#query.getAll(key);
    if (all.length > 1 && !this.#repeated.has(key)) {
      this.#repeated.add(key);
      this.#notices.push({
        param: key,
        message: `The ${key} parameter is given ${all.length} times; the first, ${quoteValue(all[0] ?? '')}, was used.`,
      });
    }
    return value === null ? undefined : value.trim();
  }

  reject(key: ParamName, value: string, why: string): undefined {
    this.#notices.push({ param: key, message: `The ${key} value ${quoteValue(value)} was ignored: ${why}.` });
    return undefined;
  }

  oneOf<T extends string>(key: ParamName, allowed: readonly T[], why: string): T | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    const found = allowed.find((a) => a === value);
    return found ?? this.reject(key, value, why);
  }

  flag(key: 'embed' | 'scroll'): boolean {
    const value = this.raw(key);
    if (value === '1') return true;
    if (value !== undefined && value !== '' && value !== '0')
      this.reject(key, value, 'it should be 1 (or 0)');
    return false;
  }

  id(key: ParamName, pattern: RegExp, why: string): string | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    return isId(value, pattern) ? value : this.reject(key, value, why);
  }

  date(key: ParamName): string | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    if (parsePartialDate(value) !== undefined) return value;
    return this.reject(key, value, 'it should be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
  }

  amount(key: ParamName): number | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    const number = AMOUNT_SHAPE.test(value) ? Number(value) : NaN;
    if (Number.isFinite(number) && number >= 0) return number;
    return this.reject(key, value, 'it should be a plain amount in US dollars, such as 1000000000');
  }

  /** A set-valued list: undefined when absent or when every item was invalid; [] for "none". */
  list(key: ParamName, pattern: RegExp, noun: string, nouns: string): string[] | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    const items = splitList(value);
    const good = items.filter((item) => isId(item, pattern));
    const bad = unique(items.filter((item) => !isId(item, pattern)));
    if (bad.length > 0) {
      const dropped = good.length === 0 ? ` No valid ${noun} was left, so ${key} was ignored.` : '';
      const message =
        bad.length === 1
          ? `The ${key} value ${quoteValue(bad[0] ?? '')} was ignored: it is not a valid ${noun}.`
          : `${bad.length} ${key} values were ignored because they are not valid ${nouns}: ${quoteList(bad)}.`;
      this.#notices.push({ param: key, message: message + dropped });
      if (good.length === 0) return undefined;
    }
    return sortedUnique(good);
  }

  /** All or nothing: at least two distinct company ids, rotated to start at the smallest. */
  cycle(key: 'cycle'): string[] | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    const items = splitList(value);
    const bad = items.find((item) => !isId(item, COMPANY_ID_PATTERN));
    if (bad !== undefined) return this.reject(key, value, `${quoteValue(bad)} is not a company id`);
    if (new Set(items).size !== items.length) return this.reject(key, value, 'it names a company twice');
    if (items.length < 2) return this.reject(key, value, 'a cycle needs at least two company ids');
    return rotateCycle(items);
  }

  dataSource(key: 'data'): string | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    const result = checkDataSource(value);
    return typeof result === 'string' ? result : this.reject(key, value, result.problem);
  }
}

/** Digits with an optional fraction: no sign, exponent, hex, Infinity or NaN. */
const AMOUNT_SHAPE = /^\d+(?:\.\d+)?$/;
/** A URL scheme at the start (`https:`, `javascript:`, `data:`…). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Control, format (bidi, zero-width) and separator characters other than a plain space. */
const UNSAFE_IN_PATH = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/**
 * The syntax gate for `data=`: a path relative to the app's base, or an absolute https URL through the URL gate
 * (its parsed `href` is kept). Which hosts may actually be fetched is the loader's decision.
 */
export function checkDataSource(value: string): string | { readonly problem: string } {
  if (value.length > MAX_DATA_LENGTH) return { problem: 'it is longer than 2,048 characters' };
  if (SCHEME.test(value)) {
    const url = safeUrl(value);
    if (url === undefined || !url.href.startsWith('https:')) {
      return { problem: 'only a relative path or an https:// address can be loaded' };
    }
    return url.href;
  }
  if (value.startsWith('//')) return { problem: 'an address must start with https://' };
  if (value.includes('\\')) return { problem: 'a path may not contain backslashes' };
  if (UNSAFE_IN_PATH.test(value) || hasLoneSurrogate(value)) {
    return { problem: 'a path may not contain control or invisible characters' };
  }
  // A colon before the first slash would read as a scheme (RFC 3986, section 4.2).
  if (/^[^/?#]*:/.test(value)) return { problem: 'a relative path may not contain ":" before its first "/"' };
  return value;
}

function isId(value: string, pattern: RegExp): boolean {
  return value.length <= LIMITS.idLength && pattern.test(value);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Code-unit order (not locale order): the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(items: readonly string[]): string[] {
  return unique(items).sort(compareIds);
}

/** The same cycle, rotated to start at its smallest id (money order kept). */
export function rotateCycle(ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  let start = 0;
  ids.forEach((id, i) => {
    if (compareIds(id, ids[start] ?? id) < 0) start = i;
  });
  return [...ids.slice(start), ...ids.slice(0, start)];
}

// --- Messages -----------------------------------------------------------------------------------------------

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

/**
 * A value quoted for a plain-text notice: at most `max` code units between the quotes (shortened with "…"),
 * control, bidi, zero-width and lone-surrogate characters written as \uXXXX, quotes and backslashes escaped.
 */
export function quoteValue(value: string, max = MAX_QUOTED): string {
  const pieces: string[] = [];
  let length = 0;
  for (const ch of value) {
    const piece =
      ch === '"' || ch === '\\'
        ? `\\${ch}`
        : INVISIBLE.test(ch) || hasLoneSurrogate(ch)
          ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
          : ch;
    pieces.push(piece);
    length += piece.length;
    if (length > max) break;
  }
  if (length <= max) return `"${pieces.join('')}"`;
  // Whole pieces only: never half a surrogate pair or half an escape before the ellipsis.
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `"${out}…"`;
}

function quoteList(items: readonly string[]): string {
  const shown = items.slice(0, MAX_QUOTED_ITEMS).map((item) => quoteValue(item));
  const more = items.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function hasLoneSurrogate(text: string): boolean {
  return /(?:[\ud800-\udbff](?![\udc00-\udfff]))|(?:(?<![\ud800-\udbff])[\udc00-\udfff])/.test(text);
}

// --- Writing ------------------------------------------------------------------------------------------------

/**
 * The canonical parameters of a view, in the brief's table order, defaults omitted: set-valued lists sorted and
 * deduplicated, `cycle` rotated to its smallest id, `types=` (empty) for an empty list, `min` without exponent.
 */
export function serializedEntries(params: ViewParams): [ParamName, string][] {
  const entries: [ParamName, string][] = [];
  for (const key of PARAM_NAMES) {
    const value = serializedParam(params, key);
    if (value !== undefined) entries.push([key, value]);
  }
  return entries;
}

/** One parameter's canonical value; undefined when it is omitted (the default). */
export function serializedParam(p: ViewParams, key: ParamName): string | undefined {
  switch (key) {
    case 'focus':
      return p.focus.length > 0 ? sortedUnique(p.focus).join(',') : undefined;
    case 'depth':
      return p.depth === 2 ? '2' : undefined;
    case 'dir':
    case 'view':
    case 'size':
    case 'units':
    case 'theme':
      return p[key] === DEFAULT_VIEW[key] ? undefined : p[key];
    case 'types':
    case 'categories':
    case 'status': {
      const list = p[key];
      return list === undefined ? undefined : sortedUnique(list).join(',');
    }
    case 'from':
    case 'to':
    case 'asof':
    case 'select':
    case 'story':
    case 'renderer':
    case 'data':
      return p[key] === '' ? undefined : p[key];
    case 'min':
      return p.min !== undefined && Number.isFinite(p.min) && p.min >= 0 ? plainNumber(p.min) : undefined;
    case 'cycle':
      return p.cycle !== undefined && p.cycle.length >= 2 ? rotateCycle(p.cycle).join(',') : undefined;
    case 'embed':
    case 'scroll':
      return p[key] ? '1' : undefined;
  }
}

/** The canonical query string: '' for the default view, otherwise '?…'. */
export function serializeViewParams(params: ViewParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of serializedEntries(params)) query.append(key, value);
  const text = query
    .toString()
    // Readable links: these are plain characters inside a query value (only & = + % # are special).
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':');
  return text === '' ? '' : `?${text}`;
}

/**
 * A non-negative finite number in plain decimal notation: the shortest digits that read back to the same number
 * (as `String(n)`), with any exponent written out, so whole numbers are plain integers.
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const m = /^(\d)(?:\.(\d+))?e([+-])(\d+)$/.exec(text);
  if (!m) return text;
  const [, lead = '', fraction = '', sign, power] = m;
  const exponent = Number(power);
  if (sign === '-') return `0.${'0'.repeat(exponent - 1)}${lead}${fraction}`;
  return `${lead}${fraction}${'0'.repeat(Math.max(0, exponent - fraction.length))}`;
}
