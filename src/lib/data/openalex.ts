/**
 * OpenAlex API responses: a `/works` page (`{meta, results}`), a bare list of works, one work, or
 * an `/authors` entity (which names the profile and holds no papers). Works carry their abstract
 * only as an inverted index (word → positions) and topics instead of arXiv categories.
 */
import { readJson } from './app-json';
import {
  emptyProfile,
  makePaper,
  todayIso,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Problem,
  type Profile,
} from './paper';

export const FORMAT_OPENALEX = 'openalex';

type Json = Record<string, unknown>;

/** True when the text looks like an OpenAlex API response (used by format detection). */
export function looksLikeOpenAlex(text: string): boolean {
  const head = text.slice(0, 8000);
  return /^\uFEFF?\s*[[{]/.test(head) && /"https:\/\/openalex\.org\/[WAST]\d+"/.test(head);
}

/** Parses the text of an OpenAlex response; never throws. */
export function parseOpenAlex(text: string, options: ParseOptions): ParseResult {
  const read = readJson(text, options.file);
  if ('problem' in read) return { format: FORMAT_OPENALEX, papers: [], problems: [read.problem], records: 0 };
  return parseOpenAlexValue(read.value, options);
}

/** Parses an already-decoded OpenAlex response (for callers that fetched JSON themselves). */
export function parseOpenAlexValue(value: unknown, options: ParseOptions): ParseResult {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_OPENALEX, papers: [], problems, records: 0 };
  const works = Array.isArray(value) ? value : isObject(value) ? worksOf(value) : null;
  if (works) {
    result.records = works.length;
    works.forEach((w, i) => {
      const paper = toPaper(w, file, i + 1, problems);
      if (paper) result.papers.push(paper);
    });
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

function toPaper(w: unknown, file: string, record: number, problems: Problem[]): Paper | null {
  if (!isObject(w)) {
    problems.push({ file, record, message: `Work ${record} is not an object; skipped.`, action: 'skipped' });
    return null;
  }
  const title = collapse(str(w.title) || str(w.display_name));
  if (!title) {
    problems.push({ file, record, message: `Work ${record} has no title; skipped.`, action: 'skipped' });
    return null;
  }
  const authors = list(w.authorships)
    .map((a) => collapse(str(obj(obj(a).author).display_name) || str(obj(a).raw_author_name)))
    .filter(Boolean);
  if (authors.length === 0) {
    const message = `Work ${record} ("${clip(title)}") lists no authors; kept without them.`;
    problems.push({ file, record, message, action: 'noted' });
  }
  const { date, year } = dateOf(w);
  const doi = str(w.doi).replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const arxiv = arxivIdOf(w, doi);
  const primary = obj(w.primary_location);
  return makePaper({
    title,
    date,
    year,
    categories: topicsOf(w),
    authors,
    abstract: abstractOf(w.abstract_inverted_index),
    venue: collapse(str(obj(primary.source).display_name)),
    links: {
      ...(arxiv ? { arxiv } : {}),
      ...(doi ? { doi } : {}),
      ...(str(primary.landing_page_url) || str(w.id)
        ? { url: str(primary.landing_page_url) || str(w.id) }
        : {}),
    },
    source: { file, record },
  });
}

function dateOf(w: Json): { date: string | null; year: number | null } {
  const day = /^\d{4}-\d{2}-\d{2}$/.exec(str(w.publication_date))?.[0];
  if (day) return { date: day, year: Number(day.slice(0, 4)) };
  const year = Number.isInteger(w.publication_year) ? (w.publication_year as number) : null;
  return { date: year === null ? null : String(year), year };
}

/** arXiv ids are not in `ids`; they show in arXiv locations and in arXiv's DataCite DOIs. */
function arxivIdOf(w: Json, doi: string): string | undefined {
  const fromDoi = /^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1];
  if (fromDoi) return fromDoi;
  const locations = [w.primary_location, w.best_oa_location, ...list(w.locations)].map(obj);
  for (const loc of locations) {
    for (const url of [str(loc.landing_page_url), str(loc.pdf_url)]) {
      const m = /arxiv\.org\/(?:abs|pdf)\/([^?#\s]+?)(?:v\d+)?(?:\.pdf)?$/i.exec(url);
      if (m) return m[1];
    }
  }
  return undefined;
}

/** Topics as `openalex:` categories, the primary topic first. */
function topicsOf(w: Json): string[] {
  const names = [obj(w.primary_topic), ...list(w.topics).map(obj)].map((t) => collapse(str(t.display_name)));
  return [...new Set(names.filter(Boolean))].map((n) => `openalex:${n}`);
}

/**
 * Rebuilds the text from word → positions. Positions are normally dense (0…n-1) and go straight
 * into their slots; sparse or huge ones are sorted instead, so a bogus position cannot allocate.
 */
function abstractOf(index: unknown): string {
  if (!isObject(index)) return '';
  const pairs: [number, string][] = [];
  let max = -1;
  // Object.keys, not entries: these objects have thousands of keys and entries is 3× slower.
  for (const word of Object.keys(index)) {
    for (const p of list(index[word])) {
      if (Number.isInteger(p) && (p as number) >= 0) {
        pairs.push([p as number, word]);
        if ((p as number) > max) max = p as number;
      }
    }
  }
  if (max < 2 * pairs.length + 16) {
    const slots: string[] = new Array(max + 1).fill('');
    for (const [p, word] of pairs) slots[p] = slots[p] ? `${slots[p]} ${word}` : word;
    return slots.filter(Boolean).join(' ');
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.map((p) => p[1]).join(' ');
}

function toProfile(a: Json, asOf: string): Profile {
  const stats = obj(a.summary_stats);
  const metrics = [
    ['Works', a.works_count],
    ['Citations', a.cited_by_count],
    ['h-index', stats.h_index],
    ['i10-index', stats.i10_index],
  ]
    .filter(([, v]) => typeof v === 'number')
    .map(([label, value]) => ({ label: label as string, value: value as number, unit: '' }));
  const topic = collapse(str(obj(list(a.topics)[0]).display_name));
  return {
    ...emptyProfile(asOf),
    name: collapse(str(a.display_name)) || null,
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

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function obj(x: unknown): Json {
  return isObject(x) ? x : {};
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

/** Whitespace runs to one space; single spaces are not matched, which is several times faster. */
function collapse(s: string): string {
  return s.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
