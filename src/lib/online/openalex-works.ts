/**
 * All works of one OpenAlex author, with cursor paging: `cursor=*`, then each page's
 * `meta.next_cursor`, 200 works a page, until the cursor is null or a page comes back empty
 * (OpenAlex answers the page after the last with `results: []`). Pages are parsed by the same
 * code as a saved OpenAlex file, and duplicates across pages merged.
 */
import { mergeResults } from '../data/merge-results';
import { parseOpenAlexValue } from '../data/openalex';
import type { ParseResult, Problem, Profile } from '../data/paper';
import { combineTimes, type PageTimes } from './fetched-pages';
import type { Fetched, Http, RequestOptions } from './http';
import { OPENALEX_API } from './openalex-search';

/** 50 pages of 200: ten thousand works is more than any one person writes. */
const MAX_PAGES = 50;
export const WORK_FIELDS =
  'id,doi,title,display_name,publication_year,publication_date,primary_location,best_oa_location,locations,authorships,primary_topic,topics,abstract_inverted_index';

export interface WorksProgress {
  fetched: number;
  /** What OpenAlex says the query matches, once the first page is in. */
  total: number | null;
  page: number;
}

export interface WorksOptions extends RequestOptions {
  asOf: string;
  profile?: Profile;
  onProgress?: (p: WorksProgress) => void;
}

/** The URL of one page of an author's works. */
export function authorWorksUrl(authorId: string, cursor: string): string {
  return `${OPENALEX_API}/works?filter=authorships.author.id:${authorId}&per-page=200&select=${WORK_FIELDS}&cursor=${encodeURIComponent(cursor)}`;
}

/** Every work of the author as one parse result, or the first error (nothing partial). */
export async function fetchAuthorWorks(
  http: Http,
  authorId: string,
  options: WorksOptions,
): Promise<Fetched<ParseResult>> {
  const pages: ParseResult[] = [];
  const times: PageTimes[] = [];
  const problems: Problem[] = [];
  let cursor = '*';
  let total: number | null = null;
  let fetched = 0;
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) {
      const message = `Stopped after ${fetched} works (${MAX_PAGES} pages); OpenAlex lists ${total}.`;
      problems.push({ file: `OpenAlex ${authorId}`, message, action: 'noted' });
      break;
    }
    const got = await http.getJson('openalex', authorWorksUrl(authorId, cursor), options);
    if (!got.ok) return got;
    times.push(got);
    const { meta, results } = (got.value ?? {}) as { meta?: Record<string, unknown>; results?: unknown };
    if (!Array.isArray(results)) {
      const message = `api.openalex.org sent page ${page} of the works without a list of results.`;
      return { ok: false, error: { kind: 'malformed', service: 'openalex', message } };
    }
    if (typeof meta?.count === 'number') total = meta.count;
    if (results.length === 0) break;
    pages.push(
      parseOpenAlexValue(results, { file: `OpenAlex ${authorId}, page ${page}`, asOf: options.asOf }),
    );
    fetched += results.length;
    options.onProgress?.({ fetched, total, page });
    const next = meta?.next_cursor;
    if (typeof next !== 'string' || !next) break;
    cursor = next;
  }
  if (fetched === 0 && total) {
    const message = `OpenAlex counts ${total} works but sent none; try again later.`;
    problems.push({ file: `OpenAlex ${authorId}`, message, action: 'noted' });
  }
  const merged = mergeResults(pages);
  const result: ParseResult = {
    format: 'openalex',
    papers: merged.papers,
    problems: [...merged.problems, ...problems],
    records: fetched,
    ...(options.profile ? { profile: options.profile } : {}),
  };
  return { ok: true, value: result, ...combineTimes(times, new Date().toISOString()) };
}
