/**
 * Reads a JSON-lines snapshot of any size as it arrives, handing papers over in batches so the
 * first views can draw before the end:
 *
 *   ReadableStream ─► (gunzip) ─► lines ─► paper-lines ─► batch ─► onBatch(papers, progress)
 *
 * Memory holds one piece of the file and the current batch; the limit is what the caller keeps.
 * A line that is not a paper is a problem with its line number and never stops the stream.
 */
import type { Paper, Problem } from '../paper';
import { openByteSource, type ByteStream } from './byte-source';
import { createLineBlocks } from './line-blocks';
import { createPaperLineReader, type LinesFormat } from './paper-lines';
import { readProblem } from './read-problem';

/** How often reading gives way to other tasks (messages, timers). */
const YIELD_MS = 20;
/** Pieces are read a slice at a time: the block each decodes at once (see line-blocks.ts). */
const SLICE_BYTES = 32 * 1024;

export interface StreamProgress {
  /** Bytes read from the file (compressed bytes for gzip). */
  bytes: number;
  /** The file's size when known (`File.size`), else null. */
  total: number | null;
  /** bytes / total, or null without a size. */
  fraction: number | null;
  records: number;
  papers: number;
  problems: number;
}

export interface StreamOptions {
  /** The file's name, for messages and for telling a `.gz` file. */
  file: string;
  /** ISO date: years after it (and before 1600) are not plausible publication years. Default today. */
  asOf?: string;
  /** The file's size in bytes, for progress as a fraction. */
  size?: number;
  /** Stops reading at once; the result then ends as 'cancelled'. */
  signal?: AbortSignal;
  /** Gets each batch (a new array each time) and the progress so far; also called with [] to report progress. */
  onBatch?: (papers: Paper[], progress: StreamProgress) => void;
  /**
   * A batch is handed over at this many papers (default 1,000: papers handed on soon die young,
   * which costs the garbage collector a quarter less than batches of 5,000 in Node)…
   */
  batchPapers?: number;
  /** …or after this many milliseconds (default 50), whichever comes first. */
  batchMs?: number;
}

export interface StreamResult {
  format: LinesFormat | 'unknown';
  records: number;
  papers: number;
  /** Up to the app's cap, then one note counting the rest. */
  problems: Problem[];
  bytes: number;
  compressed: boolean;
  /** 'refused': the file stopped being read for a reason its problems give (format, damaged gzip). */
  ended: 'done' | 'cancelled' | 'refused';
}

/** Reads `stream` to its end (or the signal, or a refusal); never throws for bad input. */
export async function streamPapers(stream: ByteStream, options: StreamOptions): Promise<StreamResult> {
  const { file, signal, onBatch } = options;
  const batchPapers = options.batchPapers ?? 1000;
  const batchMs = options.batchMs ?? 50;
  const lines = createPaperLineReader(file, options.asOf);
  let batch: Paper[] = [];
  let papers = 0;
  const splitter = createLineBlocks(
    (text) => {
      const paper = lines.read(text);
      if (paper) batch.push(paper);
    },
    () => lines.invalid(),
  );
  const source = await openByteSource(stream, file);
  if (source.misnamed) {
    const message = 'The name ends in .gz but the file is not gzip-compressed; read as it is.';
    lines.add({ file, line: 1, message, action: 'noted' });
  }
  const progress = (): StreamProgress => {
    const total = options.size ?? null;
    const fraction = total ? Math.min(1, source.bytesRead / total) : null;
    const problems = lines.problems.length + lines.unlisted;
    return { bytes: source.bytesRead, total, fraction, records: lines.records, papers, problems };
  };
  let flushedAt = performance.now();
  let yieldedAt = flushedAt;
  const flush = async () => {
    const out = batch;
    batch = [];
    papers += out.length;
    onBatch?.(out, progress());
    flushedAt = performance.now();
    // A task boundary now and then, so a worker sees the message that aborts it.
    if (flushedAt - yieldedAt >= YIELD_MS) {
      await nextTask();
      yieldedAt = performance.now();
    }
  };
  const stop = () => void source.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  let ended: StreamResult['ended'] = 'done';
  // The next piece is asked for before this one is read, so the file's reading overlaps ours.
  const ahead = () => {
    const next = source.next();
    next.catch(() => undefined);
    return next;
  };
  let pending = ahead();
  let first = true;
  try {
    for (;;) {
      if (signal?.aborted) break;
      let chunk: Uint8Array | null;
      try {
        chunk = await pending;
      } catch (error) {
        if (signal?.aborted) break;
        // The cut last line is not read: it would only add a second problem.
        lines.add(readProblem(error, source, file, lines.line));
        ended = 'refused';
        break;
      }
      if (signal?.aborted) break;
      if (chunk === null) {
        splitter.end();
        lines.finish();
        break;
      }
      if (first && isUtf16(chunk)) {
        lines.refuse('The file is UTF-16; JSON lines are read as UTF-8. Save it as UTF-8 and load it again.');
        break;
      }
      first = false;
      pending = ahead();
      // A source may hand over pieces of any size: batches and the signal are checked every slice.
      for (let at = 0; at < chunk.length && !lines.refusal && !signal?.aborted; at += SLICE_BYTES) {
        splitter.push(chunk.subarray(at, at + SLICE_BYTES));
        if (batch.length >= batchPapers || performance.now() - flushedAt >= batchMs) await flush();
      }
      if (lines.refusal) break;
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  if (signal?.aborted) {
    ended = 'cancelled';
    stop();
    batch = [];
  } else {
    if (lines.refusal) {
      ended = 'refused';
      stop();
    }
    await flush();
  }
  const problems = [...lines.problems];
  if (lines.unlisted > 0) {
    const message = `${lines.unlisted} more problems like these were not listed.`;
    problems.push({ file, line: lines.line, message, action: 'noted' });
  }
  return {
    format: lines.format ?? 'unknown',
    records: lines.records,
    papers,
    problems,
    bytes: source.bytesRead,
    compressed: source.compressed,
    ended,
  };
}

/** A UTF-16 byte-order mark. */
function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Resolves in a new task (not a microtask): lets pending messages and timers run. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
