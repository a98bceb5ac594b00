/**
 * Streams big JSON-lines files into the page through a worker (data/stream-worker.ts): papers are
 * counted as they arrive (and shown in a preview, see importer), Cancel stops at once, and nothing
 * replaces the collection until the whole file is read, so a cancelled, cut or too large file
 * leaves the current one as it was.
 */
import type { Paper, ParseResult } from '../data/paper';
import type { StreamProgress, StreamResult } from '../data/stream/paper-stream';

export interface StreamedFile {
  /** The papers and problems; null when cancelled. */
  result: Promise<ParseResult | null>;
  cancel: () => void;
  /** The papers read so far (grows as the file streams in). */
  papers: readonly Paper[];
}

/**
 * Reads `file` in a worker. `limit` papers at most: a file that goes past it is refused with the
 * count it reached (a cut list would mislead), rather than running the tab out of memory.
 */
export function streamFile(
  file: File,
  options: { asOf: string; limit: number; onProgress: (p: StreamProgress) => void },
): StreamedFile {
  const worker = new Worker(new URL('../data/stream-worker.ts', import.meta.url), { type: 'module' });
  const papers: Paper[] = [];
  let settle: (r: ParseResult | null) => void = () => undefined;
  const result = new Promise<ParseResult | null>((resolve, reject) => {
    settle = (r) => {
      worker.terminate();
      resolve(r);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
  });
  const refuse = (message: string, line?: number): ParseResult => ({
    format: 'unknown',
    papers: [],
    records: 0,
    problems: [{ file: file.name, line, message, action: 'refused' }],
  });
  worker.onmessage = (
    e: MessageEvent<{ papers?: Paper[]; progress?: StreamProgress; done?: StreamResult; failed?: string }>,
  ) => {
    const { data } = e;
    if (data.failed) return settle(refuse(`Could not read the file: ${data.failed}`));
    if (data.done) return settle(finished(data.done, papers));
    for (const p of data.papers ?? []) papers.push(p);
    if (papers.length > options.limit) {
      const reached = `The file reached ${papers.length.toLocaleString('en-GB')} papers`;
      return settle(
        refuse(`${reached}, more than this page can hold (${options.limit.toLocaleString('en-GB')}).`),
      );
    }
    if (data.progress) options.onProgress(data.progress);
  };
  worker.postMessage({ file, asOf: options.asOf });
  return { result, cancel: () => settle(null), papers };
}

/**
 * A file read to its end is a result. One stopped by a refusal (a cut gzip, UTF-16) keeps no
 * paper; lines of another kind keep their record count, so the importer can read them whole.
 */
function finished(done: StreamResult, papers: Paper[]): ParseResult {
  const { format, records, problems } = done;
  return { format, records, problems, papers: done.ended === 'done' ? papers : [] };
}
