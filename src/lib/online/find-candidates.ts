/**
 * From what the user typed to the OpenAlex authors it could mean: a name searches, an OpenAlex
 * id or an ORCID iD looks up exactly one.
 */
import { onlineError } from './online-error';
import type { Fetched, Http, RequestOptions } from './http';
import { fetchAuthor, searchAuthors, type AuthorCandidate } from './openalex-search';
import type { ResearcherInput } from './researcher-input';

/** Candidates for the input; ids give one, a name up to ten. */
export async function findCandidates(
  http: Http,
  input: ResearcherInput,
  options: RequestOptions & { asOf: string },
): Promise<Fetched<AuthorCandidate[]>> {
  if (input.kind === 'name') return searchAuthors(http, input.name, options);
  if (input.kind !== 'openalex' && input.kind !== 'orcid') {
    const message =
      input.kind === 'bad-orcid'
        ? `${input.orcid} is not an ORCID iD: its last character does not check out.`
        : 'Type a name, an ORCID iD or an OpenAlex author id.';
    return { ok: false, error: { kind: 'http', service: 'openalex', message } };
  }
  const key = input.kind === 'openalex' ? { id: input.id } : { orcid: input.orcid };
  const got = await fetchAuthor(http, key, options);
  if (!got.ok && got.error.kind === 'not-found') {
    const what = input.kind === 'openalex' ? `the id ${input.id}` : `the ORCID iD ${input.orcid}`;
    const message = `OpenAlex knows no author with ${what}.`;
    return { ok: false, error: { ...onlineError('not-found', 'openalex'), message } };
  }
  return got.ok ? { ...got, value: [got.value] } : got;
}
