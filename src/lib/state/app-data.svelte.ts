/**
 * The loaded data and its problems. A new load never discards the current map until the new file is valid:
 * a failed load keeps the previous map and shows why it failed.
 */
import type { DealMap } from '../data/format.ts';
import { inlineDataText } from '../data/inline-data.ts';
import type { Issue } from '../data/issues.ts';
import { loadDealMap } from '../data/load.ts';
import { MAX_FILE_BYTES, parseDealMapText, parseDealMapTextInSlices } from '../data/parse.ts';
import { yieldToPage } from '../data/slices.ts';
import type { ValidationResult } from '../data/validate.ts';
import { buildModel, buildModelInSlices, type GraphModel } from '../graph/model.ts';

/**
 * A downloaded file in any supported format. Files in the native format are checked in time slices (a big
 * file does not freeze the page); the importers (CSV, D3) load on demand, so the common case does not wait
 * for their code.
 */
async function parseAnyFormat(text: string, name: string): Promise<ValidationResult> {
  const native = await parseDealMapTextInSlices(text, name);
  if (native.ok || !native.issues.some((i) => /no "companies" list|not valid JSON/.test(i.message)))
    return native;
  const { importFiles } = await import('../import/index.ts');
  return importFiles([{ name, text }]);
}

/** Companies + deals from which a downloaded file's model is built in a task of its own. */
const SPLIT_FROM = 2000;

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class AppData {
  status = $state<LoadStatus>('loading');
  map = $state.raw<DealMap | undefined>(undefined);
  /** The graph model of `map`, built with it. */
  model = $state.raw<GraphModel | undefined>(undefined);
  /** Problems of the latest load attempt (errors, skipped items, notices). */
  issues = $state.raw<readonly Issue[]>([]);
  /** Where the shown data came from (file name, or file and host). */
  origin = $state('');
  /** True when the shown data came from the reader's own computer: it has no address to share. */
  local = $state(false);

  #controller: AbortController | undefined;

  async load(url: string, label: string, bundled = false): Promise<void> {
    const controller = this.#start();
    // The single-file build carries the bundled data in the page itself: no fetch (it opens from disk).
    const inline = bundled ? inlineDataText() : undefined;
    const result =
      inline === undefined
        ? await loadDealMap(url, label, {
            signal: controller.signal,
            bundled,
            parse: bundled ? undefined : parseAnyFormat,
          })
        : parseDealMapText(inline, label);
    if (controller.signal.aborted) return;
    if (!bundled && result.ok && result.value.companies.length + result.value.deals.length > SPLIT_FROM) {
      // A big downloaded file's model is built in slices too, and the page then drawn in a task of its own: the
      // load is not one long freeze from checking to the first frame.
      const model = await buildModelInSlices(result.value);
      await yieldToPage();
      if (!controller.signal.aborted) this.#finish(result, label, false, model);
      return;
    }
    this.#finish(result, label, false);
  }

  /** Files picked or dropped by the reader: one JSON or CSV file, or a deals CSV with a companies CSV. */
  async loadFiles(files: readonly File[]): Promise<boolean> {
    if (files.length === 0) return false;
    const controller = this.#start();
    const label = files.map((f) => f.name).join(' + ');
    const tooBig = files.find((f) => f.size > MAX_FILE_BYTES);
    let result: ValidationResult;
    if (files.length > 2) {
      result = this.#refuse(label, 'Pick one file, or a deals CSV together with a companies CSV.');
    } else if (tooBig) {
      result = this.#refuse(
        tooBig.name,
        `${tooBig.name} is ${(tooBig.size / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`,
      );
    } else {
      try {
        const { importFiles, readFileText, innerName } = await import('../import/index.ts');
        const read = await Promise.all(
          files.map(async (f) => ({ name: innerName(f.name), read: await readFileText(f) })),
        );
        const failed = read.find((r) => !r.read.ok);
        result =
          failed && !failed.read.ok
            ? this.#refuse(failed.name, failed.read.message)
            : importFiles(read.map((r) => ({ name: r.name, text: r.read.ok ? r.read.text : '' })));
      } catch {
        result = this.#refuse(label, `Could not read ${label}.`);
      }
    }
    if (controller.signal.aborted) return false;
    this.#finish(result, label, true);
    return result.ok;
  }

  /** Shows a problem with a source that was never fetched (e.g. a refused `data=` address). */
  refuse(label: string, message: string): void {
    this.#start();
    this.#finish(this.#refuse(label, message), label, false);
  }

  #refuse(label: string, message: string): ValidationResult {
    return { ok: false, issues: [{ path: '', severity: 'error', message, file: label }] };
  }

  #start(): AbortController {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (!this.map) this.status = 'loading';
    return controller;
  }

  #finish(result: ValidationResult, label: string, local: boolean, model?: GraphModel): void {
    this.issues = result.issues;
    if (result.ok) {
      this.map = result.value;
      this.model = model ?? buildModel(result.value);
      this.origin = label;
      this.local = local;
      this.status = 'ready';
    } else if (!this.map) {
      this.status = 'failed';
    }
  }
}
