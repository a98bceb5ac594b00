/**
 * arXiv's API (`export.arxiv.org/api/query`, Atom): an author query paged 100 entries at a time,
 * or a list of ids. The rate limiter keeps three seconds between requests, as arXiv asks. arXiv
 * sends no CORS headers, so only Node (the CLI) can call it; `http.ts` refuses in a browser.
 */
import { parseArxivAtom } from '../data/arxiv-atom';
import { mergeResults } from '../data/merge-results';
import type { ParseResult, Problem } from '../data/paper';
import { combineTimes, type PageTimes } from './fetched-pages';
import type { Fetched, Http, RequestOptions } from './http';

export const ARXIV_API = 'https://export.arxiv.org/api/query';
const PAGE = 100;
const ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

export interface ArxivOptions extends RequestOptions {
  asOf: string;
  /** Stop after this many entries; default 1000. */
  maxResults?: number;
  onProgress?: (p: { fetched: number; total: number | null }) => void;
}

/** Ids when the text is a comma- or space-separated list of arXiv ids, else null. */
export function readArxivIds(text: string): string[] | null {
  const ids = text.split(/[\s,]+/).filter(Boolean);
  return ids.length > 0 && ids.every((id) => ID.test(id)) ? ids : null;
}

/** A name becomes an author query (`au:"Mike Walmsley"`); text with a field prefix is used as is. */
export function arxivAuthorQuery(text: string): string {
  return /\b(au|ti|abs|cat|all|id):/.test(text) ? text : `au:"${text.replace(/"/g, '')}"`;
}

/** The URL of one page of a query, newest first. */
export function arxivSearchUrl(query: string, start: number, max = PAGE): string {
  return `${ARXIV_API}?search_query=${encodeURIComponent(query)}&start=${start}&max_results=${max}&sortBy=submittedDate&sortOrder=descending`;
}

/** The URL that fetches the given ids in one request. */
export function arxivIdsUrl(ids: readonly string[]): string {
  return `${ARXIV_API}?id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`;
}

/** Every entry of a query (up to `maxResults`), or the first error. */
export async function fetchArxivQuery(http: Http, query: string, options: ArxivOptions) {
  const max = options.maxResults ?? 1000;
  const urlAt = (page: number) => {
    const start = page * PAGE;
    return start < max ? arxivSearchUrl(query, start, Math.min(PAGE, max - start)) : null;
  };
  return fetchFeeds(http, urlAt, `arXiv query ${query}`, options);
}

/** The entries of the given ids (up to 100 per request). */
export async function fetchArxivIds(http: Http, ids: readonly string[], options: ArxivOptions) {
  const urlAt = (page: number) => {
    const start = page * PAGE;
    return start < ids.length ? arxivIdsUrl(ids.slice(start, start + PAGE)) : null;
  };
  // Each id batch is its own feed, so its total says nothing about the next batch.
  return fetchFeeds(http, urlAt, 'arXiv ids', { ...options, maxResults: ids.length }, false);
}

async function fetchFeeds(
  http: Http,
  urlAt: (page: number) => string | null,
  file: string,
  options: ArxivOptions,
  paged = true,
): Promise<Fetched<ParseResult>> {
  const pages: ParseResult[] = [];
  const times: PageTimes[] = [];
  let total: number | null = null;
  let fetched = 0;
  for (let url = urlAt(0); url; url = urlAt(pages.length)) {
    const got = await http.getText('arxiv', url, options);
    if (!got.ok) return got;
    times.push(got);
    const page = parseArxivAtom(got.value, { file: `${file}, from ${fetched + 1}`, asOf: options.asOf });
    const refused = page.problems.find((p) => p.action === 'refused');
    if (refused && page.records === 0) {
      return { ok: false, error: { kind: 'malformed', service: 'arxiv', message: refused.message } };
    }
    const declared = /<opensearch:totalResults[^>]*>\s*(\d+)/.exec(got.value)?.[1];
    if (declared !== undefined) total = paged ? Number(declared) : (options.maxResults ?? null);
    pages.push(page);
    fetched += page.records;
    options.onProgress?.({ fetched, total });
    // arXiv sometimes answers a page inside the result with no entries; stop rather than loop.
    if (paged && (page.records === 0 || (total !== null && fetched >= total))) break;
  }
  const merged = mergeResults(pages);
  // Each page notes it is one page of many; together they are the whole.
  const problems: Problem[] = merged.problems.filter((p) => !/one page of a larger result/.test(p.message));
  const value: ParseResult = { format: 'arxiv-atom', papers: merged.papers, problems, records: fetched };
  return { ok: true, value, ...combineTimes(times, new Date().toISOString()) };
}
