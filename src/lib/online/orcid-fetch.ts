/**
 * A person's works from ORCID's public API (v3, JSON): `/works` for the work summaries and
 * `/person` for the name. Summaries list no coauthors, so where OpenAlex knows the same iD the
 * app prefers it (`fetchAuthor(http, {orcid})` in `openalex-search.ts`).
 */
import { parseOrcid } from '../data/orcid';
import type { ParseResult } from '../data/paper';
import { combineTimes } from './fetched-pages';
import type { Fetched, Http, RequestOptions } from './http';

export const ORCID_API = 'https://pub.orcid.org/v3.0';
const JSON_HEADERS = { Accept: 'application/json' };

/** The URL of an iD's work summaries. */
export function orcidWorksUrl(orcid: string): string {
  return `${ORCID_API}/${orcid}/works`;
}

/** The works of an ORCID iD, with the person's name as the profile when ORCID gives it. */
export async function fetchOrcidWorks(
  http: Http,
  orcid: string,
  options: RequestOptions & { asOf: string },
): Promise<Fetched<ParseResult>> {
  const opts = { ...options, headers: JSON_HEADERS };
  const works = await http.getText('orcid', orcidWorksUrl(orcid), opts);
  if (!works.ok) return works;
  const file = `ORCID ${orcid}`;
  const result = parseOrcid(works.value, { file, asOf: options.asOf });
  if (result.problems.some((p) => p.action === 'refused')) {
    const message = `pub.orcid.org sent something that is not a list of works: ${result.problems[0].message}`;
    return { ok: false, error: { kind: 'malformed', service: 'orcid', message } };
  }
  // The name is a nicety: without it the works still load.
  const person = await http.getText('orcid', `${ORCID_API}/${orcid}/person`, opts);
  const profile = person.ok ? parseOrcid(person.value, { file, asOf: options.asOf }).profile : undefined;
  const value = profile ? { ...result, profile } : result;
  const times = [works, ...(person.ok ? [person] : [])];
  return { ok: true, value, ...combineTimes(times, new Date().toISOString()) };
}
