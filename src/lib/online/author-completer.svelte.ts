/**
 * The "complete author lists" run as state: progress, Cancel, and the note afterwards. The
 * completed collection replaces the current one through the importer (so it is kept for the next
 * visit); an error or Cancel changes nothing.
 */
import { browserHttp } from './browser-http';
import { CollectionRun } from './collection-run.svelte';
import { completeAuthors, completionSummary, type CompletionReport } from './complete-authors';

export class AuthorCompleter extends CollectionRun {
  notFound = $state<CompletionReport['notFound']>([]);

  /** Looks every truncated paper up (arXiv only through OpenAlex: a page cannot call arXiv). */
  async run(mailto = ''): Promise<void> {
    if (this.busy) return;
    this.notFound = [];
    const report = await this.runWith(
      (current, signal, onProgress) =>
        completeAuthors(browserHttp(), current.papers, { useArxiv: false, mailto, signal, onProgress }),
      (r, current) => ({
        replace: r.completed.length
          ? {
              format: 'completed',
              papers: r.papers,
              problems: [...current.problems],
              profile: current.profile,
              records: r.papers.length,
            }
          : null,
        summary: completionSummary(r),
      }),
    );
    if (report) this.notFound = report.notFound;
  }
}
