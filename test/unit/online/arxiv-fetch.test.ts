import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  arxivAuthorQuery,
  arxivSearchUrl,
  fetchArxivIds,
  fetchArxivQuery,
  readArxivIds,
} from '../../../src/lib/online/arxiv-fetch';
import { createHttp } from '../../../src/lib/online/http';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';
import { real } from './recorded-routes';

const asOf = '2026-11-30';
const atom = (name: string, status = 200) => ({
  status,
  body: readFileSync(real(name)),
  contentType: 'application/atom+xml; charset=UTF-8',
});

function setup(script?: Script) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  return { recorded, http: createHttp({ fetch: recorded.fetch, clock }) };
}

describe('arXiv API', () => {
  it('an author query: the recorded feed, newest first, with full author lists', async () => {
    const { http, recorded } = setup();
    const got = await fetchArxivQuery(http, arxivAuthorQuery('Mike Walmsley'), { asOf });
    expect(recorded.urls).toEqual([arxivSearchUrl('au:"Mike Walmsley"', 0, 100)]);
    expect(recorded.urls[0]).toBe(
      'https://export.arxiv.org/api/query?search_query=au%3A%22Mike%20Walmsley%22&start=0&max_results=100&sortBy=submittedDate&sortOrder=descending',
    );
    expect(got.ok && got.value.papers.map((p) => [p.links.arxiv, p.authors.length])).toEqual([
      ['2404.02973', 20],
      ['2206.11927', 4],
      ['2110.12735', 12],
      ['2102.08414', 18],
      ['1905.07424', 13],
    ]);
  });

  it('pages 100 at a time, three seconds apart, reading the real (latin-1 stored) bytes as UTF-8', async () => {
    const { http, recorded } = setup(() => atom('arxiv_atom_search_testing_100.xml'));
    const progress: unknown[] = [];
    const got = await fetchArxivQuery(http, 'all:testing', {
      asOf,
      maxResults: 200,
      onProgress: (p) => progress.push(p),
    });
    expect(recorded.urls.map((u) => new URL(u).searchParams.get('start'))).toEqual(['0', '100']);
    expect(recorded.times).toEqual([0, 3000]);
    expect(progress).toEqual([
      { fetched: 100, total: 214881 },
      { fetched: 200, total: 214881 },
    ]);
    // The same page twice: its papers merge, and the page notes are not kept.
    expect(got.ok && got.value.papers).toHaveLength(100);
    expect(got.ok && got.value.problems.filter((p) => /one page of a larger/.test(p.message))).toEqual([]);
    expect(got.ok && got.value.papers.some((p) => p.authors.some((a) => /[À-ž]/.test(a)))).toBe(true);
  });

  it('an id list in one request; arXiv’s HTTP 400 error feed becomes a clear message', async () => {
    const ok = setup();
    const got = await fetchArxivIds(ok.http, ['1905.07424', '2102.08414', '2110.12735'], { asOf });
    expect(got.ok && got.value.papers).toHaveLength(3);
    const bad = setup(() => atom('arxiv_atom_error_http400.xml', 400));
    const refused = await fetchArxivIds(bad.http, ['abc'], { asOf });
    expect(!refused.ok && refused.error.message).toBe(
      'export.arxiv.org refused the request (HTTP 400). It said: “incorrect id format for abc”',
    );
  });

  it('reads ids and names', () => {
    expect(readArxivIds('2102.08414v2, hep-th/9711200')).toEqual(['2102.08414v2', 'hep-th/9711200']);
    expect(readArxivIds('Mike Walmsley')).toBeNull();
    expect(arxivAuthorQuery('au:walmsley_m AND cat:astro-ph.GA')).toBe('au:walmsley_m AND cat:astro-ph.GA');
  });
});
