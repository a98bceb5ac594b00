/**
 * OpenAlex API responses: a `/works` page (`{meta, results}`), a bare list of works, one work, or
 * an `/authors` entity (which names the profile and holds no papers). A work becomes a paper in
 * `openalex-paper.ts`.
 */
import {
  isObject,
  list,
  numericMetrics,
  obj,
  parseJsonText,
  readRecords,
  str,
  type Json,
} from './json-helpers';
import { openAlexPaper } from './openalex-paper';
import {
  emptyProfile,
  todayIso,
  type ParseOptions,
  type ParseResult,
  type Problem,
  type Profile,
} from './paper';
import { collapseSpaces } from './tidy-text';

export const FORMAT_OPENALEX = 'openalex';

/** True when the text looks like an OpenAlex API response (used by format detection). */
export function looksLikeOpenAlex(text: string): boolean {
  const head = text.slice(0, 8000);
  return /^\uFEFF?\s*[[{]/.test(head) && /"https:\/\/openalex\.org\/[WAST]\d+"/.test(head);
}

/** Parses the text of an OpenAlex response; never throws. */
export function parseOpenAlex(text: string, options: ParseOptions): ParseResult {
  return parseJsonText(text, options, FORMAT_OPENALEX, parseOpenAlexValue);
}

/** Parses an already-decoded OpenAlex response (for callers that fetched JSON themselves). */
export function parseOpenAlexValue(value: unknown, options: ParseOptions): ParseResult {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_OPENALEX, papers: [], problems, records: 0 };
  const works = Array.isArray(value) ? value : isObject(value) ? worksOf(value) : null;
  if (works) {
    readRecords(works, result, options, (w, record) =>
      openAlexPaper(w, file, record, problems, options.asOf),
    );
    if (isObject(value)) notePaging(value, works.length, file, problems);
  } else if (isObject(value) && isAuthor(value)) {
    result.profile = toProfile(value, options.asOf ?? todayIso());
  } else {
    const message = 'Not an OpenAlex response: expected a /works page, a work or an author.';
    problems.push({ file, record: 1, message, action: 'refused' });
  }
  return result;
}

function worksOf(value: Json): unknown[] | null {
  if (Array.isArray(value.results)) return value.results;
  if (/openalex\.org\/W\d+$/.test(str(value.id)) || 'authorships' in value) return [value];
  return null;
}

function isAuthor(value: Json): boolean {
  return /openalex\.org\/A\d+$/.test(str(value.id)) || ('works_count' in value && 'display_name' in value);
}

function toProfile(a: Json, asOf: string): Profile {
  const stats = obj(a.summary_stats);
  const metrics = numericMetrics([
    ['Works', a.works_count],
    ['Citations', a.cited_by_count],
    ['h-index', stats.h_index],
    ['i10-index', stats.i10_index],
  ]);
  const topic = collapseSpaces(str(obj(list(a.topics)[0]).display_name));
  return {
    ...emptyProfile(asOf),
    name: collapseSpaces(str(a.display_name)) || null,
    metrics,
    declaredPapers: typeof a.works_count === 'number' ? a.works_count : null,
    mainCategory: topic ? `openalex:${topic}` : null,
  };
}

function notePaging(page: Json, read: number, file: string, problems: Problem[]): void {
  const count = obj(page.meta).count;
  if (typeof count !== 'number' || count <= read) return;
  const message =
    read === 0
      ? `The page is empty although the query matched ${count} works: it is probably the page after the last one.`
      : `This page holds ${read} of the ${count} works the query matched.`;
  problems.push({ file, record: 1, message, action: 'noted' });
}
