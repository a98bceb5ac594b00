/**
 * "Fill in from OpenAlex" as state: progress, Cancel, and the note afterwards (what was filled,
 * what not and why). Nothing is sent before `run`. The filled collection replaces the current one
 * through the importer (so it is kept for the next visit); an error or Cancel changes nothing.
 * The page never asks arXiv (its API sends no CORS headers); the note says so when it matters.
 */
import type { CollectionStore } from '../collection/collection.svelte';
import type { Importer } from '../collection/importer.svelte';
import { browserHttp } from './browser-http';
import { CollectionRun } from './collection-run.svelte';
import { fillIn, type FillReport } from './fill-in';
import { fillSummary } from './fill-note';
import type { Http } from './http';

export class Filler extends CollectionRun {
  /** Papers looked up but not filled, and why. */
  notFilled = $state<FillReport['notFilled']>([]);

  constructor(
    collection: CollectionStore,
    importer: Importer,
    /** The HTTP client (the page's shared one unless a test gives its own). */
    private readonly http: () => Http = browserHttp,
  ) {
    super(collection, importer);
  }

  async run(mailto = ''): Promise<void> {
    if (this.busy) return;
    this.notFilled = [];
    const report = await this.runWith(
      (current, signal, onProgress) =>
        fillIn(this.http(), current.papers, {
          useArxiv: false,
          mailto,
          signal,
          asOf: this.collection.profile.asOf,
          onProgress,
        }),
      (r, current) => ({
        replace: r.filled.length
          ? {
              format: 'filled',
              papers: r.papers,
              problems: [...current.problems, ...r.problems],
              profile: current.profile,
              records: r.papers.length,
            }
          : null,
        summary: fillSummary(r),
      }),
    );
    if (report) this.notFilled = report.notFilled;
  }
}
