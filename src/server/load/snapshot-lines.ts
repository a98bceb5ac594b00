/**
 * Snapshot files of one JSON record a line (the arXiv metadata snapshot, OpenAlex works snapshot
 * lines), read line by line from disk so a file larger than the page's limit loads too. Each line
 * goes through the app's own record readers; a bad line is a problem with its line number and the
 * rest still loads. Other files go through the page's pipeline whole (read-inputs.ts).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createArxivJsonlReader, looksLikeArxivJsonl } from '../../lib/data/arxiv-jsonl';
import { parseOpenAlexValue } from '../../lib/data/openalex';
import type { ParseResult, Problem } from '../../lib/data/paper';

export type LineFormat = 'arxiv-jsonl' | 'openalex-jsonl';

/** Works parsed together: records are numbered within a group, so lines are kept beside them. */
const GROUP = 10_000;

/** The line format of a file, from its first line; null for anything else. */
export async function lineFormat(path: string): Promise<LineFormat | null> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1 << 20), 0, 1 << 20, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const lines = head.replace(/^\uFEFF/, '').split('\n');
    if (lines.length < 2 || !lines[0].trim().startsWith('{')) return null;
    if (looksLikeArxivJsonl(head)) return 'arxiv-jsonl';
    return /^\s*\{\s*"id"\s*:\s*"https:\/\/openalex\.org\/W\d+"/.test(lines[0]) ? 'openalex-jsonl' : null;
  } finally {
    await handle.close();
  }
}

/** Reads the file line by line; `onLine` gets the count of lines read so far now and then. */
export async function readLines(
  path: string,
  name: string,
  format: LineFormat,
  onProgress: (bytes: number) => void,
): Promise<ParseResult> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const sink = format === 'arxiv-jsonl' ? arxivSink(name) : openAlexSink(name);
  let n = 0;
  for await (const line of lines) {
    sink.line(line);
    if (++n % 50_000 === 0) onProgress(stream.bytesRead);
  }
  onProgress(stream.bytesRead);
  return sink.end();
}

function arxivSink(file: string) {
  const reader = createArxivJsonlReader({ file });
  return { line: (text: string) => reader.pushLine(text), end: () => reader.end() };
}

function openAlexSink(file: string) {
  const result: ParseResult = { format: 'openalex', papers: [], problems: [], records: 0 };
  let works: unknown[] = [];
  let lines: number[] = [];
  let at = 0;
  const flush = () => {
    const part = parseOpenAlexValue(works, { file });
    const lineOf = (record: number | undefined) => (record === undefined ? undefined : lines[record - 1]);
    result.papers.push(
      ...part.papers.map((p) => ({ ...p, source: { file, line: lineOf(p.source.record) } })),
    );
    result.problems.push(
      ...part.problems.map((p): Problem => ({ ...p, record: undefined, line: lineOf(p.record) })),
    );
    result.records += part.records;
    works = [];
    lines = [];
  };
  const line = (text: string) => {
    at++;
    if (!text.trim()) return;
    try {
      works.push(JSON.parse(text));
      lines.push(at);
    } catch {
      result.problems.push({ file, line: at, message: 'Not a JSON record; skipped.', action: 'skipped' });
      result.records++;
    }
    if (works.length >= GROUP) flush();
  };
  return {
    line,
    end: () => {
      if (works.length) flush();
      return result;
    },
  };
}
