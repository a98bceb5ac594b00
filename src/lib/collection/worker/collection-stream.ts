/**
 * The collection worker's reading of streamed files (JSON lines, plain or gzip): papers are
 * counted as they arrive and the first views are answered from the papers read so far (a
 * PreviewSource, every PREVIEW_EVERY_MS); what was read goes back to the worker, which hands it
 * to the page or keeps it (collection-worker.ts).
 */
import type { Paper, ParseResult } from '../../data/paper';
import { streamPapers, type StreamResult } from '../../data/stream/paper-stream';
import { mergeResults } from '../../data/merge-results';
import { reportOf } from '../../data/read-files';
import { count } from '../../text/count-words';
import { PreviewSource } from '../../source/page/preview-source';
import type { DataSource } from '../../source/questions';
import type { FromWorker, ToWorker } from './collection-protocol';
import type { Read } from './held-collection';
import type { TermsFeed } from '../../workers/text-feed';

/**
 * When the first views are drawn from the papers read so far, and how often again: every 2 s,
 * plus 3 s per 10^5 papers read. A preview costs a pass over every paper so far (about 4 µs a
 * paper: its source, then its answers), so this keeps previews to about an eighth of the read
 * (docs/performance.md: at 10^6 papers 1 s per 10^5 spent a fifth of it on previews).
 */
const FIRST_PREVIEW_MS = 500;
const PREVIEW_EVERY_MS = 2000;
const PREVIEW_MS_PER_PAPER = 0.03;

export interface WorkerHooks {
  post(message: FromWorker): void;
  /** Answers questions for `source` (none: only stops) under a new id; the one it replaces stops. */
  register(source: DataSource | null, replaces?: number | null): number;
}

type StreamMessage = Extract<ToWorker, { type: 'stream' }>;

/**
 * The files read and merged; null when they are lines of another kind (the page reads them whole).
 * Each batch also goes to `terms`, whose worker counts their terms as they come.
 */
export async function streamFiles(
  m: StreamMessage,
  hooks: WorkerHooks,
  terms: TermsFeed | null,
): Promise<Read | null> {
  const label = m.files.map((f) => f.name).join(', ');
  const results: ParseResult[] = [];
  let preview: number | null = null;
  let next = performance.now() + FIRST_PREVIEW_MS;
  let before = 0;
  for (const [i, file] of m.files.entries()) {
    const papers: Paper[] = [];
    const controller = new AbortController();
    let reached = 0;
    const done = await streamPapers(file.stream(), {
      file: file.name,
      asOf: m.asOf,
      size: file.size,
      signal: controller.signal,
      onBatch: (batch, progress) => {
        for (const p of batch) papers.push(p);
        if (before + papers.length > m.limit) {
          reached = before + papers.length;
          return controller.abort();
        }
        terms?.add(batch);
        const share = (i + (progress.fraction ?? 0)) / m.files.length;
        hooks.post({ type: 'progress', share, papers: progress.papers, problems: progress.problems });
        if (performance.now() < next || before + papers.length === 0) return;
        const sofar = [...results.flatMap((r) => r.papers), ...papers];
        next = performance.now() + PREVIEW_EVERY_MS + sofar.length * PREVIEW_MS_PER_PAPER;
        const shown = new PreviewSource(sofar, label, m.asOf, share);
        preview = hooks.register(shown, preview);
        hooks.post({ type: 'preview', source: preview, info: shown.info, cube: null });
      },
    });
    results.push(reached ? refused(file.name, reached, m.limit) : finished(done, papers));
    before += results[i].papers.length;
  }
  // The preview stops here; until the collection replaces it, the page keeps what it drew.
  hooks.register(null, preview);
  if (results.some((r, i) => r.format === 'unknown' && r.records > 0 && m.files[i].size <= m.wholeBytes))
    return null;
  return { merged: mergeResults(results), reports: m.files.map((f, i) => reportOf(f.name, results[i])) };
}

/** A file read to its end is a result; one stopped by a refusal (a cut gzip, UTF-16) keeps no paper. */
function finished(done: StreamResult, papers: Paper[]): ParseResult {
  const { format, records, problems } = done;
  return { format, records, problems, papers: done.ended === 'done' ? papers : [] };
}

/** "1,000,001 papers, more than this page can hold (1,000,000)": past the limit a file is refused, not cut (a cut list would mislead). */
export function overLimit(papers: number, limit: number): string {
  return `${count(papers, 'paper')}, more than this page can hold (${limit.toLocaleString('en-GB')}).`;
}

function refused(file: string, reached: number, limit: number): ParseResult {
  const message = `The file reached ${overLimit(reached, limit)}`;
  return { format: 'unknown', papers: [], records: 0, problems: [{ file, message, action: 'refused' }] };
}
