/**
 * Looking one paper up in OpenAlex: by DOI (`/works/doi:…`; arXiv papers by their arXiv DOI,
 * `10.48550/arXiv.<id>`), or by title (`title.search`, within a year either side when the year is
 * known). Each answer becomes a list of found records for `title-match.ts` to judge.
 */
import { parseOpenAlexValue } from '../data/openalex';
import { normaliseTitle, type Paper } from '../data/paper';
import type { Fetched, Http, RequestOptions } from './http';
import { OPENALEX_API } from './openalex-search';
import type { FoundRecord } from './title-match';

const LOOKUP_FIELDS = 'id,doi,title,display_name,publication_year,publication_date,authorships';

/** The URL that looks a DOI up, asking for `fields`. */
export function workByDoiUrl(doi: string, fields = LOOKUP_FIELDS): string {
  return `${OPENALEX_API}/works/doi:${encodeURIComponent(doi)}?select=${fields}`;
}

/** The URL that searches for a paper's title (punctuation dropped: commas separate filters). */
export function workByTitleUrl(
  paper: Pick<Paper, 'title' | 'year' | 'yearInferred'>,
  fields = LOOKUP_FIELDS,
): string {
  const y = paper.year !== null && !paper.yearInferred ? paper.year : null;
  const years = y === null ? '' : `,from_publication_date:${y - 1}-01-01,to_publication_date:${y + 1}-12-31`;
  const title = encodeURIComponent(normaliseTitle(paper.title));
  return `${OPENALEX_API}/works?filter=title.search:${title}${years}&per-page=10&select=${fields}`;
}

/** The records OpenAlex has under a DOI: one, or none when it does not know it. */
export async function lookUpDoi(
  http: Http,
  doi: string,
  options: RequestOptions,
): Promise<Fetched<FoundRecord[]>> {
  const got = await http.getJson('openalex', workByDoiUrl(doi), options);
  if (!got.ok && got.error.kind === 'not-found')
    return { ok: true, value: [], fetchedAt: '', fromCache: false };
  return asRecords(got);
}

/** The records OpenAlex finds for a paper's title. */
export async function lookUpTitle(
  http: Http,
  paper: Paper,
  options: RequestOptions,
): Promise<Fetched<FoundRecord[]>> {
  return asRecords(await http.getJson('openalex', workByTitleUrl(paper), options));
}

/** An answer's work or `/works` page as found records; a failure as it is. */
function asRecords(got: Fetched<unknown>): Fetched<FoundRecord[]> {
  return got.ok ? { ...got, value: toRecords(got.value) } : got;
}

/** A work or a `/works` page as found records, each pointing at its OpenAlex page. */
function toRecords(value: unknown): FoundRecord[] {
  const raw = Array.isArray((value as { results?: unknown })?.results)
    ? ((value as { results: unknown[] }).results as unknown[])
    : [value];
  const ids = raw.map((w) =>
    typeof (w as { id?: unknown })?.id === 'string' ? (w as { id: string }).id : '',
  );
  const parsed = parseOpenAlexValue(raw, { file: 'OpenAlex' });
  // Works without a title are skipped by the parser; its record numbers map back to `raw`.
  return parsed.papers.map((p) => ({
    title: p.title,
    year: p.year,
    authors: p.authors,
    from: ids[(p.source.record ?? 1) - 1] || 'https://openalex.org',
  }));
}
