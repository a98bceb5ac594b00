/**
 * The files a server loads, read as the page reads them: each file through the app's import
 * pipeline (decode strictly, detect, parse: data/read-files.ts), snapshot lines line by line from
 * disk, then merged as several files merge on the page (duplicates joined, each join reported).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { mergeResults } from '../../lib/data/merge-results';
import {
  emptyProfile,
  todayIso,
  type Paper,
  type ParseResult,
  type Problem,
  type Profile,
} from '../../lib/data/paper';
import { readOne, reportOf } from '../../lib/data/read-files';
import { lineFormat, readLines } from './snapshot-lines';

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
    const size = (await stat(path)).size;
    const format = await lineFormat(path);
    const result = format
      ? await readLines(path, name, format, (bytes) => log(`Reading ${name}: ${percent(bytes, size)}`))
      : await readOne({ name, bytes: new Uint8Array(await readFile(path)) }, asOf);
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

const percent = (part: number, whole: number) =>
  `${whole ? Math.min(100, Math.round((100 * part) / whole)) : 100}%`;
