/**
 * Semantic Scholar Graph API responses: an author with papers (`{authorId, name, papers}`), a
 * paged list (`{data: [...]}` from `/author/{id}/papers` or search), a batch (an array from
 * `POST /paper/batch`, `null` where an id was not found) or one paper.
 */
import {
  isObject,
  list,
  numericMetrics,
  obj,
  parseJsonText,
  startRead,
  readRecords,
  str,
  type Json,
} from './json-helpers';
import { readCount, reportAt, type Report } from './citations';
import {
  emptyProfile,
  makeLinks,
  makePaper,
  todayIso,
  type Citations,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Problem,
  type Profile,
} from './paper';
import { clipText, collapseSpaces } from './tidy-text';
import { workTypeOf } from './work-types';

export const FORMAT_SEMANTIC_SCHOLAR = 'semantic-scholar';

/** True when the text looks like a Semantic Scholar response (used by format detection). */
export function looksLikeSemanticScholar(text: string): boolean {
  const head = text.slice(0, 8000);
  return /^\uFEFF?\s*[[{]/.test(head) && /"(paperId|authorId)"\s*:/.test(head) && !/openalex\.org/.test(head);
}

/** Parses a Semantic Scholar Graph API response; never throws. */
export function parseSemanticScholar(text: string, options: ParseOptions): ParseResult {
  return parseJsonText(text, options, FORMAT_SEMANTIC_SCHOLAR, readResponse);
}

function readResponse(value: unknown, options: ParseOptions): ParseResult {
  const { file, result, problems } = startRead(FORMAT_SEMANTIC_SCHOLAR, options);
  const records = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.papers)
      ? value.papers
      : isObject(value) && Array.isArray(value.data)
        ? value.data
        : isObject(value) && typeof value.title === 'string'
          ? [value]
          : null;
  if (isObject(value) && typeof value.authorId === 'string') {
    result.profile = toProfile(value, options.asOf ?? todayIso());
  }
  if (!records) {
    if (!result.profile) {
      const message = 'Not a Semantic Scholar response: expected an author, papers or a paper batch.';
      problems.push({ file, record: 1, message, action: 'refused' });
    }
    return result;
  }
  const asOf = options.asOf ?? todayIso();
  readRecords(records, result, options, (raw, record) => toPaper(raw, { file, record }, asOf, problems));
  const declared = result.profile?.declaredPapers;
  if (typeof declared === 'number' && declared !== result.papers.length) {
    const message = `The author record says ${declared} papers but ${result.papers.length} were read.`;
    problems.push({ file, record: 1, message, action: 'noted' });
  }
  return result;
}

function toPaper(
  raw: unknown,
  { file, record }: { file: string; record: number },
  asOf: string,
  problems: Problem[],
): Paper | null {
  if (raw === null) {
    const message = 'null: no paper was found for that id; skipped.';
    problems.push({ file, record, message, action: 'skipped' });
    return null;
  }
  // `/author/{id}/papers` with citation fields wraps each paper.
  const p = isObject(raw) && isObject(raw.citedPaper) ? raw.citedPaper : raw;
  const title = isObject(p) ? collapseSpaces(str(p.title)) : '';
  if (!isObject(p) || !title) {
    const message = 'The paper has no title; skipped.';
    problems.push({ file, record, message, action: 'skipped', code: 'no-title' });
    return null;
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.exec(str(p.publicationDate))?.[0];
  const year = day ? Number(day.slice(0, 4)) : Number.isInteger(p.year) ? (p.year as number) : null;
  if (year === null) {
    const message = `"${clipText(title)}" has no year or date; kept without a date.`;
    problems.push({ file, record, message, action: 'noted', code: 'no-date' });
  }
  const ids = obj(p.externalIds);
  const arxiv = str(ids.ArXiv).trim();
  const doi = str(ids.DOI).trim();
  const url = str(p.url);
  const oa = str(obj(p.openAccessPdf).url);
  return makePaper({
    ...citationsOf(p, asOf, reportAt(problems, { file, record }, title)),
    title,
    date: day ?? (year === null ? null : String(year)),
    year,
    categories: fieldsOf(p),
    authors: list(p.authors)
      .map((a) => collapseSpaces(str(obj(a).name)))
      .filter(Boolean),
    abstract: collapseSpaces(str(p.abstract)),
    venue: collapseSpaces(str(p.venue) || str(obj(p.journal).name) || str(obj(p.publicationVenue).name)),
    links: makeLinks({ arxiv, doi, url, oa }),
    source: { file, record },
  });
}

/** `citationCount` with `influentialCitationCount`, and the first publication type that means one. */
function citationsOf(p: Json, asOf: string, report: Report): Pick<Paper, 'citations' | 'type'> {
  const count = readCount(p.citationCount, 'The citation count (citationCount)', report);
  const influential = readCount(p.influentialCitationCount, 'The influential citation count', report);
  const types = list(p.publicationTypes).map((t) => workTypeOf(str(t)));
  const type = types.find((t) => t && t !== 'other') ?? types[0];
  const citations: Citations | null =
    count === null
      ? null
      : { count, source: 'Semantic Scholar', asOf, ...(influential !== null ? { influential } : {}) };
  return { ...(citations ? { citations } : {}), ...(type ? { type } : {}) };
}

/** `fieldsOfStudy` (external sources) first, then the model-assigned `s2FieldsOfStudy`. */
function fieldsOf(p: Json): string[] {
  const names = [
    ...list(p.fieldsOfStudy).map(str),
    ...list(p.s2FieldsOfStudy).map((f) => str(obj(f).category)),
  ].map(collapseSpaces);
  return [...new Set(names.filter(Boolean))].map((n) => `s2:${n}`);
}

function toProfile(a: Json, asOf: string): Profile {
  const metrics = numericMetrics([
    ['Papers', a.paperCount],
    ['Citations', a.citationCount],
    ['h-index', a.hIndex],
  ]);
  return {
    ...emptyProfile(asOf),
    name: collapseSpaces(str(a.name)) || null,
    metrics,
    declaredPapers: typeof a.paperCount === 'number' ? a.paperCount : null,
  };
}
