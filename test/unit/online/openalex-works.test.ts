import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHttp } from '../../../src/lib/online/http';
import { fetchAuthorWorks, type WorksProgress } from '../../../src/lib/online/openalex-works';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';
import { real } from './recorded-routes';

const asOf = '2026-11-30';
/** The shared real recordings: a 50-work page with a next cursor, then the empty last page. */
const realPages: Script = (url) =>
  url.includes('authorships.author.id:A9') && url.includes('cursor=')
    ? {
        status: 200,
        body: readFileSync(
          real(
            url.endsWith('cursor=*')
              ? 'openalex_works_list_50_cursor.json'
              : 'openalex_works_list_empty_last_page.json',
          ),
        ),
        contentType: 'application/json',
      }
    : undefined;

function setup(script?: Script) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  return { recorded, http: createHttp({ fetch: recorded.fetch, clock }) };
}

describe('all works of an author, cursor paging', () => {
  it('pages with per-page=200 until the empty last page, reporting progress', async () => {
    const { http, recorded } = setup(realPages);
    const progress: WorksProgress[] = [];
    const got = await fetchAuthorWorks(http, 'A9', { asOf, onProgress: (p) => progress.push(p) });
    expect(recorded.urls).toHaveLength(2);
    expect(recorded.urls[0]).toContain('filter=authorships.author.id:A9&per-page=200&');
    expect(recorded.urls[0]).toMatch(/&cursor=\*$/);
    expect(recorded.urls[1]).toMatch(
      /&cursor=Ils4My4wLCAxMywgJ2h0dHBzOi8vb3BlbmFsZXgub3JnL1c0MjUwNjY3Njk4J10i$/,
    );
    expect(progress).toEqual([{ fetched: 50, total: 50, page: 1 }]);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    // A working paper and its journal article share a title but not a DOI: two works, as for any file.
    expect(got.value.papers).toHaveLength(50);
    expect(got.value.records).toBe(50);
    // The empty page is the end, not a problem: only the notes about the works themselves remain.
    expect(got.value.problems.map((p) => p.message)).toEqual([
      '"Global Economic Prospects 2007" lists no authors; kept without them.',
    ]);
  });

  it('the recorded author: seven works, the profile passed through, requests 100 ms apart', async () => {
    const { http, recorded } = setup();
    const profile = { name: 'Mike Walmsley', metrics: [], asOf, declaredPapers: 7, mainCategory: null };
    const got = await fetchAuthorWorks(http, 'A5100000001', { asOf, profile });
    expect(got.ok && got.value.papers.map((p) => p.title)).toContain('Scaling Laws for Galaxy Images');
    expect(got.ok && got.value.papers).toHaveLength(7);
    expect(got.ok && got.value.profile?.name).toBe('Mike Walmsley');
    expect(recorded.times[1] - recorded.times[0]).toBeGreaterThanOrEqual(100);
  });

  it('Cancel mid-way: the second page is never asked for and nothing is returned', async () => {
    const { http, recorded } = setup(realPages);
    const controller = new AbortController();
    const got = await fetchAuthorWorks(http, 'A9', {
      asOf,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(got).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    expect(recorded.urls).toHaveLength(1);
  });

  it('a page without results is malformed; offline on page two loses nothing but reports it', async () => {
    const broken = setup((url, n) =>
      n === 1 ? { status: 200, body: '{"meta":{}}', contentType: 'application/json' } : realPages(url, n),
    );
    expect(await fetchAuthorWorks(broken.http, 'A9', { asOf })).toMatchObject({
      ok: false,
      error: { kind: 'malformed' },
    });
    const offline = setup((url, n) => (n === 2 ? 'offline' : realPages(url, n)));
    expect(await fetchAuthorWorks(offline.http, 'A9', { asOf })).toMatchObject({
      ok: false,
      error: { kind: 'offline' },
    });
  });
});
