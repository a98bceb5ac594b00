/**
 * The files a server loads, read as the page reads them: snapshot lines (arXiv, OpenAlex works,
 * plain or gzip) streamed from disk by the app's stream reader (data/stream/), so a file beyond
 * the page's 1 GB limit loads too; the save format (Parquet) by the app's binary reader; any other
 * file through the import pipeline (data/read-files.ts). Then merged as several files merge on
 * the page (duplicates joined, each join reported).
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { mergeResults } from '../../lib/data/merge-results';
import {
  emptyProfile,
  todayIso,
  type Paper,
  type ParseResult,
  type Problem,
  type Profile,
} from '../../lib/data/paper';
import { detectBinaryFormat, readBinaryFile } from '../../lib/data/read-binary';
import { readOne, reportOf } from '../../lib/data/read-files';
import type { ByteStream } from '../../lib/data/stream/byte-source';
import { collectPapers } from '../../lib/data/stream/collect-papers';
import { linesFormatOf } from '../../lib/data/stream/paper-lines';

export interface ReadCollection {
  papers: Paper[];
  profile: Profile;
  /** File names, as the page names a collection's source. */
  source: string;
  problems: Problem[];
  /** One line per file: "walmsley.txt: read as profile text: 16 records, 16 papers". */
  reports: string[];
}

export async function readInputs(
  paths: readonly string[],
  asOf: string | undefined,
  log: (text: string) => void,
): Promise<ReadCollection> {
  const results: ParseResult[] = [];
  const reports: string[] = [];
  for (const path of paths) {
    const name = basename(path);
    const result = await readInput(path, name, asOf, log);
    results.push(result);
    reports.push(reportOf(name, result).summary);
  }
  const merged = mergeResults(results);
  return {
    papers: merged.papers,
    profile: merged.profile ?? emptyProfile(asOf ?? todayIso()),
    source: paths.map((p) => basename(p)).join(', '),
    problems: merged.problems,
    reports,
  };
}

async function readInput(path: string, name: string, asOf: string | undefined, log: (t: string) => void) {
  const size = (await stat(path)).size;
  const kind = await kindOf(path);
  if (kind === 'lines' || kind === 'gzip') {
    const stream = Readable.toWeb(createReadStream(path)) as unknown as ByteStream;
    let said = 0;
    const result = await collectPapers(stream, {
      file: name,
      asOf,
      size,
      onProgress: (_, p) => {
        if (p.fraction !== null && p.fraction >= said + 0.1)
          log(`Reading ${name}: ${Math.round(100 * (said = p.fraction))}%`);
      },
    });
    // A gzip file of anything but paper lines is read whole, as the page reads it.
    if (kind === 'lines' || result.format !== 'unknown') return result;
  }
  const bytes = new Uint8Array(await readFile(path));
  if (kind === 'binary')
    return (await readBinaryFile({ name, bytes }, asOf)) ?? readOne({ name, bytes }, asOf);
  return readOne({ name, bytes }, asOf);
}

/** JSON lines of a paper format (streamed), gzip (streamed if lines), Parquet, or anything else. */
async function kindOf(path: string): Promise<'lines' | 'gzip' | 'binary' | 'other'> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1 << 20), 0, 1 << 20, 0);
    const head = new Uint8Array(buffer.subarray(0, bytesRead));
    if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    if (detectBinaryFormat(head) === 'parquet' || new TextDecoder().decode(head.subarray(0, 4)) === 'PAR1')
      return 'binary';
    const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
    const lines = text.split('\n');
    if (lines.length < 2) return 'other';
    try {
      return linesFormatOf(JSON.parse(lines[0])) ? 'lines' : 'other';
    } catch {
      return 'other';
    }
  } finally {
    await handle.close();
  }
}
