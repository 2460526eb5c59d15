/**
 * The circular flows of the current view, kept up to date as filters and time change. Small money graphs are
 * searched at once on the main thread (the bundled data's takes well under a millisecond); big ones go to the
 * worker host, and only the answer to the latest request is kept.
 */
import { cycleDeals, cycleDetails, findCycles, type Cycle, type FoundCycles } from '../graph/cycles.ts';
import type { GraphModel } from '../graph/model.ts';
import { mergedMoneyGraph } from '../graph/money-graph.ts';
import type { Visibility } from '../filters/types.ts';
import { WorkerHost, startTaskWorker } from '../worker/host.ts';

/** Money graphs with more edges than this are searched in the worker. */
export const WORKER_EDGES = 3000;
/**
 * A worker with no search to do for this long is ended (its memory goes; the next search starts another): long
 * enough that time playing or a run of filter clicks keeps one worker.
 */
export const WORKER_IDLE_MS = 2000;
/** Time box of a search: on the main thread (small graphs) and in the worker. */
const MAIN_BUDGET_MS = 200;
const WORKER_BUDGET_MS = 10_000;

export interface CycleList {
  readonly cycles: readonly Cycle[];
  readonly capped: boolean;
  readonly timedOut: boolean;
}

export class CycleSearch {
  list = $state.raw<CycleList | undefined>(undefined);
  /** True while a worker search is under way (the list shown is the previous one). */
  searching = $state(false);
  #host: WorkerHost | undefined;
  #latest = 0;
  #idle: ReturnType<typeof setTimeout> | undefined;

  /** Searches the visible deals (without the focus, which only narrows the list) as of the view's date. */
  update(model: GraphModel, visibility: Visibility): void {
    const token = ++this.#latest;
    const include = cycleDeals(model, visibility.deals, visibility.asof);
    const merged = mergedMoneyGraph(model, include);
    const finish = (found: FoundCycles): CycleList => ({
      cycles: cycleDetails(model, merged, found, include, visibility.counted),
      capped: found.capped,
      timedOut: found.timedOut,
    });
    if (merged.graph.targets.length <= WORKER_EDGES) {
      const now = () => performance.now();
      this.list = finish(findCycles(merged.graph, { deadline: now() + MAIN_BUDGET_MS, now }));
      this.searching = false;
      return;
    }
    this.searching = true;
    clearTimeout(this.#idle);
    const host = (this.#host ??= new WorkerHost(startTaskWorker));
    host
      .run('cycles', { graph: merged.graph, budgetMs: WORKER_BUDGET_MS })
      .then((found) => {
        if (token !== this.#latest) return;
        this.list = finish(found);
        this.searching = false;
      })
      .catch(() => {
        if (token !== this.#latest) return;
        this.list = { cycles: [], capped: false, timedOut: true };
        this.searching = false;
      })
      .finally(() => {
        if (token !== this.#latest) return;
        this.#idle = setTimeout(() => host.releaseIdle(), WORKER_IDLE_MS);
      });
  }

  dispose(): void {
    clearTimeout(this.#idle);
    this.#host?.dispose();
  }
}
