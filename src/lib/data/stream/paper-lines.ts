/**
 * One line of a JSON-lines snapshot to a paper. The first JSON object tells the format: a record
 * of the arXiv metadata snapshot or an OpenAlex work; each later line is read as that format by
 * the app's per-record code (`arxiv-jsonl-paper.ts`, `openalex-paper.ts`).
 *
 *   line ─► JSON.parse ─► (first object: which format) ─► Paper | problem
 */
import { arxivJsonlPaper, type LineProblem } from '../arxiv-jsonl-paper';
import { cappedProblems, isObject } from '../json-helpers';
import { openAlexPaper } from '../openalex-paper';
import type { Paper, Problem } from '../paper';
import { plausibleYears, undateImplausible } from '../plausible-year';
import { paperSharer } from './shared-strings';

export const FORMAT_OPENALEX_JSONL = 'openalex-jsonl';
export type LinesFormat = 'arxiv-jsonl' | typeof FORMAT_OPENALEX_JSONL;

/** Lines read before the first JSON object; a file with none among them is not JSON lines. */
const DETECT_LINES = 100;

export interface PaperLineReader {
  /** The paper on the next line, or null (a blank line, a problem, or a refused file). */
  read(text: string): Paper | null;
  /** The next line is not valid UTF-8: a problem, and the stream goes on. */
  invalid(): void;
  /** Refuses the whole file (later lines are ignored). */
  refuse(message: string): void;
  readonly format: LinesFormat | null;
  /** Why the whole file is refused (not JSON lines of a known format); later lines are ignored. */
  readonly refusal: Problem | null;
  readonly line: number;
  readonly records: number;
  /** Problems listed (up to the app's cap) and how many more there were. */
  readonly problems: Problem[];
  readonly unlisted: number;
  /** Adds a problem of the file as a whole (it counts against the cap like any other). */
  add(problem: Problem): void;
  /** At the end of the text: refuses a file in which no format was found. */
  finish(): void;
}

/** The format a first JSON object shows, or null for neither. */
export function linesFormatOf(value: unknown): LinesFormat | null {
  if (!isObject(value) || typeof value.id !== 'string') return null;
  if (/^https:\/\/openalex\.org\/W\d+$/i.test(value.id) || 'authorships' in value)
    return FORMAT_OPENALEX_JSONL;
  if ('categories' in value || 'authors_parsed' in value || 'versions' in value) return 'arxiv-jsonl';
  return null;
}

/** `asOf` (ISO date) bounds the plausible years, as for the whole-file readers. */
export function createPaperLineReader(file: string, asOf?: string): PaperLineReader {
  const problems: Problem[] = [];
  const capped = cappedProblems(problems);
  const categoryCache = new Map<string, string[]>();
  const shared = paperSharer();
  const workProblems: Problem[] = [];
  let format: LinesFormat | null = null;
  let refusal: Problem | null = null;
  let line = 0;
  let records = 0;

  // Problems before the format is known wait: a file refused after 100 lines needs only the refusal.
  let waiting: Problem[] | null = [];
  const years = plausibleYears(asOf);
  const problem: LineProblem = (message, action, code) => {
    const p: Problem = { file, line, message, action, ...(code ? { code } : {}) };
    if (waiting) waiting.push(p);
    else capped.add(p);
  };
  const refuse = (message: string) => {
    refusal = { file, line: Math.max(1, line), message, action: 'refused' };
    problems.push(refusal);
    waiting = null;
  };

  const add = (p: Problem) => problem(p.message, p.action, p.code);
  const toPaper = (value: unknown): Paper | null => {
    let paper: Paper | null;
    if (format === 'arxiv-jsonl') paper = arxivJsonlPaper(value, file, line, categoryCache, problem);
    else {
      // One work per line: its record number is its line number.
      paper = openAlexPaper(value, file, line, workProblems);
      for (const p of workProblems) add(p);
      workProblems.length = 0;
      if (paper) paper = { ...paper, source: { file, line } };
    }
    return paper && shared(undateImplausible(paper, years, add));
  };

  /** Tells the format from the first JSON object; false while it is not known. */
  const detect = (value: unknown): boolean => {
    format = linesFormatOf(value);
    if (format) {
      for (const p of waiting ?? []) capped.add(p);
      waiting = null;
      return true;
    }
    if (isObject(value))
      refuse(
        'The first record is neither a line of the arXiv metadata snapshot nor an OpenAlex work: ' +
          'only these JSON lines are read as a stream.',
      );
    else if (line >= DETECT_LINES) refuse(`No JSON object in the first ${line} lines: not JSON lines.`);
    else if (value !== undefined) problem('Not a JSON object; skipped.', 'skipped');
    return false;
  };

  return {
    read(text) {
      line++;
      if (refusal) return null;
      // Most lines start with "{"; only others need the whitespace check (trim drops a BOM too).
      if (text.charCodeAt(0) !== 0x7b && text.trim() === '') return null;
      records++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        problem('Not valid JSON; skipped.', 'skipped');
        if (!format && line >= DETECT_LINES) detect(undefined);
        return null;
      }
      if (!format && !detect(value)) return null;
      return toPaper(value);
    },
    invalid() {
      line++;
      if (refusal) return;
      records++;
      problem('Not valid UTF-8; skipped. Save the file as UTF-8 to read it.', 'skipped', 'not-utf-8');
    },
    refuse,
    add: (p) => capped.add(p),
    finish() {
      if (format || refusal) return;
      if (records === 0) refuse('The file is empty.');
      else refuse(`No JSON object in its ${line} lines: not JSON lines.`);
    },
    get format() {
      return format;
    },
    get refusal() {
      return refusal;
    },
    get line() {
      return line;
    },
    get records() {
      return records;
    },
    problems,
    get unlisted() {
      return capped.unlisted;
    },
  };
}
