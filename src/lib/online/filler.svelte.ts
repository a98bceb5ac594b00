/**
 * "Fill in from OpenAlex" as state: progress, Cancel, and the note afterwards (what was filled,
 * what not and why). Nothing is sent before `run`. The filled collection replaces the current one
 * through the importer (so it is kept for the next visit); an error or Cancel changes nothing.
 * The page never asks arXiv (its API sends no CORS headers); the note says so when it matters.
 */
import type { CollectionStore } from '../collection/collection.svelte';
import type { Importer } from '../collection/importer.svelte';
import { browserHttp } from './browser-http';
import { fillIn, type FillReport } from './fill-in';
import { fillSummary } from './fill-note';
import type { Http } from './http';

export class Filler {
  busy = $state(false);
  progress = $state({ done: 0, total: 0 });
  error = $state<string | null>(null);
  /** "Filled 5 of 7 papers looked up, from OpenAlex: citation counts for 5, …" */
  summary = $state<string | null>(null);
  notFilled = $state<FillReport['notFilled']>([]);
  #controller: AbortController | null = null;

  constructor(
    private readonly collection: CollectionStore,
    private readonly importer: Importer,
    /** The HTTP client (the page's shared one unless a test gives its own). */
    private readonly http: () => Http = browserHttp,
  ) {}

  async run(mailto = ''): Promise<void> {
    if (this.busy) return;
    const current = this.collection.current;
    this.#controller = new AbortController();
    this.busy = true;
    this.error = this.summary = null;
    this.notFilled = [];
    this.progress = { done: 0, total: 0 };
    try {
      const got = await fillIn(this.http(), current.papers, {
        useArxiv: false,
        mailto,
        signal: this.#controller.signal,
        asOf: this.collection.profile.asOf,
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
      if (report.filled.length > 0) {
        await this.importer.applyResult(
          {
            format: 'filled',
            papers: report.papers,
            problems: [...current.problems, ...report.problems],
            profile: current.profile,
            records: report.papers.length,
          },
          current.source,
        );
      }
      this.summary = fillSummary(report);
      this.notFilled = report.notFilled;
    } finally {
      this.busy = false;
      this.#controller = null;
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }
}
