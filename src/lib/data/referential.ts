/**
 * The rules that need more than one item: ids that must be unique or must exist (with "did you mean"),
 * parents, self-deals, end before start, amount consistency and the URL gate on every link.
 * Lookups are by `Map`/`Set`, never by plain-object keys.
 */
import { parseItem, type IssueLog } from './collect.ts';
import { NONE, poolTexts, stored } from './compact.ts';
import { startOf } from './dates.ts';
import type { Amount, Category, CoParty, Company, Deal, DealType, Source, Valuation } from './format.ts';
import { attributesOf, type Attributes } from './attributes.ts';
import { formatPath, quote } from './issues.ts';
import { companyItemSchema, dealSchema, valuationSchema, type DealInput } from './schema.ts';
import { storedSources } from './sources.ts';
import { safeUrl, urlProblem } from './url-gate.ts';

function unknownId(
  value: string,
  kind: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  log: IssueLog,
): string {
  const guess = log.suggestions.closest(value, kind, known);
  return `${quote(value)} is not a ${kind} id${guess ? ` (did you mean ${quote(guess)}?)` : ''}`;
}

/** Items read between two pauses of a sliced validation (each takes a few microseconds). */
export const ITEMS_PER_STEP = 256;

/**
 * Reads the companies; a generator that pauses (yields) every ITEMS_PER_STEP items, so a caller may give the
 * page back its turn between slices. Run to the end, it returns the same list whoever drives it.
 */
export function* collectCompanies(
  list: readonly unknown[],
  categories: readonly Category[],
  log: IssueLog,
): Generator<void, Company[]> {
  const categoryIds = new Set(categories.map((c) => c.id));
  const byId = new Map<string, { company: Company; index: number }>();
  for (let i = 0; i < list.length; i++) {
    readCompany(list[i], i, categoryIds, byId, log);
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return resolveCompanyLinks(byId, log);
}

function readCompany(
  item: unknown,
  i: number,
  categoryIds: ReadonlySet<string>,
  byId: Map<string, { company: Company; index: number }>,
  log: IssueLog,
): void {
  const parsed = parseItem(companyItemSchema, item, ['companies', i], log, 'company');
  if (!parsed) return;
  const at = (field: string) => formatPath(['companies', i, field]);
  if (byId.has(parsed.id)) {
    log.add(
      at('id'),
      'warning',
      `${quote(parsed.id)} is already used by companies[${byId.get(parsed.id)?.index}] — this company was skipped`,
    );
    return;
  }
  if (!categoryIds.has(parsed.category)) {
    log.add(
      at('category'),
      'warning',
      `${unknownId(parsed.category, 'category', categoryIds, log)} — this company was skipped`,
    );
    return;
  }
  const { url, aliases, formerIds, attributes, valuations, ...rest } = parsed;
  const safe = url === undefined ? undefined : safeUrl(url);
  if (url !== undefined && !safe) log.add(at('url'), 'warning', `${urlProblem(url)}; the link was removed`);
  const names = new Set([parsed.name.toLowerCase()]);
  const cleanAliases = (aliases ?? []).filter(
    (a) => !names.has(a.toLowerCase()) && names.add(a.toLowerCase()),
  );
  const former = [...new Set(formerIds ?? [])];
  const company: Company = compactItem(
    {
      ...rest,
      // Empty lists are left out: most companies have neither (Company.aliases, Company.formerIds).
      ...(cleanAliases.length > 0 ? { aliases: stored(cleanAliases) } : {}),
      ...(former.length > 0 ? { formerIds: stored(former) } : {}),
      ...(safe ? { url: safe.href } : {}),
      ...withAttributes(attributes),
      ...withValuations(valuations, i, log),
    },
    // The ids first: the deals' ends then share them.
    ['id', 'category', 'parent', 'country'],
    log,
  );
  byId.set(parsed.id, { company, index: i });
}

/**
 * A company's valuations, read one by one: a bad one (bad date, amount or kind, or an unsafe source link) is
 * dropped and reported, and the company stays. Sorted by date, oldest first.
 */
function withValuations(
  list: readonly unknown[] | undefined,
  company: number,
  log: IssueLog,
): { valuations?: readonly Valuation[] } {
  if (list === undefined) return {};
  const out: { valuation: Valuation; start: number }[] = [];
  list.forEach((item, j) => {
    const path = ['companies', company, 'valuations', j] as const;
    const parsed = parseItem(valuationSchema, item, path, log, 'valuation', ['source']);
    if (!parsed) return;
    const safe = safeUrl(parsed.source.url);
    if (!safe) {
      log.add(
        formatPath([...path, 'source', 'url']),
        'warning',
        `${urlProblem(parsed.source.url)}; this valuation was skipped`,
      );
      return;
    }
    const { archiveUrl, ...source } = parsed.source;
    const archive = archiveUrl === undefined ? undefined : safeUrl(archiveUrl);
    const valuation: Valuation = {
      ...parsed,
      source: { ...source, url: safe.href, ...(archive ? { archiveUrl: archive.href } : {}) },
    };
    out.push({ valuation, start: startOf(parsed.date) ?? 0 });
  });
  return { valuations: stored(out.sort((a, b) => a.start - b.start).map((v) => v.valuation)) };
}

function resolveCompanyLinks(
  byId: Map<string, { company: Company; index: number }>,
  log: IssueLog,
): Company[] {
  const taken = new Map<string, string>();
  const out: Company[] = [];
  for (const [id, { company, index }] of byId) {
    const at = (field: string) => formatPath(['companies', index, field]);
    let result = company;
    const { parent } = company;
    if (parent !== undefined) {
      let problem: string | undefined;
      if (parent === id) problem = 'a company cannot be its own parent';
      else if (!byId.has(parent)) problem = unknownId(parent, 'company', byId, log);
      else if (byId.get(parent)?.company.parent !== undefined)
        problem = `${quote(parent)} is itself a unit of another company; name the top parent`;
      if (problem) {
        log.add(at('parent'), 'warning', `${problem}; the parent link was removed`);
        const { parent: _dropped, ...rest } = result;
        result = { ...rest };
      }
    }
    const listed = result.formerIds ?? NONE;
    const formerIds = listed.filter((former) => {
      const owner = byId.has(former) ? former : taken.get(former);
      if (owner === undefined) {
        taken.set(former, id);
        return true;
      }
      log.add(
        at('formerIds'),
        'warning',
        `${quote(former)} is already the id of ${quote(owner)}; it was ignored`,
      );
      return false;
    });
    out.push(formerIds.length === listed.length ? result : withFormerIds(result, formerIds));
  }
  return out;
}

/** Reads the deals; pauses like collectCompanies. */
export function* collectDeals(
  list: readonly unknown[],
  companies: readonly Company[],
  dealTypes: readonly DealType[],
  log: IssueLog,
): Generator<void, Deal[]> {
  const known: KnownIds = {
    companyIds: new Set(companies.map((c) => c.id)),
    renamed: new Map<string, string>(),
    typeIds: new Set(dealTypes.map((t) => t.id)),
    seen: new Map<string, number>(),
  };
  for (const c of companies) for (const former of c.formerIds ?? NONE) known.renamed.set(former, c.id);
  const deals: { deal: Deal; index: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const deal = readDeal(list[i], i, known, log);
    if (deal) deals.push({ deal, index: i });
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return yield* resolveDealLinks(deals, log);
}

interface KnownIds {
  readonly companyIds: ReadonlySet<string>;
  /** Former company id → current id. */
  readonly renamed: Map<string, string>;
  readonly typeIds: ReadonlySet<string>;
  /** Deal ids read so far → their index in the file. */
  readonly seen: Map<string, number>;
}

function readDeal(item: unknown, i: number, known: KnownIds, log: IssueLog): Deal | undefined {
  const { companyIds, renamed, typeIds, seen } = known;
  const parsed = parseItem(dealSchema, item, ['deals', i], log, 'deal', ['amount', 'sources', 'coParties']);
  if (!parsed) return undefined;
  const at = (...field: (string | number)[]) => formatPath(['deals', i, ...field]);
  const skip = (field: string, message: string): undefined => {
    log.add(at(field), 'warning', `${message} — this deal was skipped`);
  };
  if (seen.has(parsed.id))
    return skip('id', `${quote(parsed.id)} is already used by deals[${seen.get(parsed.id)}]`);
  if (companyIds.has(parsed.id))
    return skip('id', `${quote(parsed.id)} is already a company id; deal ids must differ from company ids`);
  const ends = { from: parsed.from, to: parsed.to };
  for (const side of ['from', 'to'] as const) {
    const id = parsed[side];
    if (companyIds.has(id)) continue;
    const current = renamed.get(id);
    if (current === undefined) return skip(side, unknownId(id, 'company', companyIds, log));
    ends[side] = current;
    log.add(
      at(side),
      'notice',
      `${quote(id)} is a former id of ${quote(current)}; read as ${quote(current)}`,
    );
  }
  if (ends.from === ends.to)
    return skip('to', `a deal needs two different companies, but both sides are ${quote(ends.from)}`);
  if (!typeIds.has(parsed.type)) return skip('type', unknownId(parsed.type, 'deal type', typeIds, log));
  const start = startOf(parsed.date);
  const end = startOf(parsed.endDate);
  if (end !== undefined && start !== undefined && end < start) {
    return skip(
      'endDate',
      `the end date ${quote(parsed.endDate)} is before the deal's date ${quote(parsed.date)}`,
    );
  }
  if (end !== undefined && start === undefined)
    return skip('endDate', 'an end date needs a start date ("date")');
  const read = readAmount(parsed.amount, (m) => skip('amount', m));
  if (read === null) return undefined;
  // Deals of one figure (same currency, kind, scope and text) share one amount.
  const amount = read && log.shapes.shared(poolTexts(read, ['currency', 'kind', 'scope'], log.texts));
  seen.set(parsed.id, i);
  return buildDeal(parsed, ends, amount, companyIds, at, log);
}

/** Checks the figures agree with the kind; null means the deal must be skipped (already reported). */
function readAmount(raw: DealInput['amount'], fail: (message: string) => void): Amount | undefined | null {
  if (raw === undefined) return undefined;
  const kind = raw.kind ?? (raw.value === undefined && raw.usd === undefined ? 'undisclosed' : 'exact');
  const currency = raw.currency ?? 'USD';
  // Built as plain literals (in this key order): spreading was most of this function's time at 60,000 deals
  // in Node 20 (Chromium's V8 copies objects faster; there the gain is smaller).
  const scope = raw.scope ?? 'total';
  const text = raw.text;
  const base: Amount = text === undefined ? { currency, kind, scope } : { currency, kind, scope, text };
  if (kind === 'undisclosed') {
    if (raw.value !== undefined || raw.usd !== undefined) {
      fail('has a figure but its kind is "undisclosed"; remove the figure or change the kind');
      return null;
    }
    return base;
  }
  // JSON's -0 passes "not negative" but would show as "-$0": store it as 0.
  const value = zeroSigned(raw.value ?? (currency === 'USD' ? raw.usd : undefined));
  const usd = zeroSigned(raw.usd);
  if (value === undefined) {
    fail(`has kind "${kind}" but no value; use kind "undisclosed" when no figure is known`);
    return null;
  }
  if (currency === 'USD') {
    if (usd !== undefined && raw.value !== undefined && usd !== raw.value) {
      fail(`is in USD but "usd" (${usd}) differs from "value" (${raw.value})`);
      return null;
    }
    return text === undefined
      ? { currency, kind, scope, value, usd: value }
      : { currency, kind, scope, text, value, usd: value };
  }
  if (usd === undefined) {
    fail(`is in ${currency} but has no "usd" equivalent; add the US-dollar figure the source quotes`);
    return null;
  }
  return text === undefined
    ? { currency, kind, scope, value, usd }
    : { currency, kind, scope, text, value, usd };
}

function zeroSigned(n: number | undefined): number | undefined {
  return n === 0 ? 0 : n;
}

function buildDeal(
  parsed: DealInput,
  ends: { from: string; to: string },
  amount: Amount | undefined,
  companyIds: ReadonlySet<string>,
  at: (...field: (string | number)[]) => string,
  log: IssueLog,
): Deal {
  const sources: Source[] = [];
  (parsed.sources ?? []).forEach((source, j) => {
    const safe = safeUrl(source.url);
    if (!safe) {
      log.add(at('sources', j, 'url'), 'warning', `${urlProblem(source.url)}; this source was removed`);
      return;
    }
    const archiveUrl = source.archiveUrl;
    const archive = archiveUrl === undefined ? undefined : safeUrl(archiveUrl);
    if (archiveUrl !== undefined && !archive) {
      log.add(
        at('sources', j, 'archiveUrl'),
        'warning',
        `${urlProblem(archiveUrl)}; the archive link was removed`,
      );
    }
    // The source's fields in its order, the checked address in place of its own, a checked archive link last.
    const checked = copyExcept(source, ARCHIVE_URL);
    checked['url'] = safe.href;
    if (archive) checked['archiveUrl'] = archive.href;
    sources.push(compactItem(checked as unknown as Source, ['publisher'], log));
  });
  const coParties: CoParty[] = (parsed.coParties ?? []).map((party, j) => {
    if (party.id === undefined || companyIds.has(party.id)) return party;
    log.add(
      at('coParties', j, 'id'),
      'warning',
      `${quote(party.id)} is not a company id; the party is kept by name only`,
    );
    const { id: _dropped, ...rest } = party;
    return rest;
  });
  for (const party of coParties) poolTexts(party, ['id', 'role'], log.texts);
  // Field by field, in this order: the file's own fields, then attributes, the two ends, the amount, the
  // sources and the lists. (Rest destructuring and spreads took most of this function's time at 60,000 deals in
  // Node 20; in Chromium, validating 60,000 deals went ~594 → ~541 ms, profiled.)
  const deal = copyExcept(parsed, BUILT_FIELDS);
  const attributes = parsed.attributes && attributesOf(Object.entries(parsed.attributes));
  if (attributes !== undefined) deal['attributes'] = attributes;
  deal['from'] = ends.from;
  deal['to'] = ends.to;
  if (amount) deal['amount'] = amount;
  deal['sources'] = storedSources(sources);
  // Empty lists are left out: most deals have neither (Deal.coParties, Deal.overlaps).
  if (coParties.length > 0) deal['coParties'] = stored(coParties);
  const overlaps = parsed.overlaps;
  if (overlaps?.length) deal['overlaps'] = stored([...new Set(overlaps)]);
  return compactItem(
    deal as unknown as Deal,
    ['type', 'date', 'endDate', 'status', 'confidence', 'from', 'to'],
    log,
  );
}

/** The deal fields buildDeal works out itself rather than copying from the file. */
const BUILT_FIELDS: ReadonlySet<string> = new Set([
  'sources',
  'coParties',
  'overlaps',
  'amount',
  'from',
  'to',
  'attributes',
]);
const ARCHIVE_URL: ReadonlySet<string> = new Set(['archiveUrl']);

/** A new object with the item's own fields, in its order, but those in `except`. */
function copyExcept(item: object, except: ReadonlySet<string>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const fields = item as Record<string, unknown>;
  for (const key of Object.keys(item)) if (!except.has(key)) copy[key] = fields[key];
  return copy;
}

function* resolveDealLinks(
  deals: readonly { deal: Deal; index: number }[],
  log: IssueLog,
): Generator<void, Deal[]> {
  const ids = new Set(deals.map((d) => d.deal.id));
  const out: Deal[] = [];
  for (const [k, { deal, index }] of deals.entries()) {
    const at = (field: string) => formatPath(['deals', index, field]);
    const listed = deal.overlaps ?? NONE;
    const overlaps = listed.filter((other) => {
      if (other !== deal.id && ids.has(other)) return true;
      const why = other === deal.id ? 'a deal cannot overlap itself' : unknownId(other, 'deal', ids, log);
      log.add(at('overlaps'), 'warning', `${why}; it was ignored`);
      return false;
    });
    let result: Deal = overlaps.length === listed.length ? deal : withOverlaps(deal, overlaps);
    const successor = deal.supersededBy;
    if (successor !== undefined && (successor === deal.id || !ids.has(successor))) {
      const why =
        successor === deal.id ? 'a deal cannot supersede itself' : unknownId(successor, 'deal', ids, log);
      log.add(at('supersededBy'), 'warning', `${why}; it was ignored`);
      const { supersededBy: _dropped, ...rest } = result;
      result = rest;
    }
    out.push(result);
    if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  // At its exact size: a list grown by push keeps spare room (60 kB at 60,000 deals).
  return out.slice();
}

/** The company with these former ids (left out when there are none). */
function withFormerIds(company: Company, formerIds: readonly string[]): Company {
  const { formerIds: _dropped, ...rest } = company;
  return formerIds.length > 0 ? { ...rest, formerIds: stored(formerIds) } : rest;
}

/** The deal with these overlaps (left out when there are none). */
function withOverlaps(deal: Deal, overlaps: readonly string[]): Deal {
  const { overlaps: _dropped, ...rest } = deal;
  return overlaps.length > 0 ? { ...rest, overlaps: stored(overlaps) } : rest;
}

function withAttributes(record: Readonly<Record<string, string | number | boolean>> | undefined): {
  attributes?: Attributes;
} {
  const attributes = record === undefined ? undefined : attributesOf(Object.entries(record));
  return attributes === undefined ? {} : { attributes };
}

/** An item just built, its recurring texts pooled, stored at its exact size (compact.ts). */
function compactItem<T extends object>(item: T, texts: readonly (keyof T)[], log: IssueLog): T {
  return log.shapes.exact(poolTexts(item, texts, log.texts));
}
