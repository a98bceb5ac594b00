/**
 * An opt-in online run over the loaded collection as state: progress, Cancel, the error or the
 * note afterwards. What it finds replaces the current collection through the importer (so it is
 * kept for the next visit); an error or Cancel changes nothing. Completing author lists and
 * filling in from OpenAlex are both such runs.
 */
import type { CollectionStore, LoadedCollection } from '../collection/collection.svelte';
import type { Importer } from '../collection/importer.svelte';
import type { ParseResult } from '../data/paper';
import type { OnlineError } from './online-error';

type Looked<R> = { ok: true; value: R } | { ok: false; error: OnlineError };

export class CollectionRun {
  busy = $state(false);
  progress = $state({ done: 0, total: 0 });
  error = $state<string | null>(null);
  summary = $state<string | null>(null);
  #controller: AbortController | null = null;

  constructor(
    protected readonly collection: CollectionStore,
    protected readonly importer: Importer,
  ) {}

  /**
   * Runs `lookup` on the current collection; `outcome` says what replaces it (null: nothing
   * found) and the note. Returns the report, or null when busy, failed or cancelled.
   */
  protected async runWith<R>(
    lookup: (
      current: LoadedCollection,
      signal: AbortSignal,
      onProgress: (done: number, total: number) => void,
    ) => Promise<Looked<R>>,
    outcome: (report: R, current: LoadedCollection) => { replace: ParseResult | null; summary: string },
  ): Promise<R | null> {
    if (this.busy) return null;
    const current = this.collection.current;
    const controller = (this.#controller = new AbortController());
    this.busy = true;
    this.error = this.summary = null;
    this.progress = { done: 0, total: 0 };
    try {
      const got = await lookup(
        current,
        controller.signal,
        (done, total) => (this.progress = { done, total }),
      );
      if (!got.ok) {
        const resume =
          got.error.kind === 'cancelled'
            ? ''
            : ' Lookups already made are kept, so trying again resumes quickly.';
        this.error = `${got.error.message} Your current data is unchanged.${resume}`;
        return null;
      }
      const { replace, summary } = outcome(got.value, current);
      if (replace) await this.importer.applyResult(replace, current.source);
      this.summary = summary;
      return got.value;
    } finally {
      this.busy = false;
      this.#controller = null;
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }
}
