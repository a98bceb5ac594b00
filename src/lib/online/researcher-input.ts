/**
 * What the user typed in the "find a researcher" box: an ORCID iD, an OpenAlex author id, or a
 * name to search for. Ids are recognised in their URL forms too.
 */

import { contactNote } from './services';

export type ResearcherInput =
  | { kind: 'orcid'; orcid: string }
  | { kind: 'openalex'; id: string }
  | { kind: 'name'; name: string }
  | { kind: 'empty' }
  | { kind: 'bad-orcid'; orcid: string };

/** Classifies the text of the search box. */
export function readResearcherInput(text: string): ResearcherInput {
  const t = text.trim();
  if (!t) return { kind: 'empty' };
  const orcid = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4}-?\d{4}-?\d{4}-?\d{3}[\dXx])$/.exec(t)?.[1];
  if (orcid) {
    const digits = orcid.replace(/-/g, '').toUpperCase();
    const formatted = digits.replace(/^(.{4})(.{4})(.{4})(.{4})$/, '$1-$2-$3-$4');
    return orcidChecksumOk(digits)
      ? { kind: 'orcid', orcid: formatted }
      : { kind: 'bad-orcid', orcid: formatted };
  }
  const openalex = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?)?([Aa]\d{4,})$/.exec(t)?.[1];
  if (openalex) return { kind: 'openalex', id: openalex.toUpperCase() };
  return { kind: 'name', name: t.replace(/\s+/g, ' ') };
}

/** ISO 7064 MOD 11-2, the check character ORCID iDs end with. */
export function orcidChecksumOk(digits: string): boolean {
  let total = 0;
  for (const ch of digits.slice(0, 15)) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result));
}

/** The bare iD of an ORCID URL (`https://orcid.org/0000-…`), or null. */
export function bareOrcid(url: unknown): string | null {
  return typeof url === 'string' ? (/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/.exec(url)?.[0] ?? null) : null;
}

/** What pressing the button will send where, shown before anything is sent. */
export function contactNoteFor(input: ResearcherInput, mailto: string): string {
  const polite = mailto.trim() ? ' Your email address goes with each request (OpenAlex’s polite pool).' : '';
  switch (input.kind) {
    case 'empty':
      return 'Nothing is sent until you press the button.';
    case 'bad-orcid':
      return `${input.orcid} looks like an ORCID iD, but its last character does not check out: check for a typo.`;
    case 'name':
      return `${contactNote('Searching', `“${input.name}”`, 'openalex')}${polite}`;
    case 'orcid':
      return `${contactNote('Loading', `the ORCID iD ${input.orcid}`, 'openalex')}${polite}`;
    case 'openalex':
      return `${contactNote('Loading', `the author id ${input.id}`, 'openalex')}${polite}`;
  }
}
