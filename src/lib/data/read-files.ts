/**
 * Reads user files into one collection: decode (strictly), detect, parse, merge. Large files are
 * parsed in a worker by the caller; this module is the same code path either way.
 */
import { count } from '../text/count-words';
import { decodeBytes } from './decode-text';
import { readBinaryFile } from './read-binary';
import { FORMAT_LABELS, parseText, type FormatId } from './parse-text';
import { mergeResults, type MergedCollection } from './merge-results';
import type { ParseResult } from './paper';

/** Files above this size are refused: the limit keeps a tab from running out of memory. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
/** Collections above this many papers are refused whole rather than cut: a partial list would mislead. */
export const MAX_PAPERS = 2_000_000;

export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

export interface FileReport {
  name: string;
  /** "read as BibTeX: 24 records, 24 papers", then "; the profile of Jane Doe" for a profile */
  summary: string;
  papers: number;
}

export async function readOne(
  input: FileInput,
  asOf?: string,
  onProgress?: (fraction: number) => void,
): Promise<ParseResult> {
  if (input.bytes.length > MAX_FILE_BYTES) {
    return refused(
      input.name,
      `The file is ${(input.bytes.length / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB.`,
    );
  }
  // Parquet (the save format) and gzip are told by their bytes; their readers load only then.
  const binary = await readBinaryFile(input, asOf, onProgress);
  if (binary) return capped(input.name, refusedAsUnread(binary));
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return refused(input.name, decoded.message, decoded.line);
  return capped(input.name, await parseText(decoded.text, { file: input.name, asOf, onProgress }));
}

/** A Parquet file of another shape is not "read as this app's Parquet": it is not read at all. */
function refusedAsUnread(result: ParseResult): ParseResult {
  const refusedWhole = result.papers.length === 0 && result.problems.some((p) => p.action === 'refused');
  return refusedWhole ? { ...result, format: 'unknown', records: 0 } : result;
}

function capped(file: string, result: ParseResult): ParseResult {
  if (result.papers.length <= MAX_PAPERS) return result;
  return refused(file, `The file holds ${result.papers.length} papers; the limit is ${MAX_PAPERS}.`);
}

function refused(file: string, message: string, line?: number): ParseResult {
  return {
    format: 'unknown',
    papers: [],
    records: 0,
    problems: [{ file, line, message, action: 'refused' }],
  };
}

export function reportOf(name: string, r: ParseResult): FileReport {
  const label = FORMAT_LABELS[r.format as FormatId] ?? 'an unknown format';
  const summary =
    r.format === 'unknown'
      ? `${name}: not read`
      : `${name}: read as ${label}: ${count(r.records, 'record')}, ${count(r.papers.length, 'paper')}${r.profile?.name ? `; the profile of ${r.profile.name}` : ''}`;
  return { name, summary, papers: r.papers.length };
}

/**
 * Reads every file and merges them. `onProgress` gets the share of all bytes read so far (0–1):
 * within a file as its parser reports it, else when the file is done.
 */
export async function readFiles(
  inputs: readonly FileInput[],
  asOf?: string,
  onProgress?: (fraction: number) => void,
): Promise<{ merged: MergedCollection; reports: FileReport[]; results: ParseResult[] }> {
  const results: ParseResult[] = [];
  const total = inputs.reduce((n, f) => n + f.bytes.length, 0) || 1;
  let done = 0;
  for (const input of inputs) {
    const size = input.bytes.length;
    const report = onProgress && ((f: number) => onProgress((done + f * size) / total));
    results.push(await readOne(input, asOf, report));
    done += size;
    onProgress?.(done / total);
  }
  return {
    merged: mergeResults(results),
    reports: inputs.map((f, i) => reportOf(f.name, results[i])),
    results,
  };
}
