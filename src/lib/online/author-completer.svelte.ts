/**
 * The "complete author lists" run as state: progress, Cancel, and the note afterwards. The
 * completed collection replaces the current one through the importer (so it is kept for the next
 * visit); an error or Cancel changes nothing.
 */
import type { CollectionStore } from '../collection/collection.svelte';
import type { Importer } from '../collection/importer.svelte';
import { browserHttp } from './browser-http';
import { completeAuthors, completionSummary, type CompletionReport } from './complete-authors';

export class AuthorCompleter {
  busy = $state(false);
  progress = $state({ done: 0, total: 0 });
  error = $state<string | null>(null);
  /** "Completed 12 of 14 truncated author lists from OpenAlex; 2 not found." */
  summary = $state<string | null>(null);
  notFound = $state<CompletionReport['notFound']>([]);
  #controller: AbortController | null = null;

  constructor(
    private readonly collection: CollectionStore,
    private readonly importer: Importer,
  ) {}

  /** Looks every truncated paper up (arXiv only through OpenAlex: a page cannot call arXiv). */
  async run(mailto = ''): Promise<void> {
    if (this.busy) return;
    const current = this.collection.current;
    this.#controller = new AbortController();
    this.busy = true;
    this.error = this.summary = null;
    this.notFound = [];
    try {
      const got = await completeAuthors(browserHttp(), current.papers, {
        useArxiv: false,
        mailto,
        signal: this.#controller.signal,
        onProgress: (done, total) => (this.progress = { done, total }),
      });
      if (!got.ok) {
        const resume =
          got.error.kind === 'cancelled'
            ? ''
            : ' Lookups already made are kept, so trying again resumes quickly.';
        this.error = `${got.error.message} Your current data is unchanged.${resume}`;
        return;
      }
      const report = got.value;
      if (report.completed.length > 0) {
        const result = {
          format: 'completed',
          papers: report.papers,
          problems: [...current.problems],
          profile: current.profile,
          records: report.papers.length,
        };
        await this.importer.applyResult(result, current.source);
      }
      this.summary = completionSummary(report);
      this.notFound = report.notFound;
    } finally {
      this.busy = false;
      this.#controller = null;
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }
}
