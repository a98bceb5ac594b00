import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeUrlState,
  encodeUrlState,
  EMPTY_URL_STATE,
  type UrlState,
} from '../../../src/lib/state/url-state';

const ctx = {
  category: (id: string) =>
    ['astro-ph.GA', 'cs.CV'].find((c) => c.toLowerCase() === id.toLowerCase()) ?? null,
  person: (name: string) => ['Anna Scaife', 'Mike Walmsley'].includes(name),
};

describe('URL state', () => {
  it('decodes every filter parameter', () => {
    const { state, notices } = decodeUrlState(
      '?from=2021&to=2023&cat=astro-ph.ga,cs.CV&author=Anna%20Scaife&author=Mike%20Walmsley&q=galaxy%20zoo&code=1&term=galaxy,Radio%20Galaxy&community=2&theme=dark',
      ctx,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      from: 2021,
      to: 2023,
      cat: ['astro-ph.GA', 'cs.CV'],
      author: ['Anna Scaife', 'Mike Walmsley'],
      q: 'galaxy zoo',
      code: true,
      term: ['galaxy', 'radio galaxy'],
      community: 2,
      theme: 'dark',
    });
  });

  it('accepts comma-separated authors', () => {
    expect(decodeUrlState('?author=Anna Scaife,Mike Walmsley', ctx).state.author).toEqual([
      'Anna Scaife',
      'Mike Walmsley',
    ]);
  });

  it('ignores unknown and malformed parameters with a notice each, never throwing', () => {
    const { state, notices } = decodeUrlState(
      '?from=21&cat=xx.YY&author=Nobody&code=maybe&theme=pink&zoom=3&community=0',
      ctx,
    );
    expect(state).toEqual(EMPTY_URL_STATE);
    expect(notices).toHaveLength(7);
    expect(notices.join('\n')).toMatch(/unknown URL parameter “zoom”/);
    expect(notices.join('\n')).toMatch(/from=21/);
  });

  it('round-trips: decode(encode(state)) is the state', () => {
    const year = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
    const arb = fc.record({
      from: year,
      to: year,
      cat: fc.subarray(['astro-ph.GA', 'cs.CV']),
      author: fc.subarray(['Anna Scaife', 'Mike Walmsley']),
      q: fc.string().map((s) => s.trim()),
      code: fc.boolean(),
      term: fc.subarray(['galaxy', 'radio galaxy', 'deep learning']),
      community: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
      theme: fc.constantFrom<UrlState['theme']>(null, 'light', 'dark'),
    });
    fc.assert(
      fc.property(arb, (s) => {
        const { state, notices } = decodeUrlState(`?${encodeUrlState(s)}`, ctx);
        expect(notices).toEqual([]);
        expect(state).toEqual(s);
      }),
    );
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decodeUrlState(s, ctx);
        expect(Array.isArray(r.notices)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
