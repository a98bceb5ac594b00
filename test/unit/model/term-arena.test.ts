import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IN_TITLE, SURFACE_ID, TermArena } from '../../../src/lib/model/term-arena';

/** A paper's terms as the dictionary stores them: ids ascending, a written form each, some in the title. */
const paperTerms = fc
  .uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 3000 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(Uint32Array.from(ids).sort()),
      surfaces: fc
        .array(fc.tuple(fc.integer({ min: 0, max: SURFACE_ID }), fc.boolean()), {
          minLength: ids.length,
          maxLength: ids.length,
        })
        .map((s) => Uint32Array.from(s, ([id, title]) => (title ? id | IN_TITLE : id) >>> 0)),
    }),
  );

describe('TermArena', () => {
  it('gives back every paper its own terms, across blocks of every size', () => {
    fc.assert(
      fc.property(fc.array(paperTerms, { maxLength: 40 }), (papers) => {
        const arena = new TermArena();
        const numbers = papers.map((p) => arena.add(p.ids, p.surfaces));
        expect(numbers).toEqual(papers.map((_, k) => k));
        papers.forEach((p, k) => {
          const { ids, surfaces, from, to } = arena.at(k);
          expect(ids.slice(from, to)).toEqual(p.ids);
          expect(surfaces.slice(from, to)).toEqual(p.surfaces);
        });
      }),
      { numRuns: 60, seed: 16 },
    );
  });

  it('keeps a paper with more terms than a block in a block of its own', () => {
    const arena = new TermArena();
    const big = Uint32Array.from({ length: 5000 }, (_, i) => i);
    arena.add(Uint32Array.of(7), Uint32Array.of(IN_TITLE | 3));
    arena.add(big, big);
    arena.add(Uint32Array.of(9), Uint32Array.of(4));
    const second = arena.at(1);
    expect(second.to - second.from).toBe(5000);
    expect(second.ids[second.to - 1]).toBe(4999);
    const first = arena.at(0);
    expect([
      first.ids[first.from],
      first.surfaces[first.from] >>> 31,
      first.surfaces[first.from] & SURFACE_ID,
    ]).toEqual([7, 1, 3]);
    const third = arena.at(2);
    expect([third.ids[third.from], third.to - third.from]).toEqual([9, 1]);
  });
});
