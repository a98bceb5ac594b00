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
 */
import { codeInComment } from './arxiv-atom';
import { canonicalCategory } from './arxiv-taxonomy';
import { makePaper, type Paper, type ParseOptions, type ParseResult, type Problem } from './paper';

export const FORMAT_ARXIV_JSONL = 'arxiv-jsonl';
/** Beyond this many problems only a count is kept, so a wrong multi-GB file cannot fill memory. */
const MAX_PROBLEMS = 1000;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** A reader fed chunk by chunk; `end` returns everything read. */
export interface ArxivJsonlReader {
  push(chunk: string): void;
  end(): ParseResult;
}

type Json = Record<string, unknown>;

/** True when the first line is a snapshot record (used by format detection). */
export function looksLikeArxivJsonl(text: string): boolean {
  const first = text
    .slice(0, 1 << 20)
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0];
  if (!/^\s*\{/.test(first) || !/"categories"\s*:/.test(first)) return false;
  try {
    const v: unknown = JSON.parse(first);
    return typeof v === 'object' && v !== null && typeof (v as Json).id === 'string';
  } catch {
    return false;
  }
}

/** Parses a whole snapshot text; for big files prefer the streaming reader. */
export function parseArxivJsonl(text: string, options: ParseOptions): ParseResult {
  const reader = createArxivJsonlReader(options);
  reader.push(text);
  return reader.end();
}

/** A streaming reader: lines may be split across chunks; bad lines become problems. */
export function createArxivJsonlReader(options: ParseOptions): ArxivJsonlReader {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_ARXIV_JSONL, papers: [], problems, records: 0 };
  const categoryCache = new Map<string, string[]>();
  let extraProblems = 0;
  let line = 0;
  // The unfinished line as pieces: joining only when its newline arrives keeps a huge line linear.
  let tail: string[] = [];
  let first = true;

  const problem = (message: string, action: Problem['action']) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line, message, action });
    else extraProblems++;
  };

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
      problem(`Line ${line} is not valid JSON; skipped.`, 'skipped');
      return;
    }
    const paper = toPaper(value, file, line, categoryCache, problem);
    if (paper) result.papers.push(paper);
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
    end() {
      if (tail.length) readLine(tail.join('').replace(/\r$/, ''));
      tail = [];
      if (result.records === 0 && problems.length === 0) {
        problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
      }
      if (extraProblems > 0) {
        const message = `${extraProblems} more problems like these were not listed.`;
        problems.push({ file, line, message, action: 'noted' });
      }
      return result;
    },
  };
}

function toPaper(
  value: unknown,
  file: string,
  line: number,
  categoryCache: Map<string, string[]>,
  problem: (message: string, action: Problem['action']) => void,
): Paper | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem(`Line ${line} is not a JSON object; skipped.`, 'skipped');
    return null;
  }
  const r = value as Json;
  const id = typeof r.id === 'string' ? r.id.trim() : '';
  const title = typeof r.title === 'string' ? collapse(r.title) : '';
  if (!id || !title) {
    problem(`Line ${line} has no ${id ? 'title' : 'arXiv id'}; skipped.`, 'skipped');
    return null;
  }
  let date = firstVersionDate(r.versions);
  if (!date) {
    date = dateFromId(id);
    const kept = date ? `the month ${date} was read from the id` : 'kept without a date';
    problem(`Line ${line} (${id}) has no date of its first version; ${kept}.`, 'repaired');
  }
  const cats = typeof r.categories === 'string' ? r.categories : '';
  let categories = categoryCache.get(cats);
  if (!categories) {
    // Few distinct category strings recur across millions of lines: resolve each once.
    categories = [
      ...new Set(
        cats
          .split(/\s+/)
          .filter(Boolean)
          .map((c) => canonicalCategory(c) ?? c),
      ),
    ];
    if (categoryCache.size < 100_000) categoryCache.set(cats, categories);
  }
  const doi = typeof r.doi === 'string' ? r.doi.trim().split(/\s+/)[0] : '';
  const code = typeof r.comments === 'string' ? codeInComment(r.comments) : { hasCode: false };
  return makePaper({
    title,
    date,
    precision: date ? (date.length === 10 ? 'day' : 'month') : null,
    categories,
    authors: authorsOf(r),
    abstract: typeof r.abstract === 'string' ? collapse(r.abstract) : '',
    hasCode: code.hasCode,
    venue: typeof r['journal-ref'] === 'string' ? collapse(r['journal-ref']) : '',
    links: {
      arxiv: id,
      url: `https://arxiv.org/abs/${id}`,
      ...(doi ? { doi } : {}),
      ...(code.url ? { code: code.url } : {}),
    },
    source: { file, line },
  });
}

/** `authors_parsed` is cleaner (TeX accents decoded); the raw `authors` string is the fallback. */
function authorsOf(r: Json): string[] {
  const parsed = r.authors_parsed;
  if (Array.isArray(parsed)) {
    const out: string[] = [];
    // A plain loop: this runs for every author of millions of papers.
    for (let i = 0; i < parsed.length; i++) {
      const a: unknown = parsed[i];
      if (!Array.isArray(a)) continue;
      let name = typeof a[1] === 'string' ? a[1].trim() : '';
      const last = typeof a[0] === 'string' ? a[0].trim() : '';
      const suffix = typeof a[2] === 'string' ? a[2].trim() : '';
      if (last) name = name ? `${name} ${last}` : last;
      if (suffix) name = name ? `${name} ${suffix}` : suffix;
      if (name) out.push(name);
    }
    return out;
  }
  if (typeof r.authors !== 'string') return [];
  return r.authors
    .split(/\s*,\s*|\s+and\s+/)
    .map(collapse)
    .filter(Boolean);
}

/** "Mon, 2 Apr 2007 19:18:42 GMT" → 2007-04-02, read by hand: Date.parse would apply local time. */
function firstVersionDate(versions: unknown): string | null {
  if (!Array.isArray(versions) || versions.length === 0) return null;
  const v = versions[0] as Json | null;
  const created = v && typeof v.created === 'string' ? v.created : '';
  const m = /(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/.exec(created);
  const month = m ? MONTHS.indexOf(m[2]) : -1;
  if (!m || month < 0 || month % 3 !== 0) return null;
  return `${m[3]}-${String(month / 3 + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** The id tells the month of submission: 0704.0001 and hep-ph/0703001 are April 2007. */
function dateFromId(id: string): string | null {
  const m = /^(?:[a-z-]+(?:\.[A-Z]{2})?\/)?(\d{2})(\d{2})[.\d]/.exec(id);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  const yy = Number(m[1]);
  return `${yy >= 91 ? 1900 + yy : 2000 + yy}-${m[2]}`;
}

/** Like `replace(/\s+/g, ' ')`, but single spaces are not matched: four times faster on abstracts. */
function collapse(s: string): string {
  return s.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}
