import { describe, expect, it } from 'vitest';
import { createHttp } from '../../../src/lib/online/http';
import { fetchOrcidWorks } from '../../../src/lib/online/orcid-fetch';
import { recordedFetch, virtualClock } from './recorded-fetch';

const asOf = '2026-11-30';
function setup() {
  const clock = virtualClock();
  const recorded = recordedFetch(clock);
  return { recorded, http: createHttp({ fetch: recorded.fetch, clock }) };
}

describe('ORCID public API v3', () => {
  it('reads the real works list as JSON; without a /person answer the works still load', async () => {
    const { http, recorded } = setup();
    const got = await fetchOrcidWorks(http, '0000-0003-1444-9135', { asOf });
    expect(recorded.urls).toEqual([
      'https://pub.orcid.org/v3.0/0000-0003-1444-9135/works',
      'https://pub.orcid.org/v3.0/0000-0003-1444-9135/person',
    ]);
    expect(recorded.headers[0]).toEqual({ Accept: 'application/json' });
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.value.format).toBe('orcid');
    expect(got.value.records).toBe(111);
    expect(got.value.papers.length).toBeGreaterThan(50);
    expect(got.value.profile).toBeUndefined();
  });

  it('names the person from /person', async () => {
    const { http } = setup();
    const got = await fetchOrcidWorks(http, '0000-0002-1825-0097', { asOf });
    expect(got.ok && got.value.profile?.name).toBe('Josiah Stinkney Carberry');
    expect(got.ok && got.value.papers.map((p) => p.links.doi)).toEqual([
      '10.5555/12345678',
      '10.5555/12345679',
    ]);
  });

  it('an unknown iD is a clear error', async () => {
    const { http } = setup();
    const got = await fetchOrcidWorks(http, '0000-0001-5109-3700', { asOf });
    expect(got).toMatchObject({ ok: false, error: { kind: 'not-found', service: 'orcid' } });
  });
});
