/**
 * What the JSON-based parsers (app JSON, OpenAlex, Semantic Scholar, ORCID, CSL-JSON, arXiv JSON
 * Lines) share: reading text as JSON with a located error, reading values of unknown shape without
 * throwing, and filling a result record by record with a cap on problems.
 */
import type { Metric, Paper, ParseOptions, ParseResult, Problem } from './paper';
import { plausibleYears, undateImplausible } from './plausible-year';

export type Json = Record<string, unknown>;

/** Beyond this many problems only a count is kept, so a wrong huge file cannot fill memory. */
const MAX_PROBLEMS = 1000;

/**
 * Parses text as JSON, or explains on which line it is broken. Engines word errors differently
 * (V8 gives a position, Firefox a line, some neither); when the message has no place, the shortest
 * prefix that fails for another reason than ending early is found by bisection: slow, but only on
 * the error path.
 */
export function readJson(text: string, file: string): { value: unknown } | { problem: Problem } {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '')
    return { problem: { file, line: 1, message: 'The file is empty.', action: 'refused' } };
  try {
    return { value: JSON.parse(clean) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = /line (\d+)/.exec(message)?.[1];
    const at = line ? -1 : (failureAt(clean, clean.length) ?? clean.length);
    const why = message.length > 120 ? `${message.slice(0, 117)}…` : message;
    return {
      problem: {
        file,
        line: line ? Number(line) : lineOf(clean, at),
        message: `Not valid JSON (${why}).`,
        action: 'refused',
      },
    };
  }
}

/**
 * A format's text parser from its parser of decoded JSON: text that is not JSON gives a result
 * with the one refused problem `readJson` explains.
 */
export function parseJsonText(
  text: string,
  options: ParseOptions,
  format: string,
  parseValue: (value: unknown, options: ParseOptions) => ParseResult,
): ParseResult {
  const read = readJson(text, options.file);
  if ('value' in read) return parseValue(read.value, options);
  return { format, papers: [], problems: [read.problem], records: 0 };
}

/** The start of reading a decoded value: the file it came from and an empty result to fill. */
export function startRead(format: string, options: ParseOptions) {
  const result: ParseResult = { format, papers: [], problems: [], records: 0 };
  return { file: options.file, result, problems: result.problems };
}

/** Where `JSON.parse(text.slice(0, length))` fails other than by ending early; null when it does not. */
function failureAt(text: string, length: number): number | null {
  const prefix = text.slice(0, length);
  try {
    JSON.parse(prefix);
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (/end of (JSON )?(input|data)|EOF/i.test(message)) return null;
    const position = /position (\d+)/.exec(message);
    if (position) return Number(position[1]) >= length ? null : Number(position[1]);
    if (length === text.length) {
      let lo = 0;
      let hi = length; // invariant: the prefix of length hi fails, of length lo does not
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (failureAt(text, mid) === null) lo = mid;
        else hi = mid;
      }
      return hi - 1;
    }
    return length - 1;
  }
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Reads each record into a paper (records are numbered from 1; null means skipped, the reader
 * having said why) and counts them in the result. An implausible year is reported and dropped.
 */
export function readRecords(
  records: readonly unknown[],
  result: ParseResult,
  options: ParseOptions,
  toPaper: (raw: unknown, record: number) => Paper | null,
): void {
  result.records = records.length;
  const years = plausibleYears(options.asOf);
  const report = (problem: Problem) => result.problems.push(problem);
  records.forEach((raw, i) => {
    const paper = toPaper(raw, i + 1);
    // The record in this file: an app export keeps each paper's first source, which may be another file.
    if (paper)
      result.papers.push(undateImplausible(paper, years, report, { file: options.file, record: i + 1 }));
  });
}

/** Adds problems to `problems` until it holds `max`, then only counts them in `unlisted`. */
export function cappedProblems(problems: Problem[], max = MAX_PROBLEMS) {
  let unlisted = 0;
  return {
    add(problem: Problem): void {
      if (problems.length < max) problems.push(problem);
      else unlisted++;
    },
    get unlisted(): number {
      return unlisted;
    },
  };
}

/** Profile metrics from `[label, value]` pairs, keeping those whose value is a number. */
export function numericMetrics(pairs: readonly (readonly [string, unknown])[]): Metric[] {
  return pairs
    .filter(([, v]) => typeof v === 'number')
    .map(([label, value]) => ({ label, value: value as number, unit: '' }));
}

export function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The object, or an empty one: lets `obj(obj(a).b).c` read nested fields of unknown shape. */
export function obj(x: unknown): Json {
  return isObject(x) ? x : {};
}

/** The array, or an empty one. */
export function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** The string, or ''. */
export function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}
