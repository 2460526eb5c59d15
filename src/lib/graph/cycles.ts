/**
 * Circular money flows (the brief, "Cycles"): money from A reaches B and, through other deals, comes back to A.
 *
 * `findCycles` lists the simple cycles of 2 to `maxLength` nodes of a money graph (money-graph.ts). Each cycle
 * is found once, already rotated to start at its smallest node: the search from node s only walks nodes above s.
 * It stops after `cap` cycles or when `deadline` passes, and says which. Pure and DOM-free, so it runs as well
 * in a worker (worker/tasks.ts) as on the main thread.
 *
 * `cycleDetails` turns found cycles back into companies and deals: the deals on each hop, the date the cycle
 * closed (the latest of the hops' earliest deal dates) and each hop's amount — hops are never summed together.
 */
import { isActive } from './counting.ts';
import type { MoneyGraph, MergedMoneyGraph } from './money-graph.ts';
import type { DealRecord, GraphModel } from './model.ts';

export const MAX_CYCLE_LENGTH = 5;
export const MAX_CYCLES = 1000;

export interface CycleSearchOptions {
  readonly maxLength?: number;
  readonly cap?: number;
  /** A clock reading (ms) after which the search stops; read with `now`. */
  readonly deadline?: number;
  readonly now?: () => number;
}

export interface FoundCycles {
  /** Node sequences in money order, each starting at its smallest node. */
  readonly cycles: readonly (readonly number[])[];
  /** The search stopped at the cap: there may be more. */
  readonly capped: boolean;
  /** The search ran out of time: there may be more. */
  readonly timedOut: boolean;
}

export function findCycles(graph: MoneyGraph, options: CycleSearchOptions = {}): FoundCycles {
  const maxLength = options.maxLength ?? MAX_CYCLE_LENGTH;
  const cap = options.cap ?? MAX_CYCLES;
  const { offsets, targets, nodeCount } = graph;
  const cycles: number[][] = [];
  const path: number[] = [];
  const onPath = new Uint8Array(nodeCount);
  let capped = false;
  let timedOut = false;
  let steps = 0;

  const stop = (): boolean => {
    if (capped || timedOut) return true;
    if (options.deadline !== undefined && options.now && ++steps % 1024 === 0) {
      timedOut = options.now() > options.deadline;
    }
    return timedOut;
  };

  const walk = (start: number, node: number): void => {
    for (let e = offsets[node] ?? 0; e < (offsets[node + 1] ?? 0); e++) {
      if (stop()) return;
      const next = targets[e] as number;
      if (next === start) {
        if (path.length >= 2) {
          if (cycles.length >= cap) {
            capped = true;
            return;
          }
          cycles.push([...path]);
        }
        continue;
      }
      if (next < start || onPath[next] || path.length >= maxLength) continue;
      path.push(next);
      onPath[next] = 1;
      walk(start, next);
      onPath[next] = 0;
      path.pop();
    }
  };

  for (let start = 0; start < nodeCount && !capped && !timedOut; start++) {
    path.push(start);
    onPath[start] = 1;
    walk(start, start);
    onPath[start] = 0;
    path.pop();
  }
  return { cycles, capped, timedOut };
}

export interface CycleHop {
  /** Company indices of the merged companies (parents) at either end. */
  readonly from: number;
  readonly to: number;
  /** The deals that carry this hop's money (units merged), in date order. */
  readonly deals: readonly DealRecord[];
  /** Sum of the hop's counted headline figures, or undefined when none is disclosed. */
  readonly usd: number | undefined;
  /** Deals of the hop whose amount is undisclosed. */
  readonly undisclosed: number;
  /** The sum includes a ceiling ("up to"), a floor or an estimate; or a yearly rate without term. */
  readonly upTo: boolean;
  readonly atLeast: boolean;
  readonly estimated: boolean;
  readonly perYear: boolean;
  /** Earliest deal start on the hop (ms). */
  readonly since: number;
}

export interface Cycle {
  /** Company ids in money order, starting at the smallest: the `cycle=` value. */
  readonly ids: readonly string[];
  /** Company indices, same order. */
  readonly companies: readonly number[];
  readonly hops: readonly CycleHop[];
  /** When the last hop arrived (ms): the latest of the hops' earliest deal dates. */
  readonly closed: number;
  /** The smallest disclosed hop sum (the most money that can have gone all the way round), if every hop has one. */
  readonly smallestHopUsd: number | undefined;
}

/**
 * Companies, hops and dates of found cycles. `include` must be the mask the graph was built from, and `counted`
 * (Visibility.counted) says which deals' money is added to a hop's sum. A cycle's hops are worked out again
 * when first read (the chosen cycle's, for its highlight and its line in the list) and then kept: a list of
 * 1,000 cycles holding ~5,000 hops and their deals took half a megabyte for the page's life.
 */
export function cycleDetails(
  model: GraphModel,
  merged: MergedMoneyGraph,
  found: FoundCycles,
  include: Uint8Array,
  counted: Uint8Array,
): Cycle[] {
  const hops = new HopFinder(model, merged.nodeOfCompany, merged.graph.nodeCount, include, counted);
  // Deals by hop, found once for every cycle's date and smallest hop, then let go.
  const byPair = hops.dealsByPair(() => true);
  return found.cycles.map((nodes) => {
    const companies = nodes.map((node) => merged.companyOfNode[node] ?? -1);
    let closed = -Infinity;
    let smallestHopUsd: number | undefined = Infinity;
    for (const hop of hops.of(companies, byPair)) {
      closed = Math.max(closed, hop.since);
      smallestHopUsd =
        hop.usd === undefined || smallestHopUsd === undefined ? undefined : Math.min(smallestHopUsd, hop.usd);
    }
    return new ListedCycle(
      companies.map((c) => model.companies[c]?.id ?? ''),
      companies,
      closed,
      smallestHopUsd,
      hops,
    );
  });
}

/** A found cycle; its hops are worked out when first read. */
class ListedCycle implements Cycle {
  #hops: readonly CycleHop[] | undefined;
  readonly #finder: HopFinder;

  constructor(
    readonly ids: readonly string[],
    readonly companies: readonly number[],
    readonly closed: number,
    readonly smallestHopUsd: number | undefined,
    finder: HopFinder,
  ) {
    this.#finder = finder;
  }

  get hops(): readonly CycleHop[] {
    return (this.#hops ??= this.#finder.of(this.companies));
  }
}

/** The hops of cycles through one merged money graph: the deals between each pair of its nodes. */
class HopFinder {
  constructor(
    private readonly model: GraphModel,
    private readonly nodeOfCompany: Int32Array,
    private readonly nodeCount: number,
    private readonly include: Uint8Array,
    private readonly counted: Uint8Array,
  ) {}

  /** Included deals by (from node, to node), for the pairs `wanted` accepts. */
  dealsByPair(wanted: (key: number) => boolean): Map<number, DealRecord[]> {
    const byPair = new Map<number, DealRecord[]>();
    const n = this.nodeCount;
    for (const record of this.model.deals) {
      if (!this.include[record.index]) continue;
      const u = this.nodeOfCompany[record.from] ?? -1;
      const v = this.nodeOfCompany[record.to] ?? -1;
      if (u < 0 || v < 0 || u === v) continue;
      const key = u * n + v;
      if (!wanted(key)) continue;
      const list = byPair.get(key);
      if (list) list.push(record);
      else byPair.set(key, [record]);
    }
    return byPair;
  }

  /** The hops of the cycle through `companies` (merged parents, in money order). */
  of(companies: readonly number[], known?: Map<number, DealRecord[]>): CycleHop[] {
    const n = this.nodeCount;
    const nodes = companies.map((c) => this.nodeOfCompany[c] ?? -1);
    const keys = nodes.map((u, k) => u * n + (nodes[(k + 1) % nodes.length] as number));
    const byPair = known ?? this.dealsByPair((key) => keys.includes(key));
    return companies.map((from, k) =>
      hop(
        from,
        companies[(k + 1) % companies.length] as number,
        byPair.get(keys[k] as number) ?? [],
        this.counted,
      ),
    );
  }
}

function hop(from: number, to: number, deals: readonly DealRecord[], counted: Uint8Array): CycleHop {
  let usd: number | undefined;
  let undisclosed = 0;
  const flags = { upTo: false, atLeast: false, estimated: false, perYear: false };
  let since = Infinity;
  for (const record of deals) {
    since = Math.min(since, record.start ?? Infinity);
    const h = record.headline;
    if (h.usd === undefined) {
      undisclosed++;
      continue;
    }
    if (!counted[record.index]) continue;
    usd = (usd ?? 0) + h.usd;
    if (h.kind === 'upTo') flags.upTo = true;
    if (h.kind === 'atLeast') flags.atLeast = true;
    if (h.kind === 'estimated') flags.estimated = true;
    if (h.perYear) flags.perYear = true;
  }
  // Written out, not spread: every field inside the object.
  const { upTo, atLeast, estimated, perYear } = flags;
  return { from, to, deals, usd, undisclosed, upTo, atLeast, estimated, perYear, since };
}

/**
 * The deals a cycle search walks as of the visibility's date: money-flow deals that are visible (they pass the
 * filters), active (started, not ended, not called off) and paid to the company itself (not `secondary`).
 */
export function cycleDeals(model: GraphModel, visible: Uint8Array, asof: number): Uint8Array {
  const include = new Uint8Array(model.deals.length);
  for (const record of model.deals) {
    if (!visible[record.index] || record.type.flow !== 'money' || record.deal.secondary) continue;
    if (isActive(record, asof)) include[record.index] = 1;
  }
  return include;
}
