/**
 * The arXiv metadata snapshot (Kaggle's `arxiv-metadata-oai-snapshot.json`): JSON Lines, one paper
 * per line, millions of lines. Read it with `createArxivJsonlReader` chunk by chunk:
 *
 *   chunk ──► push ──► complete lines ──► JSON.parse ──► Paper
 *                  └─► the unfinished tail waits for the next chunk
 *
 * A line: {"id":"0704.0001","authors":"…","authors_parsed":[["Last","First",""]],"title":"…",
 *   "abstract":"…","categories":"hep-ph hep-th","versions":[{"created":"Mon, 2 Apr 2007 …"}],
 *   "update_date":"2008-11-13","doi":"…","journal-ref":"…","comments":"…"}
 * It becomes a paper in `arxiv-jsonl-paper.ts`.
 */
import { arxivJsonlPaper, type LineProblem } from './arxiv-jsonl-paper';
import { cappedProblems, isObject } from './json-helpers';
import type { ParseOptions, ParseResult, Problem } from './paper';
import { plausibleYears, undateImplausible } from './plausible-year';

export const FORMAT_ARXIV_JSONL = 'arxiv-jsonl';

/** A reader fed chunk by chunk; `end` returns everything read. */
export interface ArxivJsonlReader {
  push(chunk: string): void;
  /** One whole line, without its line break (for callers that split bytes themselves). */
  pushLine(line: string): void;
  end(): ParseResult;
}

/** True when the first line is a snapshot record (used by format detection). */
export function looksLikeArxivJsonl(text: string): boolean {
  const first = text
    .slice(0, 1 << 20)
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0];
  if (!/^\s*\{/.test(first) || !/"categories"\s*:/.test(first)) return false;
  try {
    const v: unknown = JSON.parse(first);
    return isObject(v) && typeof v.id === 'string';
  } catch {
    return false;
  }
}

/** Progress is reported after each piece of about this many characters. */
const PROGRESS_CHARS = 4 * 1024 * 1024;

/** Parses a whole snapshot text, in pieces cut at line ends so progress can be reported. */
export function parseArxivJsonl(text: string, options: ParseOptions): ParseResult {
  const reader = createArxivJsonlReader(options);
  if (!options.onProgress) reader.push(text);
  else {
    for (let at = 0; at < text.length;) {
      const cut = text.indexOf('\n', Math.min(at + PROGRESS_CHARS, text.length - 1));
      const end = cut < 0 ? text.length : cut + 1;
      reader.push(text.slice(at, end));
      at = end;
      options.onProgress(at / text.length);
    }
  }
  return reader.end();
}

/** A streaming reader: lines may be split across chunks; bad lines become problems. */
export function createArxivJsonlReader(options: ParseOptions): ArxivJsonlReader {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_ARXIV_JSONL, papers: [], problems, records: 0 };
  const categoryCache = new Map<string, string[]>();
  // Past the cap only a count is kept, so a wrong multi-GB file cannot fill memory.
  const capped = cappedProblems(problems);
  const years = plausibleYears(options.asOf);
  let line = 0;
  // The unfinished line as pieces: joining only when its newline arrives keeps a huge line linear.
  let tail: string[] = [];
  let first = true;

  const problem: LineProblem = (message, action, code) =>
    capped.add({ file, line, message, action, ...(code ? { code } : {}) });

  const readLine = (text: string) => {
    line++;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.trim() === '') return;
    result.records++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problem('Not valid JSON; skipped.', 'skipped');
      return;
    }
    const paper = arxivJsonlPaper(value, file, line, categoryCache, problem);
    if (paper) result.papers.push(undateImplausible(paper, years, capped.add));
  };

  return {
    push(chunk: string) {
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
        const piece = chunk.slice(start, nl > start && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
        readLine(tail.length ? tail.join('') + piece : piece);
        tail = [];
        start = nl + 1;
      }
      if (start < chunk.length) tail.push(chunk.slice(start));
    },
    pushLine: readLine,
    end() {
      if (tail.length) readLine(tail.join('').replace(/\r$/, ''));
      tail = [];
      if (result.records === 0 && problems.length === 0) {
        problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
      }
      if (capped.unlisted > 0) {
        const message = `${capped.unlisted} more problems like these were not listed.`;
        problems.push({ file, line, message, action: 'noted' });
      }
      return result;
    },
  };
}
