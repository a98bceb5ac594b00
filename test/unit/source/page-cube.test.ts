import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/data/paper';
import { mergePeople } from '../../../src/lib/model/name-merge';
import type { FilterClause } from '../../../src/lib/source/filter';
import { countsOf } from '../../../src/lib/source/page/page-counts';
import { CUBE_FROM, cubeCounts, loadCubes } from '../../../src/lib/source/page/page-cube';
import { PageSource } from '../../../src/lib/source/page/page-source';
import type { CountsAnswer, CountsQuestion } from '../../../src/lib/source/questions';
import { bundledProfile, generatedPapers } from '../../helpers/collections';
import { passes } from '../../helpers/filter-reference';

/** The same question answered the ordinary way: the papers passing the filter, counted. */
function reference(papers: readonly Paper[], q: CountsQuestion): CountsAnswer {
  const people = mergePeople([]).paperPeople;
  const passing = papers.filter((p) => q.filter.every((c) => passes(p, c, people)));
  return countsOf(passing, q.period, q.categories);
}

/** Year and category clauses drawn from what the collection holds, plus a category it does not. */
function questions(papers: readonly Paper[]): fc.Arbitrary<CountsQuestion> {
  const years = papers.map((p) => p.year).filter((y): y is number => y !== null);
  const [lo, hi] = [Math.min(...years) - 1, Math.max(...years) + 1];
  const cats = [...new Set(papers.map((p) => p.categories[0] ?? ''))].concat(['xx.NONE']);
  return fc
    .record({
      years: fc.option(fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))),
      categories: fc.option(fc.subarray(cats, { minLength: 1, maxLength: 3 })),
      period: fc.constantFrom('year' as const, 'month' as const),
    })
    .map((r) => {
      const filter: FilterClause[] = [];
      if (r.years) {
        const [a, b] = r.years;
        filter.push({ source: 'timeline', value: { from: Math.min(a, b), to: Math.max(a, b) } });
      }
      if (r.categories) filter.push({ source: 'categories', value: { kind: 'category', ids: r.categories } });
      return { kind: 'counts', filter, period: r.period, categories: 'primary' };
    });
}

// Undated papers and papers without a category, so the cube's last row and '' are both tried.
const generated = generatedPapers(1500, 7).map((p, i) =>
  i % 97 === 0 ? { ...p, year: null, date: null } : i % 89 === 0 ? { ...p, categories: [] } : p,
);
beforeAll(loadCubes);

const collections = [
  { name: 'bundled profile', papers: bundledProfile().papers },
  { name: 'generated papers', papers: generated },
];

describe.each(collections)('counts from the cubes on the $name', ({ papers }) => {
  it('are the counts of the papers passing the filter, cell for cell', () => {
    fc.assert(
      fc.property(questions(papers), (q) => {
        expect(cubeCounts(papers, q, 0)).toEqual(reference(papers, q));
      }),
      { numRuns: 80, seed: 16 },
    );
  });
});

describe('which questions the cubes answer', () => {
  const q = (
    filter: FilterClause[],
    categories: CountsQuestion['categories'] = 'primary',
  ): CountsQuestion => ({
    kind: 'counts',
    filter,
    period: 'year',
    categories,
  });

  it('not cross-lists, other clauses, or small collections', () => {
    expect(cubeCounts(generated, q([], 'listed'), 0)).toBeNull();
    expect(cubeCounts(generated, q([{ source: 'code', value: true }]), 0)).toBeNull();
    expect(cubeCounts(generated, q([{ source: 'search', value: 'galaxy' }]), 0)).toBeNull();
    expect(cubeCounts(generated, q([]))).toBeNull();
    expect(generated.length).toBeLessThan(CUBE_FROM);
  });

  it('the page source answers a large collection from them, with the same numbers', async () => {
    const papers = generatedPapers(CUBE_FROM, 3);
    const profile = { name: null, metrics: [], asOf: '2026-11-26', declaredPapers: null, mainCategory: null };
    const source = new PageSource({
      papers,
      people: mergePeople([]),
      profile,
      source: 'test',
      ownerId: undefined,
    });
    const question = q([
      { source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA', 'cs.LG'] } },
    ]);
    const answer = source.ask(question);
    // At once, not a promise: the timeline and categories draw in the click's frame.
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer).toEqual(reference(papers, question));
  });
});
