/**
 * Many works from OpenAlex at once, by DOI: `/works?filter=doi:a|b|…`, 50 DOIs a request (the
 * page size), in a stable order so a repeat is served by the cache. A DOI that would break the
 * filter's syntax (a comma or a bar in it) is asked alone through `/works/doi:…`. Works come back
 * keyed by their DOI in lower case: DOIs are case-insensitive.
 */
import { isObject, list, str } from '../data/json-helpers';
import { combineTimes, type PageTimes } from './fetched-pages';
import type { Fetched, Http, RequestOptions } from './http';
import { OPENALEX_API } from './openalex-search';
import { workByDoiUrl } from './work-lookup';

/** What Fill in reads of a work. */
export const FILL_FIELDS =
  'id,doi,title,display_name,type,publication_year,publication_date,updated_date,primary_location,best_oa_location,locations,open_access,authorships,primary_topic,topics,keywords,abstract_inverted_index,cited_by_count,counts_by_year';

export const DOIS_PER_REQUEST = 50;

/** The URL that asks for the works of up to 50 DOIs. */
export function worksByDoisUrl(dois: readonly string[]): string {
  const filter = dois.map((d) => encodeURIComponent(d)).join('|');
  return `${OPENALEX_API}/works?filter=doi:${filter}&per-page=${DOIS_PER_REQUEST}&select=${FILL_FIELDS}`;
}

/** The bare DOI of a work, in lower case ('' when it has none). */
export function doiKey(doi: string): string {
  return doi
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .toLowerCase();
}

/** The works OpenAlex knows among `dois`, by lower-case DOI; the first error stops the run. */
export async function fetchWorksByDoi(
  http: Http,
  dois: readonly string[],
  options: RequestOptions & { onBatch?: (asked: number) => void },
): Promise<Fetched<Map<string, Record<string, unknown>>>> {
  const keys = [...new Set(dois.map(doiKey).filter(Boolean))].sort();
  const alone = keys.filter((k) => /[,|]/.test(k));
  const batched = keys.filter((k) => !/[,|]/.test(k));
  const urls = [
    ...Array.from({ length: Math.ceil(batched.length / DOIS_PER_REQUEST) }, (_, i) =>
      worksByDoisUrl(batched.slice(i * DOIS_PER_REQUEST, (i + 1) * DOIS_PER_REQUEST)),
    ),
    ...alone.map((k) => workByDoiUrl(k, FILL_FIELDS)),
  ];
  const works = new Map<string, Record<string, unknown>>();
  const times: PageTimes[] = [];
  for (const url of urls) {
    const got = await http.getJson('openalex', url, options);
    if (!got.ok) {
      if (got.error.kind === 'not-found') continue;
      return got;
    }
    times.push(got);
    const value = got.value;
    const results = isObject(value) && Array.isArray(value.results) ? value.results : [value];
    for (const w of list(results)) {
      const key = isObject(w) ? doiKey(str(w.doi)) : '';
      if (key && !works.has(key)) works.set(key, w as Record<string, unknown>);
    }
    options.onBatch?.(works.size);
  }
  return { ok: true, value: works, ...combineTimes(times, new Date().toISOString()) };
}
