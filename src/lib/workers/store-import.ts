/**
 * JSON-lines bytes → papers → columnar store, in chunks with progress. The worker runs this; the
 * benchmark runs the same function in Node.
 *
 *   bytes ─► lines (split on byte 10) ─► TextDecoder per line ─► arXiv JSON-lines reader ─► Paper[]
 *         ─► people (merged, or exact names above MERGE_LIMIT) ─► store (+ text search)
 */
import { createArxivJsonlReader } from '../data/arxiv-jsonl';
import type { Paper, Problem } from '../data/paper';
import { MERGE_LIMIT, storeFromPapers, type ColumnarStore } from '../model/columnar-store';
import { mergePeople } from '../model/name-merge';
import { attachSearch } from '../model/store-masks';

/** Progress is reported after about this many bytes. */
export const IMPORT_SLICE_BYTES = 4 * 1024 * 1024;

export interface ImportProgress {
  bytes: number;
  total: number;
  records: number;
}

export interface ImportedStore {
  store: ColumnarStore;
  papers: Paper[];
  problems: Problem[];
  records: number;
  /** Whether people ids come from name merging (else exact normalised names). */
  merged: boolean;
}

export interface ImportOptions {
  file: string;
  /** Called after each slice; the worker forwards it as a progress message. */
  onProgress?: (p: ImportProgress) => void;
  /** Collections up to this size get merged names (default MERGE_LIMIT). */
  mergeLimit?: number;
}

/**
 * Reads snapshot lines from `bytes` (UTF-8) into a store. Each line is decoded on its own: an
 * ASCII line then becomes a one-byte string, which JSON.parse and the text clean-ups read faster
 * than the two-byte string a whole file with a few accented names decodes to.
 */
export function importJsonl(bytes: Uint8Array, options: ImportOptions): ImportedStore {
  const reader = createArxivJsonlReader({ file: options.file });
  const decoder = new TextDecoder('utf-8');
  let records = 0;
  let nextReport = IMPORT_SLICE_BYTES;
  for (let at = 0; at < bytes.length;) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) nl = bytes.length;
    const end = nl > at && bytes[nl - 1] === 13 ? nl - 1 : nl;
    reader.pushLine(decoder.decode(bytes.subarray(at, end)));
    records++;
    at = nl + 1;
    if (at >= nextReport || at >= bytes.length) {
      options.onProgress?.({ bytes: Math.min(at, bytes.length), total: bytes.length, records });
      nextReport = at + IMPORT_SLICE_BYTES;
    }
  }
  const result = reader.end();
  return storeOfPapers(result.papers, result.problems, result.records, options.mergeLimit);
}

/** Builds the store of papers already parsed (the main thread's import hands them over). */
export function storeOfPapers(
  papers: Paper[],
  problems: Problem[] = [],
  records = papers.length,
  mergeLimit = MERGE_LIMIT,
): ImportedStore {
  const merged = papers.length <= mergeLimit;
  const store = storeFromPapers(papers, merged ? { people: mergePeople(papers) } : {});
  attachSearch(store, papers);
  return { store, papers, problems, records, merged };
}
