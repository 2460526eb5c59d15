/**
 * Work on a big map's restyling after a filter or time change, one job at a time (the job: its base style in
 * time slices, see App.svelte). A change made meanwhile waits and a newer one replaces it, so a map whose
 * restyling is slower than the changes (time playing, a run of filter clicks) still shows states as fast as it
 * can, the latest last, and the page is never held by one long task for it.
 */
export class RestyleQueue<K, R> {
  readonly #work: (key: K, signal: AbortSignal) => Promise<R>;
  readonly #done: (key: K, result: R) => void;
  #running: { key: K; controller: AbortController } | undefined;
  #waiting: { key: K } | undefined;

  constructor(work: (key: K, signal: AbortSignal) => Promise<R>, done: (key: K, result: R) => void) {
    this.#work = work;
    this.#done = done;
  }

  /** Restyles for `key`: now when nothing runs, else once the job under way ends (replacing any waiting). */
  want(key: K): void {
    if (this.#running?.key === key) {
      this.#waiting = undefined;
      return;
    }
    if (this.#running) this.#waiting = { key };
    else this.#start(key);
  }

  /** The job under way is abandoned (its result is not delivered) and none waits. */
  clear(): void {
    this.#running?.controller.abort();
    this.#running = undefined;
    this.#waiting = undefined;
  }

  #start(key: K): void {
    const controller = new AbortController();
    const job = { key, controller };
    this.#running = job;
    const finish = () => {
      if (this.#running !== job) return;
      this.#running = undefined;
      const next = this.#waiting;
      this.#waiting = undefined;
      if (next) this.#start(next.key);
    };
    this.#work(key, controller.signal).then((result) => {
      if (this.#running !== job) return;
      this.#done(key, result);
      finish();
    }, finish);
  }
}
