import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { parseAppJson, serialiseCollection } from '../../../src/lib/data/app-json';
import { makePaper } from '../../../src/lib/data/paper';
import { completeAuthors, completionSummary } from '../../../src/lib/online/complete-authors';
import { createHttp } from '../../../src/lib/online/http';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';

const profileText = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const bundled = () =>
  parseProfileText(profileText, { file: 'profile-walmsley.txt', asOf: '2026-11-26' }).papers;

function setup(script?: Script) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  return { recorded, http: createHttp({ fetch: recorded.fetch, clock }) };
}

describe('completing the bundled profile’s truncated author lists (title search, OpenAlex)', () => {
  it('completes 12 of 14, leaves the near miss and the unknown paper as they were', async () => {
    const papers = bundled();
    const before = JSON.stringify(papers);
    const { http, recorded } = setup();
    const progress: number[] = [];
    const got = await completeAuthors(http, papers, {
      useArxiv: false,
      onProgress: (done) => progress.push(done),
    });
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const r = got.value;
    expect(completionSummary(r)).toBe(
      'Completed 12 of 14 truncated author lists from OpenAlex; 2 not found.',
    );
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(recorded.urls).toHaveLength(14);
    expect(
      recorded.urls.every((u) => u.startsWith('https://api.openalex.org/works?filter=title.search:')),
    ).toBe(true);
    expect(r.notFound).toEqual([
      {
        id: papers[2].id,
        title:
          'Pre-training vision models for the classification of alerts from wide-field time-domain surveys',
        reason: 'no work with this title',
      },
      {
        id: papers[3].id,
        title: 'A New Task: Deriving Semantic Class Targets for the Physical Sciences',
        reason:
          'no work with exactly this title (nearest: “Deriving Semantic Class Targets for the Physical Sciences”)',
      },
    ]);
    expect(JSON.stringify(papers)).toBe(before);
    expect(r.papers).toHaveLength(16);
    expect(r.papers[2]).toBe(papers[2]);
    expect(r.papers[6]).toBe(papers[6]);
    expect(r.papers.filter((p) => p.authorsTruncated)).toHaveLength(2);
  });

  it('fills in the full list in order and records where it came from; ids and the rest are kept', async () => {
    const papers = bundled();
    const got = await completeAuthors(setup().http, papers, { useArxiv: false });
    if (!got.ok) throw new Error(got.error.message);
    const decals = got.value.papers[14];
    expect(decals.id).toBe(papers[14].id);
    expect(decals.abstract).toBe(papers[14].abstract);
    expect(decals.authorsTruncated).toBe(false);
    expect(decals.authors).toHaveLength(18);
    expect(decals.authors.slice(0, 4)).toEqual([
      'Mike Walmsley',
      'Chris Lintott',
      'Tobias Géron',
      'Sandor Kruk',
    ]);
    // The decoy listed first (the data release, one author) is not taken.
    expect(decals.completedFrom).toMatch(/^https:\/\/openalex\.org\/W41\d+$/);
    // "DataS$^3$" in OpenAlex is the same title as "DataS^3".
    expect(got.value.papers[8].authors).toHaveLength(18);
    // A guessed year ("Feb 20" → 2026) is not held against the 2023 record.
    expect(got.value.papers[10]).toMatchObject({ yearInferred: true, authorsTruncated: false });
    // The app's export keeps where a list came from; papers never completed carry no such field.
    const back = parseAppJson(serialiseCollection({ papers: got.value.papers }), { file: 'x.json' }).papers;
    expect(back[14].completedFrom).toBe(decals.completedFrom);
    expect('completedFrom' in back[2]).toBe(false);
  });

  it('Cancel mid-way stops the run and changes nothing', async () => {
    const { http, recorded } = setup();
    const controller = new AbortController();
    const got = await completeAuthors(http, bundled(), {
      useArxiv: false,
      signal: controller.signal,
      onProgress: (done) => done === 3 && controller.abort(),
    });
    expect(got).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    expect(recorded.urls).toHaveLength(3);
  });

  it('offline half-way: an error, not a half-completed collection', async () => {
    const { http } = setup((_, n) => (n > 5 ? 'offline' : undefined));
    const got = await completeAuthors(http, bundled(), { useArxiv: false });
    expect(got).toMatchObject({ ok: false, error: { kind: 'offline' } });
  });
});

describe('papers with identifiers', () => {
  const withIds = () => [
    makePaper({
      title: 'Galaxy Zoo DECaLS (preprint title)',
      year: 2021,
      authors: ['Mike Walmsley', 'Chris Lintott'],
      authorsTruncated: true,
      links: { arxiv: '2102.08414' },
      source: { file: 'f' },
    }),
    makePaper({
      title: 'Galaxy Zoo: Probabilistic Morphology through Bayesian CNNs and Active Learning',
      year: 2019,
      authors: ['Mike Walmsley'],
      authorsTruncated: true,
      links: { arxiv: '1905.07424v1' },
      source: { file: 'f' },
    }),
    makePaper({
      title: 'Practical Galaxy Morphology Tools from Deep Supervised Representation Learning',
      year: 2021,
      authors: ['Mike Walmsley', 'Someone Else'],
      authorsTruncated: true,
      links: { arxiv: '2110.12735' },
      source: { file: 'f' },
    }),
  ];

  it('in Node, arXiv ids go to the arXiv API in one request; a list missing a known author is refused', async () => {
    const { http, recorded } = setup();
    const got = await completeAuthors(http, withIds(), { useArxiv: true });
    if (!got.ok) throw new Error(got.error.message);
    expect(recorded.urls[0]).toBe(
      'https://export.arxiv.org/api/query?id_list=1905.07424,2102.08414,2110.12735&max_results=3',
    );
    expect(got.value.completed.map((c) => c.from)).toEqual([
      'https://arxiv.org/abs/2102.08414',
      'https://arxiv.org/abs/1905.07424',
    ]);
    expect(completionSummary(got.value)).toBe(
      'Completed 2 of 3 truncated author lists from arXiv; 1 not found.',
    );
    expect(got.value.notFound[0].reason).toBe('same title, but the record does not list Someone Else');
  });

  it('in a browser, an arXiv id is looked up in OpenAlex by its arXiv DOI, whatever the title', async () => {
    const { http, recorded } = setup();
    const got = await completeAuthors(http, withIds().slice(0, 1), { useArxiv: false });
    expect(recorded.urls[0]).toMatch(
      /^https:\/\/api\.openalex\.org\/works\/doi:10\.48550%2FarXiv\.2102\.08414\?select=/,
    );
    expect(got.ok && got.value.papers[0].authors).toHaveLength(18);
    expect(got.ok && got.value.completed[0].from).toMatch(/^https:\/\/openalex\.org\/W/);
  });
});
