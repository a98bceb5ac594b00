import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../src/lib/online/cache';
import { createHttp } from '../../../src/lib/online/http';
import { retryAfterMs } from '../../../src/lib/online/send-with-retry';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';

const SEARCH = 'https://api.openalex.org/authors?search=Mike%20Walmsley&per-page=10';
const json = (status: number, body: unknown, headers?: Record<string, string>) => ({
  status,
  body: JSON.stringify(body),
  contentType: 'application/json',
  headers,
});

function setup(script?: Script, options: { maxAgeMs?: number; inBrowser?: boolean } = {}) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  const cache = createMemoryCache();
  const http = createHttp({ fetch: recorded.fetch, clock, cache, ...options });
  return { clock, recorded, cache, http };
}

describe('429 Too Many Requests', () => {
  it('waits as long as Retry-After says, then retries and succeeds', async () => {
    const { http, clock, recorded } = setup((_, n) =>
      n === 1 ? json(429, {}, { 'Retry-After': '5' }) : undefined,
    );
    const got = await http.getJson('openalex', SEARCH);
    expect(got.ok).toBe(true);
    expect(recorded.urls).toHaveLength(2);
    expect(clock.sleeps).toContain(5000);
    expect(recorded.times[1] - recorded.times[0]).toBeGreaterThanOrEqual(5000);
  });

  it('gives up after three retries with a clear message', async () => {
    const { http, recorded } = setup(() => json(429, {}, { 'Retry-After': '2' }));
    const got = await http.getJson('openalex', SEARCH);
    expect(recorded.urls).toHaveLength(4);
    expect(got).toMatchObject({ ok: false, error: { kind: 'rate-limited', service: 'openalex' } });
    if (!got.ok)
      expect(got.error.message).toBe(
        'api.openalex.org asked us to slow down (HTTP 429) and to wait 2 s; try again later.',
      );
  });

  it('does not sit through a wait of an hour: it says so at once', async () => {
    const { http, recorded } = setup(() => json(429, {}, { 'Retry-After': '3600' }));
    const got = await http.getJson('openalex', SEARCH);
    expect(recorded.urls).toHaveLength(1);
    if (!got.ok) expect(got.error.message).toContain('wait 3600 s');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('2015-10-21T07:28:00Z'))).toBe(10_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});

describe('failures are values with a message', () => {
  it('offline: fetch rejects', async () => {
    const { http } = setup(() => 'offline');
    const got = await http.getJson('openalex', SEARCH);
    expect(got).toEqual({
      ok: false,
      error: {
        kind: 'offline',
        service: 'openalex',
        message:
          'Could not reach api.openalex.org: this computer seems to be offline, or the service is unreachable.',
      },
    });
  });

  it('5xx: backs off twice, then reports the server error with what it said', async () => {
    const { http, recorded } = setup(() => json(503, { message: 'Service Unavailable' }));
    const got = await http.getJson('openalex', SEARCH);
    expect(recorded.urls).toHaveLength(3);
    if (!got.ok)
      expect(got.error.message).toBe(
        'api.openalex.org had a problem of its own (HTTP 503); try again later. It said: “Service Unavailable”',
      );
  });

  it('malformed JSON is refused and not cached', async () => {
    const { http, recorded } = setup(() => ({
      status: 200,
      body: '{"meta": {',
      contentType: 'application/json',
    }));
    const got = await http.getJson('openalex', SEARCH);
    expect(got).toMatchObject({ ok: false, error: { kind: 'malformed' } });
    if (!got.ok)
      expect(got.error.message).toMatch(
        /^api\.openalex\.org sent a response that could not be read\. It said: “not valid JSON/,
      );
    await http.getJson('openalex', SEARCH);
    expect(recorded.urls).toHaveLength(2);
  });

  it('a 404 carries the service’s own words', async () => {
    const { http } = setup();
    const got = await http.getJson('openalex', 'https://api.openalex.org/works/W1');
    expect(got).toMatchObject({ ok: false, error: { kind: 'not-found', status: 404 } });
  });

  it('Cancel: an aborted signal stops before anything is sent', async () => {
    const { http, recorded } = setup();
    const controller = new AbortController();
    controller.abort();
    const got = await http.getJson('openalex', SEARCH, { signal: controller.signal });
    expect(got).toMatchObject({ ok: false, error: { kind: 'cancelled', message: 'Cancelled.' } });
    expect(recorded.urls).toEqual([]);
  });

  it('in a browser, arXiv is refused before any request: it sends no CORS headers', async () => {
    const { http, recorded } = setup(undefined, { inBrowser: true });
    const got = await http.getText('arxiv', 'https://export.arxiv.org/api/query?id_list=2102.08414');
    expect(got).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    if (!got.ok)
      expect(got.error.message).toContain('export.arxiv.org does not allow requests from a web page');
    expect(recorded.urls).toEqual([]);
  });
});

describe('cache', () => {
  it('a repeat is served from the cache with its date; the polite-pool address is not part of the key', async () => {
    const { http, recorded, cache } = setup();
    const first = await http.getJson('openalex', SEARCH, { mailto: 'me@example.org' });
    const again = await http.getJson('openalex', SEARCH);
    expect(recorded.urls).toEqual([`${SEARCH}&mailto=me%40example.org`]);
    expect(http.sent).toBe(1);
    expect(first).toMatchObject({ ok: true, fromCache: false });
    expect(again).toMatchObject({ ok: true, fromCache: true });
    if (first.ok && again.ok) {
      expect(again.fetchedAt).toBe(first.fetchedAt);
      expect(again.value).toEqual(first.value);
    }
    expect([...cache.entries.keys()]).toEqual([SEARCH]);
  });

  it('an old response is asked for again, and still serves (marked stale) when offline', async () => {
    let offline = false;
    const { http, recorded } = setup(() => (offline ? 'offline' : undefined), { maxAgeMs: 0 });
    await http.getJson('openalex', SEARCH);
    offline = true;
    const got = await http.getJson('openalex', SEARCH);
    expect(recorded.urls).toHaveLength(2);
    expect(got).toMatchObject({ ok: true, fromCache: true, stale: true });
  });
});

describe('rates within published limits', () => {
  it('arXiv: one request every three seconds', async () => {
    const { http, recorded } = setup(() => ({
      status: 200,
      body: '<feed/>',
      contentType: 'application/atom+xml',
    }));
    await Promise.all(
      [1, 2, 3].map((i) => http.getText('arxiv', `https://export.arxiv.org/api/query?id_list=${i}`)),
    );
    expect(recorded.times).toEqual([0, 3000, 6000]);
  });

  it('OpenAlex: at most ten a second; ORCID: at most 24 a second', async () => {
    const { http, recorded } = setup(() => json(200, {}));
    await Promise.all([1, 2, 3].map((i) => http.getJson('openalex', `https://api.openalex.org/works/W${i}`)));
    expect(recorded.times).toEqual([0, 100, 200]);
    await Promise.all([1, 2].map((i) => http.getJson('orcid', `https://pub.orcid.org/v3.0/${i}/works`)));
    expect(recorded.times[4] - recorded.times[3]).toBeGreaterThanOrEqual(1000 / 24);
  });
});
