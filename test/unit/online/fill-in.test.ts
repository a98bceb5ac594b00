import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { createMemoryCache } from '../../../src/lib/online/cache';
import { fillIn } from '../../../src/lib/online/fill-in';
import { fillSummary } from '../../../src/lib/online/fill-note';
import { createHttp } from '../../../src/lib/online/http';
import { fixtureText } from '../../helpers/own-fixtures';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';

const asOf = '2026-11-26';
const bib = () => parseBibtex(fixtureText('bibtex/fill-in-eight.bib'), { file: 'fill.bib', asOf }).papers;

function setup(script?: Script) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  const cache = createMemoryCache();
  return { recorded, cache, http: createHttp({ fetch: recorded.fetch, clock, cache }) };
}

describe('Fill in a BibTeX list from OpenAlex (recorded answers, as the page does it)', () => {
  it('asks once for every DOI together, then each title without a DOI match; never arXiv', async () => {
    const { http, recorded } = setup();
    const got = await fillIn(http, bib(), { useArxiv: false, asOf });
    expect(got.ok).toBe(true);
    expect(recorded.urls.map((u) => decodeURIComponent(u).replace(/&select=.*$/, ''))).toEqual([
      'https://api.openalex.org/works?filter=doi:10.1093/mnras/stab1234|10.1093/mnras/stab2093|10.1093/mnras/stz2816|10.48550/arxiv.2206.11927|10.48550/arxiv.2404.02973|10.9999/not.in.openalex&per-page=50',
      'https://api.openalex.org/works?filter=title.search:practical galaxy morphology tools from deep supervised representation learning,from_publication_date:2021-01-01,to_publication_date:2023-12-31&per-page=10',
      'https://api.openalex.org/works?filter=title.search:radio galaxy zoo using semi supervised learning to leverage large unlabelled data sets for radio galaxy classification under data set shift,from_publication_date:2021-01-01,to_publication_date:2023-12-31&per-page=10',
      'https://api.openalex.org/works?filter=title.search:deep learning segmentation of spiral arms and bars,from_publication_date:2022-01-01,to_publication_date:2024-12-31&per-page=10',
    ]);
  });

  // Types: each record's type agrees with the list's, or the list's is the more telling (a
  // conference paper stays one). Authors: "Towards…" lists the same four as OpenAlex.
  it('fills five, refuses the wrong DOI, says what it did and did not', async () => {
    const papers = bib();
    const before = JSON.stringify(papers);
    const got = await fillIn(setup().http, papers, { useArxiv: false, asOf });
    if (!got.ok) throw new Error(got.error.message);
    const r = got.value;
    expect(JSON.stringify(papers)).toBe(before);
    expect(r.asked).toBe(7);
    expect(r.filled.map((f) => f.id)).toEqual([
      'doi:10.1093/mnras/stab2093',
      'arxiv:1905.07424',
      'arxiv:2404.02973',
      't:1wqeigabpg1',
      'arxiv:2206.11927',
    ]);
    expect(r.notFilled).toEqual([
      {
        id: 'doi:10.1093/mnras/stab1234',
        title: papers[4].title,
        reason:
          'The DOI 10.1093/mnras/stab1234 leads to “Photometric redshifts for the Kilo-Degree Survey: machine learning with a small trainin…”, another paper; by title: no work with this title',
      },
      {
        id: 'doi:10.9999/not.in.openalex',
        title: 'Deep Learning Segmentation of Spiral Arms and Bars',
        reason: 'OpenAlex does not know the DOI 10.9999/not.in.openalex; by title: no work with this title',
      },
    ]);
    expect(r.unasked).toEqual([{ id: papers[7].id, title: 'Notes on galaxy morphology' }]);
    expect(r.arxiv).toBe('blocked');
    expect(fillSummary(r)).toBe(
      'Filled 5 of 7 papers looked up from OpenAlex: citation counts for 5, citations per year for 5, ' +
        'full author lists for 4, abstracts for 5, topics for 5, keywords for 5, venues for 3, ' +
        'open-access or code links for 5. 2 not filled. 1 paper has no DOI, arXiv id or year to look it up by. ' +
        '1 citation count in the answers could not be true and was left out. ' +
        'arXiv categories were not asked for: arXiv’s API does not let a web page call it; ' +
        '`npm run --silent cli -- enrich FILE --out FILE` can.',
    );
  });

  it('takes the full author list, abstract, topics, counts and links; keeps ids, titles and dates', async () => {
    const papers = bib();
    const got = await fillIn(setup().http, papers, { useArxiv: false, asOf });
    if (!got.ok) throw new Error(got.error.message);
    const decals = got.value.papers[0];
    expect([decals.id, decals.title, decals.year]).toEqual([papers[0].id, papers[0].title, 2022]);
    expect([decals.authors.length, decals.authorsTruncated]).toEqual([18, false]);
    expect(decals.completedFrom).toBe('https://openalex.org/W41399083479');
    expect(decals.abstract).toMatch(/^We present Galaxy Zoo DECaLS/);
    expect(decals.citations).toEqual({ count: 262, source: 'OpenAlex', asOf: '2026-11-20' });
    expect(decals.citationsByYear).toEqual({ 2021: 12, 2022: 71, 2023: 78, 2024: 60, 2025: 33, 2026: 8 });
    expect(decals.topics?.[0]).toEqual({
      name: 'Galaxies: Formation, Evolution, Phenomena',
      subfield: 'Astronomy and Astrophysics',
      field: 'Physics and Astronomy',
      domain: 'Physical Sciences',
    });
    expect(decals.links.oa).toBe('https://arxiv.org/pdf/2102.08414');
    // Topics are topics, not categories; the BibTeX list had none and still has none.
    expect(decals.categories).toEqual([]);
    // The preprint's per-year count for 2027 (after OpenAlex's as-of date) was left out.
    const towards = got.value.papers[5];
    expect(towards.citationsByYear).toEqual({ 2022: 3, 2023: 8, 2024: 6, 2025: 4 });
    expect(got.value.problems.map((p) => p.message)).toEqual([
      '“Towards Galaxy Foundation Models with Hybrid Contrastive …”: Citations counted for 2027, after the as-of date 2026-11-20; ignored.',
    ]);
    // Found by title: the four listed authors are all among OpenAlex's twelve.
    expect(got.value.papers[3].authors).toHaveLength(12);
    expect(got.value.papers[4]).toBe(papers[4]);
  });

  it('a second run is served from the cache; Cancel and a service error change nothing', async () => {
    const { http, recorded, cache } = setup();
    await fillIn(http, bib(), { useArxiv: false, asOf });
    const sent = recorded.urls.length;
    const again = await fillIn(http, bib(), { useArxiv: false, asOf });
    expect(again.ok && again.value.filled).toHaveLength(5);
    expect(recorded.urls).toHaveLength(sent);
    expect(cache.entries.size).toBe(4);

    const controller = new AbortController();
    controller.abort();
    const cancelled = await fillIn(setup().http, bib(), { useArxiv: false, asOf, signal: controller.signal });
    expect(cancelled.ok || cancelled.error.kind).toBe('cancelled');

    const down = setup(() => ({ status: 503, body: '{"error":"down"}', contentType: 'application/json' }));
    const failed = await fillIn(down.http, bib(), { useArxiv: false, asOf });
    expect(failed.ok || failed.error.kind).toBe('server');
  });

  it('asks nothing for a list with nothing to look up by', async () => {
    const { http, recorded } = setup();
    const undated = bib().slice(7);
    const got = await fillIn(http, undated, { useArxiv: false, asOf });
    expect(got.ok && got.value.asked).toBe(0);
    expect(recorded.urls).toEqual([]);
  });
});

describe('Fill in with arXiv (the command line)', () => {
  it('adds arXiv categories after the ones the list had, one request for three ids', async () => {
    const { http, recorded } = setup();
    const got = await fillIn(http, bib(), { useArxiv: true, asOf });
    if (!got.ok) throw new Error(got.error.message);
    expect(recorded.urls.filter((u) => u.includes('export.arxiv.org'))).toEqual([
      'https://export.arxiv.org/api/query?id_list=1905.07424,2206.11927,2404.02973&max_results=3',
    ]);
    const [, bayes, scaling, , , towards] = got.value.papers;
    expect(bayes.categories).toEqual(['astro-ph.GA', 'astro-ph.IM', 'cs.LG']);
    expect(scaling.categories).toEqual(['cs.CV', 'astro-ph.IM']);
    expect(towards.categories).toEqual(['cs.CV', 'astro-ph.GA', 'cs.LG']);
    expect(got.value.arxiv).toBe('asked');
    expect(fillSummary(got.value)).toMatch(
      /^Filled 5 of 7 papers looked up from OpenAlex and arXiv: .*arXiv categories for 3/,
    );
  });
});
