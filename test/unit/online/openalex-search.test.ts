import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/lib/online/find-candidates';
import { createHttp } from '../../../src/lib/online/http';
import { authorSearchUrl, searchAuthors } from '../../../src/lib/online/openalex-search';
import { orcidChecksumOk, readResearcherInput } from '../../../src/lib/online/researcher-input';
import { recordedFetch, virtualClock } from './recorded-fetch';

const asOf = '2026-11-30';
function setup() {
  const clock = virtualClock();
  const recorded = recordedFetch(clock);
  return { recorded, http: createHttp({ fetch: recorded.fetch, clock }) };
}

describe('author candidates from /authors?search=', () => {
  it('lists namesakes with institution, works count and ORCID, in OpenAlex’s order', async () => {
    const { http, recorded } = setup();
    const got = await searchAuthors(http, 'Mike Walmsley', { asOf });
    expect(recorded.urls).toEqual([authorSearchUrl('Mike Walmsley')]);
    expect(recorded.urls[0]).toMatch(
      /^https:\/\/api\.openalex\.org\/authors\?search=Mike%20Walmsley&per-page=10&select=/,
    );
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.value.map(({ profile: _, ...c }) => c)).toEqual([
      {
        id: 'A5100000001',
        name: 'Mike Walmsley',
        institution: 'University of Toronto (CA)',
        worksCount: 7,
        citedBy: 1800,
        orcid: '0000-0002-1825-0097',
      },
      {
        id: 'A5100000002',
        name: 'Michael Walmsley',
        institution: 'University of Sheffield (GB)',
        worksCount: 41,
        citedBy: 610,
        orcid: null,
      },
      { id: 'A5100000003', name: 'M. Walmsley', institution: null, worksCount: 3, citedBy: 12, orcid: null },
    ]);
    expect(got.value[0].profile).toMatchObject({ name: 'Mike Walmsley', declaredPapers: 7, asOf });
  });

  it('an ORCID iD or an OpenAlex id looks up exactly one author', async () => {
    const { http, recorded } = setup();
    const byOrcid = await findCandidates(http, readResearcherInput('https://orcid.org/0000-0002-1825-0097'), {
      asOf,
    });
    const byId = await findCandidates(http, readResearcherInput('a5100000001'), { asOf });
    expect(byOrcid.ok && byOrcid.value.map((c) => c.id)).toEqual(['A5100000001']);
    expect(byId.ok && byId.value.map((c) => c.id)).toEqual(['A5100000001']);
    expect(recorded.urls.map((u) => u.split('?')[0])).toEqual([
      'https://api.openalex.org/authors/orcid:0000-0002-1825-0097',
      'https://api.openalex.org/authors/A5100000001',
    ]);
  });

  it('an unknown ORCID iD says so; a mistyped one is caught before anything is sent', async () => {
    const { http, recorded } = setup();
    const unknown = await findCandidates(http, readResearcherInput('0000-0003-1444-9135'), { asOf });
    expect(!unknown.ok && unknown.error.message).toBe(
      'OpenAlex knows no author with the ORCID iD 0000-0003-1444-9135.',
    );
    const typo = await findCandidates(http, readResearcherInput('0000-0002-1825-0098'), { asOf });
    expect(!typo.ok && typo.error.message).toBe(
      '0000-0002-1825-0098 is not an ORCID iD: its last character does not check out.',
    );
    expect(recorded.urls).toHaveLength(1);
  });
});

describe('reading the search box', () => {
  it('tells ORCID iDs, OpenAlex ids and names apart', () => {
    expect(readResearcherInput(' 0000000218250097 ')).toEqual({
      kind: 'orcid',
      orcid: '0000-0002-1825-0097',
    });
    expect(readResearcherInput('https://openalex.org/A5100000001')).toEqual({
      kind: 'openalex',
      id: 'A5100000001',
    });
    expect(readResearcherInput('Mike   Walmsley')).toEqual({ kind: 'name', name: 'Mike Walmsley' });
    expect(readResearcherInput('  ')).toEqual({ kind: 'empty' });
    expect(orcidChecksumOk('000000021694233X')).toBe(true);
  });
});
