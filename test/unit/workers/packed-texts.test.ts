import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTexts, unpackTexts } from '../../../src/lib/workers/packed-texts';

describe('packed texts', () => {
  it('give back every title, abstract and year of the piece, whatever characters they hold', () => {
    const paper = fc.record({
      title: fc.string({ unit: 'grapheme', maxLength: 20 }),
      abstract: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('\u0000\u0001')),
      year: fc.option(fc.integer({ min: -3000, max: 3000 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 12 }), fc.nat(4), (papers, skip) => {
        const from = Math.min(skip, papers.length);
        const packed = structuredClone(packTexts(papers, from, papers.length));
        expect(unpackTexts(packed)).toEqual(
          papers.slice(from).map((p) => ({ ...p, authors: [], venue: '' })),
        );
      }),
      { numRuns: 500 },
    );
  });
});
