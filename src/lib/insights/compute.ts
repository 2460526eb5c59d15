/**
 * Compute commitments by provider (the multi-cloud story): for each buyer of compute, what it has committed to
 * each provider as of a date, and how that grew over time. Pure; no DOM.
 *
 * Rules (the brief, "Semantics and defaults"):
 * - compute deals run customer → provider (`from` pays `to`); business units are merged into their top-level
 *   parent on both sides (money paid to AWS is Amazon's), and a unit paying its own parent is left out;
 * - only the deals the view shows count (filters), and of those only the ones counted as of the date
 *   (`Visibility.counted`: active, not superseded, not the smaller figure of overlapping deals);
 * - headline USD: totals as given, `perYear` × term when the term is known, otherwise the yearly rate is kept
 *   apart and flagged "/yr"; `upTo`, `atLeast` and estimated figures are added and flagged;
 * - undisclosed deals are counted, never summed; deals that ended by the date are kept as ended, not summed;
 *   terminated deals (called off) take no part at all.
 */
import { dealsOf } from '../graph/company-deals.ts';
import { countedAsOf } from '../graph/counting.ts';
import type { DealRecord, GraphModel } from '../graph/model.ts';
import { rootCompanies } from '../graph/money-graph.ts';

/** The deal type id of compute and cloud deals. */
export const COMPUTE_TYPE = 'compute';
/** The category whose buyers are listed first. */
export const LAB_CATEGORY = 'ai-lab';

/** What the core needs of the view: `applyFilters`'s Visibility has all of it. */
export interface ComputeScope {
  /** 1 where the deal is visible (passes the filters). */
  readonly deals: Uint8Array;
  /** 1 where a visible deal counts as of the date. */
  readonly counted: Uint8Array;
  /** 1 where a visible deal had ended by the date. */
  readonly ended: Uint8Array;
  /** The "as of" instant (ms). */
  readonly asof: number;
}

/** One segment of a row: what a buyer committed to one provider (or, in a provider's row, one buyer to it). */
export interface Commitment {
  /** Company index (a top-level parent) of the other side. */
  readonly company: number;
  /** Sum of the counted headline totals. */
  readonly usd: number;
  /** Sum of yearly rates with no term to total them over ("/yr"), kept apart from `usd`. */
  readonly perYearUsd: number;
  /** Counted deals whose figure is in `usd` or `perYearUsd`. */
  readonly figures: number;
  /** Counted deals without a figure. */
  readonly undisclosed: number;
  readonly upTo: boolean;
  readonly atLeast: boolean;
  readonly estimated: boolean;
  /** True when `perYearUsd` holds a rate. */
  readonly perYear: boolean;
  /** Capacity in gigawatts over the counted deals that give one; undefined when none does. */
  readonly gw: number | undefined;
  /** Start (ms) and stored date of the earliest and latest deal of the pair (counted, ended or not added). */
  readonly first: number | undefined;
  readonly firstDate: string | undefined;
  readonly latest: number | undefined;
  readonly latestDate: string | undefined;
  /** Counted deal indices, newest first. */
  readonly deals: readonly number[];
  /** Deals of the pair that ended by the date. */
  readonly ended: readonly number[];
  /** Active deals of the pair not added: superseded, or the smaller figure of overlapping deals. */
  readonly notCounted: readonly number[];
}

/** The cumulative commitment per segment (aligned with `ComputeRow.segments`) from `t` on. */
export interface SeriesStep {
  readonly t: number;
  readonly usd: readonly number[];
}

export interface ComputeRow {
  /** `buyer`: a buyer and its providers; `provider`: a provider and its customers. */
  readonly side: 'buyer' | 'provider';
  /** Company index (a top-level parent) of the row's company. */
  readonly company: number;
  readonly lab: boolean;
  readonly usd: number;
  readonly perYearUsd: number;
  readonly undisclosed: number;
  /** Counted deals in the row. */
  readonly deals: number;
  /** By `usd` (largest first), then yearly rate, then earliest deal. */
  readonly segments: readonly Commitment[];
  /** One step per date at which a segment's counted total changed, in time order; the last holds as of the date. */
  readonly series: readonly SeriesStep[];
  /**
   * True when the series was left out: the file is too large to compute it at once (see SERIES_WORK_LIMIT), or
   * it was not asked for (a single company's row).
   */
  readonly seriesOmitted: boolean;
}

/**
 * The series asks which deals count at each distinct date (a pass over every deal per date). Past this many
 * deal-steps (a huge file with thousands of compute deals) the series is left out and the view says so, so the
 * view never freezes; the bundled data needs about 10,000.
 */
export const SERIES_WORK_LIMIT = 20_000_000;

export interface ComputeOptions {
  /** False: the rows' totals only, without the series (a pass over every deal per date). */
  readonly series?: boolean;
  /** Overrides SERIES_WORK_LIMIT (tests). */
  readonly seriesWorkLimit?: number;
}

interface Pair {
  readonly row: number;
  readonly other: number;
  readonly records: DealRecord[];
}

/** Every compute buyer's row, labs first, then by committed total (largest first), then by name. */
export function buyerRows(
  model: GraphModel,
  scope: ComputeScope,
  options: ComputeOptions = {},
): ComputeRow[] {
  return rowsBy(model, scope, 'buyer', undefined, options).sort(rowOrder(model));
}

/**
 * The customers of one provider (any company index: a unit stands for its parent), or undefined if none: its
 * totals as of the date, without the series (a company's details show those only).
 */
export function providerRow(model: GraphModel, scope: ComputeScope, company: number): ComputeRow | undefined {
  const root = rootCompanies(model)[company] ?? company;
  return rowsBy(model, scope, 'provider', root, { series: false }).find((r) => r.company === root);
}

/**
 * The row of one buyer (a unit stands for its parent), or undefined if it bought no compute in the view: its
 * totals as of the date, without the series.
 */
export function buyerRow(model: GraphModel, scope: ComputeScope, company: number): ComputeRow | undefined {
  const root = rootCompanies(model)[company] ?? company;
  return rowsBy(model, scope, 'buyer', root, { series: false }).find((r) => r.company === root);
}

/**
 * The rows a focus shows: each focused company's own row as a buyer, and its customers' row when it is a
 * provider (a unit stands for its parent). No focus: every buyer's row.
 */
export function focusedRows(
  model: GraphModel,
  scope: ComputeScope,
  focus: readonly string[],
  options: ComputeOptions = {},
): ComputeRow[] {
  if (focus.length === 0) return buyerRows(model, scope, options);
  const roots = rootCompanies(model);
  const wanted = new Set<number>();
  for (const id of focus) {
    const index = model.companyIndex.get(id);
    if (index !== undefined) wanted.add(roots[index] ?? index);
  }
  const order = rowOrder(model);
  const buyers = rowsBy(model, scope, 'buyer', undefined, options)
    .filter((r) => wanted.has(r.company))
    .sort(order);
  const providers = rowsBy(model, scope, 'provider', undefined, options)
    .filter((r) => wanted.has(r.company))
    .sort(order);
  return [...buyers, ...providers];
}

/**
 * A colour slot per company on the provider side (in buyers' rows) or the buyer side (in providers' rows): the
 * company with the largest total across all rows gets slot 0, so a provider keeps its colour in every row.
 */
export function colourSlots(rows: readonly ComputeRow[]): Map<number, number> {
  const totals = new Map<number, { usd: number; deals: number; first: number }>();
  for (const row of rows) {
    for (const s of row.segments) {
      const t = totals.get(s.company) ?? { usd: 0, deals: 0, first: Infinity };
      t.usd += s.usd + s.perYearUsd;
      t.deals += s.deals.length + s.ended.length + s.notCounted.length;
      t.first = Math.min(t.first, s.first ?? Infinity);
      totals.set(s.company, t);
    }
  }
  const ranked = [...totals].sort(
    ([a, x], [b, y]) => y.usd - x.usd || y.deals - x.deals || x.first - y.first || a - b,
  );
  return new Map(ranked.map(([company], slot) => [company, slot]));
}

/**
 * The deals of the companies under `root` (itself and its units), each once, in the model's order: what one
 * company's row reads instead of every deal (a company's details on a map of 60,000 deals).
 */
function recordsUnder(model: GraphModel, roots: Int32Array, root: number): DealRecord[] {
  const indices: number[] = [];
  roots.forEach((r, company) => {
    if (r === root) for (const deal of dealsOf(model, company)) indices.push(deal);
  });
  indices.sort((a, b) => a - b);
  const records: DealRecord[] = [];
  indices.forEach((deal, k) => {
    const record = model.deals[deal];
    if (record && deal !== indices[k - 1]) records.push(record);
  });
  return records;
}

function rowsBy(
  model: GraphModel,
  scope: ComputeScope,
  side: 'buyer' | 'provider',
  only?: number,
  options: ComputeOptions = {},
): ComputeRow[] {
  const roots = rootCompanies(model);
  const pairs = new Map<string, Pair>();
  for (const record of only === undefined ? model.deals : recordsUnder(model, roots, only)) {
    if (record.deal.type !== COMPUTE_TYPE || !scope.deals[record.index]) continue;
    if (record.deal.status === 'terminated') continue;
    const buyer = roots[record.from] ?? -1;
    const provider = roots[record.to] ?? -1;
    if (buyer < 0 || provider < 0 || buyer === provider) continue;
    const row = side === 'buyer' ? buyer : provider;
    const other = side === 'buyer' ? provider : buyer;
    if (only !== undefined && row !== only) continue;
    const key = `${row}:${other}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { row, other, records: [] }));
    pair.records.push(record);
  }

  const byRow = new Map<number, Commitment[]>();
  const recordsOf = new Map<number, DealRecord[]>();
  for (const pair of pairs.values()) {
    const list = byRow.get(pair.row) ?? [];
    list.push(commitmentOf(pair, scope));
    byRow.set(pair.row, list);
    const records = recordsOf.get(pair.row) ?? [];
    records.push(...pair.records);
    recordsOf.set(pair.row, records);
  }

  const rows: ComputeRow[] = [];
  for (const [company, list] of byRow) {
    const segments = list.sort(
      (a, b) =>
        b.usd - a.usd ||
        b.perYearUsd - a.perYearUsd ||
        (a.first ?? Infinity) - (b.first ?? Infinity) ||
        a.company - b.company,
    );
    rows.push({
      side,
      company,
      lab: model.companies[company]?.category === LAB_CATEGORY,
      usd: sum(segments, (s) => s.usd),
      perYearUsd: sum(segments, (s) => s.perYearUsd),
      undisclosed: sum(segments, (s) => s.undisclosed),
      deals: sum(segments, (s) => s.deals.length),
      segments,
      series: [],
      seriesOmitted: false,
    });
  }
  if (options.series === false) return rows.map((row) => ({ ...row, seriesOmitted: true }));
  return withSeries(model, scope, rows, recordsOf, side, roots, options.seriesWorkLimit ?? SERIES_WORK_LIMIT);
}

function commitmentOf(pair: Pair, scope: ComputeScope): Commitment {
  let usd = 0;
  let perYearUsd = 0;
  let figures = 0;
  let undisclosed = 0;
  let gw: number | undefined;
  const flags = { upTo: false, atLeast: false, estimated: false, perYear: false };
  const deals: number[] = [];
  const ended: number[] = [];
  const notCounted: number[] = [];
  let first: DealRecord | undefined;
  let latest: DealRecord | undefined;
  for (const record of pair.records) {
    const i = record.index;
    if (scope.ended[i]) ended.push(i);
    else if (!scope.counted[i]) {
      // Visible but not counted: superseded, outweighed by an overlapping deal, or not active at the date.
      if (record.start === undefined || record.start > scope.asof) continue;
      notCounted.push(i);
    } else {
      deals.push(i);
      const h = record.headline;
      if (h.usd === undefined || !Number.isFinite(h.usd)) undisclosed++;
      else {
        figures++;
        if (h.perYear) {
          perYearUsd += h.usd;
          flags.perYear = true;
        } else usd += h.usd;
        if (h.kind === 'upTo') flags.upTo = true;
        if (h.kind === 'atLeast') flags.atLeast = true;
        if (h.kind === 'estimated') flags.estimated = true;
      }
      const capacity = record.deal.capacityGw;
      if (capacity !== undefined && Number.isFinite(capacity)) gw = (gw ?? 0) + capacity;
    }
    if (record.start !== undefined) {
      if (!first || record.start < (first.start as number)) first = record;
      if (!latest || record.start >= (latest.start as number)) latest = record;
    }
  }
  const newestFirst = (a: number, b: number) => b - a;
  return {
    company: pair.other,
    usd,
    perYearUsd,
    figures,
    undisclosed,
    ...flags,
    gw,
    first: first?.start,
    firstDate: first?.deal.date,
    latest: latest?.start,
    latestDate: latest?.deal.date,
    deals: deals.sort(newestFirst),
    ended: ended.sort(newestFirst),
    notCounted: notCounted.sort(newestFirst),
  };
}

/**
 * The cumulative series: at every start or end (up to the date) of a row's deals, each segment's counted total
 * at that instant. Which deals count at each instant is asked once per distinct instant for all rows.
 */
function withSeries(
  model: GraphModel,
  scope: ComputeScope,
  rows: readonly ComputeRow[],
  recordsOf: ReadonlyMap<number, readonly DealRecord[]>,
  side: 'buyer' | 'provider',
  roots: Int32Array,
  limit: number,
): ComputeRow[] {
  const timesOf = new Map<number, number[]>();
  const allTimes = new Set<number>();
  for (const row of rows) {
    const times = new Set<number>();
    for (const r of recordsOf.get(row.company) ?? []) {
      if (r.start !== undefined && r.start <= scope.asof) times.add(r.start);
      if (r.end !== undefined && r.end <= scope.asof) times.add(r.end);
    }
    const sorted = [...times].sort((a, b) => a - b);
    timesOf.set(row.company, sorted);
    sorted.forEach((t) => allTimes.add(t));
  }
  if (allTimes.size * model.deals.length > limit) return rows.map((row) => ({ ...row, seriesOmitted: true }));
  const countedAt = new Map<number, Uint8Array>();
  for (const t of allTimes) countedAt.set(t, countedAsOf(model.deals, model.counting, t));

  return rows.map((row) => {
    const slot = new Map(row.segments.map((s, i) => [s.company, i]));
    const records = recordsOf.get(row.company) ?? [];
    const series: SeriesStep[] = [];
    for (const t of timesOf.get(row.company) ?? []) {
      const counted = countedAt.get(t) as Uint8Array;
      const usd = row.segments.map(() => 0);
      for (const r of records) {
        const h = r.headline;
        if (!counted[r.index] || h.usd === undefined || h.perYear || !Number.isFinite(h.usd)) continue;
        const other = side === 'buyer' ? roots[r.to] : roots[r.from];
        const i = slot.get(other ?? -1);
        if (i !== undefined) usd[i] = (usd[i] ?? 0) + h.usd;
      }
      series.push({ t, usd });
    }
    return { ...row, series };
  });
}

function rowOrder(model: GraphModel) {
  return (a: ComputeRow, b: ComputeRow): number =>
    Number(b.lab) - Number(a.lab) ||
    b.usd - a.usd ||
    b.perYearUsd - a.perYearUsd ||
    b.deals - a.deals ||
    (model.companies[a.company]?.name ?? '').localeCompare(model.companies[b.company]?.name ?? '', 'en');
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
