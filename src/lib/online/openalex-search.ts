/**
 * Finding a person in OpenAlex: candidates for a name from `/authors?search=`, or the one author
 * behind an OpenAlex id or an ORCID iD. A candidate carries what tells namesakes apart.
 */
import { parseOpenAlexValue } from '../data/openalex';
import type { Profile } from '../data/paper';
import type { Fetched, Http, RequestOptions } from './http';
import { bareOrcid } from './researcher-input';

export const OPENALEX_API = 'https://api.openalex.org';
/** Only the fields shown or used, which keeps responses (and the cache) small. */
const AUTHOR_FIELDS =
  'id,display_name,orcid,works_count,cited_by_count,last_known_institutions,summary_stats,topics';

export interface AuthorCandidate {
  /** Short OpenAlex id, `A5012345678`. */
  id: string;
  name: string;
  /** The last known institution with its country, or null. */
  institution: string | null;
  worksCount: number;
  citedBy: number;
  /** Bare ORCID iD, or null. */
  orcid: string | null;
  /** The profile this author gives the dashboard. */
  profile: Profile;
}

/** The URL that searching for a name requests. */
export function authorSearchUrl(name: string): string {
  return `${OPENALEX_API}/authors?search=${encodeURIComponent(name)}&per-page=10&select=${AUTHOR_FIELDS}`;
}

/** Authors whose names match, in OpenAlex's order (most relevant first). */
export async function searchAuthors(
  http: Http,
  name: string,
  options: RequestOptions & { asOf: string },
): Promise<Fetched<AuthorCandidate[]>> {
  const got = await http.getJson('openalex', authorSearchUrl(name), options);
  if (!got.ok) return got;
  const results = (got.value as { results?: unknown })?.results;
  if (!Array.isArray(results)) return malformed();
  const candidates = results.map((r) => toCandidate(r, options.asOf)).filter((c) => c !== null);
  return { ...got, value: candidates };
}

/** The author with an OpenAlex id (`A…`) or an ORCID iD (`orcid:0000-…`). */
export async function fetchAuthor(
  http: Http,
  key: { id: string } | { orcid: string },
  options: RequestOptions & { asOf: string },
): Promise<Fetched<AuthorCandidate>> {
  const path = 'id' in key ? key.id : `orcid:${key.orcid}`;
  const got = await http.getJson(
    'openalex',
    `${OPENALEX_API}/authors/${path}?select=${AUTHOR_FIELDS}`,
    options,
  );
  if (!got.ok) return got;
  const candidate = toCandidate(got.value, options.asOf);
  return candidate ? { ...got, value: candidate } : malformed();
}

function toCandidate(raw: unknown, asOf: string): AuthorCandidate | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  const id = /A\d+$/.exec(typeof a.id === 'string' ? a.id : '')?.[0];
  const profile = parseOpenAlexValue(a, { file: 'OpenAlex', asOf }).profile;
  if (!id || !profile?.name) return null;
  const inst = Array.isArray(a.last_known_institutions) ? a.last_known_institutions[0] : null;
  const instName = typeof inst?.display_name === 'string' ? inst.display_name : null;
  const country = typeof inst?.country_code === 'string' ? ` (${inst.country_code})` : '';
  return {
    id,
    name: profile.name,
    institution: instName ? `${instName}${country}` : null,
    worksCount: typeof a.works_count === 'number' ? a.works_count : 0,
    citedBy: typeof a.cited_by_count === 'number' ? a.cited_by_count : 0,
    orcid: bareOrcid(a.orcid),
    profile,
  };
}

function malformed<T>(): Fetched<T> {
  const message = 'api.openalex.org sent something that is not an author or a list of authors.';
  return { ok: false, error: { kind: 'malformed', service: 'openalex', message } };
}
