import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import {
  citationSources,
  citationTotals,
  hIndex,
  i10Index,
  mostCited,
} from '../../../src/lib/model/citation-counts';
import { citationsPerYear, hIndexOverTime } from '../../../src/lib/model/citation-years';

/** A paper published in `year` with `count` citations (as of 2026-11-20) and optional per-year counts. */
function paper(title: string, year: number, count?: number, byYear?: Record<string, number>): Paper {
  return makePaper({
    title,
    year,
    date: String(year),
    categories: [title.startsWith('A') ? 'astro-ph.GA' : 'cs.LG'],
    ...(count === undefined ? {} : { citations: { count, source: 'OpenAlex', asOf: '2026-11-20' } }),
    ...(byYear ? { citationsByYear: byYear } : {}),
    source: { file: 'hand.json' },
  });
}

describe('h-index and i10, worked by hand', () => {
  it.each([
    [[], 0],
    [[0], 0],
    [[1], 1],
    [[100], 1],
    [[0, 0, 0], 0],
    [[2, 2, 1], 2],
    [[3, 3, 3, 3], 3],
    [[10, 8, 5, 4, 3], 4],
    [[5, 5, 5, 5, 5, 5], 5],
    [[25, 8, 5, 3, 3], 3],
  ])('h-index of %j is %i', (counts, h) => {
    expect(hIndex(counts)).toBe(h);
  });

  it('i10 counts papers with ten or more', () => {
    expect(i10Index([10, 9, 10, 0, 11])).toBe(3);
    expect(i10Index([])).toBe(0);
  });

  it('totals count only papers with a known count; a count of 0 is known', () => {
    const papers = [paper('A1', 2019, 50), paper('B1', 2020, 6), paper('A2', 2021, 0), paper('B2', 2022)];
    expect(citationTotals(papers)).toEqual({ total: 56, hIndex: 2, i10: 1, known: 3, papers: 4 });
    expect(citationTotals([])).toEqual({ total: 0, hIndex: 0, i10: 0, known: 0, papers: 0 });
  });

  it('most cited first; equal counts newer first; unknown counts left out', () => {
    const papers = [paper('A1', 2019, 5), paper('B1', 2021, 5), paper('A2', 2020, 9), paper('B2', 2022)];
    expect(mostCited(papers, 3).map((p) => p.title)).toEqual(['A2', 'B1', 'A1']);
  });

  it('says who counted, with the span of as-of dates', () => {
    const s2 = makePaper({
      title: 'S',
      citations: { count: 1, source: 'Semantic Scholar', asOf: '2026-10-01' },
      source: { file: 's' },
    });
    expect(citationSources([paper('A1', 2019, 5), paper('B1', 2021, 2), s2, paper('B2', 2022)])).toEqual([
      { source: 'OpenAlex', papers: 2, from: '2026-11-20', to: '2026-11-20' },
      { source: 'Semantic Scholar', papers: 1, from: '2026-10-01', to: '2026-10-01' },
    ]);
  });
});

describe('citations per year and the h-index over time, worked by hand', () => {
  // Three papers with per-year counts, one with a count only, one with none.
  const papers = [
    paper('A1', 2018, 6, { 2019: 2, 2020: 3, 2021: 1 }),
    paper('B1', 2019, 5, { 2020: 1, 2021: 4 }),
    paper('A2', 2020, 2, { 2021: 2 }),
    paper('B2', 2015, 50),
    paper('A3', 2021),
  ];

  it('sums the per-year counts, per year and per group', () => {
    const got = citationsPerYear(papers, (p) => p.categories[0]);
    expect(got.byYear).toEqual({ 2019: 2, 2020: 4, 2021: 7 });
    expect(got.rows).toEqual([
      { year: 2019, key: 'astro-ph.GA', citations: 2 },
      { year: 2020, key: 'astro-ph.GA', citations: 3 },
      { year: 2020, key: 'cs.LG', citations: 1 },
      { year: 2021, key: 'astro-ph.GA', citations: 3 },
      { year: 2021, key: 'cs.LG', citations: 4 },
    ]);
    expect([got.undated, got.withYears]).toEqual([0, 3]);
  });

  it('cumulates each paper: 2019 [2,0,0] → 1; 2020 [5,1,0] → 1; 2021 [6,5,2] → 2', () => {
    expect(hIndexOverTime(papers)).toEqual([
      { year: 2019, hIndex: 1 },
      { year: 2020, hIndex: 1 },
      { year: 2021, hIndex: 2 },
    ]);
    // The whole set, with the paper that has only a total, has h = 3 (50, 6, 5).
    expect(citationTotals(papers).hIndex).toBe(3);
  });

  it('a paper with per-year counts but no listed year still counts from the start', () => {
    const quiet = [paper('A1', 2001, 30, {}), paper('B1', 2010, 2, { 2011: 1, 2012: 1 })];
    // 2011: [30, 1] → 1; 2012: [30, 2] → 2.
    expect(hIndexOverTime(quiet)).toEqual([
      { year: 2011, hIndex: 1 },
      { year: 2012, hIndex: 2 },
    ]);
  });

  it('a single paper, and no paper with per-year counts', () => {
    expect(hIndexOverTime([paper('A1', 2020, 3, { 2020: 0, 2022: 3 })])).toEqual([
      { year: 2020, hIndex: 0 },
      { year: 2021, hIndex: 0 },
      { year: 2022, hIndex: 1 },
    ]);
    expect(hIndexOverTime([paper('B2', 2015, 50), paper('A3', 2021)])).toEqual([]);
    expect(citationsPerYear([paper('B2', 2015, 50)])).toEqual({
      byYear: {},
      rows: [],
      undated: 0,
      withYears: 0,
    });
  });

  it('an old paper’s citations before the listed years (OpenAlex lists recent years) count from the start', () => {
    // A 2005 paper with 20 citations of which 5 are listed (2012–13); a 2010 paper fully listed.
    const old = [paper('A1', 2005, 20, { 2012: 3, 2013: 2 }), paper('B1', 2010, 4, { 2013: 4 })];
    expect(citationsPerYear(old).undated).toBe(15);
    // 2012: [18, 0] → 1; 2013: [20, 4] → 2.
    expect(hIndexOverTime(old)).toEqual([
      { year: 2012, hIndex: 1 },
      { year: 2013, hIndex: 2 },
    ]);
  });

  it('a young paper’s count above its listed years is added in the last year, not before it was cited', () => {
    const young = [paper('A1', 2020, 10, { 2020: 1, 2021: 2 }), paper('B1', 2020, 3, { 2020: 3 })];
    // 2020: [1, 3] → 1 (not [8, 3] → 2); 2021: [10, 3] → 2.
    expect(hIndexOverTime(young)).toEqual([
      { year: 2020, hIndex: 1 },
      { year: 2021, hIndex: 2 },
    ]);
  });
});

describe('properties of the citation arithmetic', () => {
  const yearly = fc.dictionary(
    fc.integer({ min: 2000, max: 2012 }).map(String),
    fc.integer({ min: 0, max: 30 }),
    { maxKeys: 8 },
  );
  const record = fc.record({
    year: fc.integer({ min: 1995, max: 2012 }),
    byYear: fc.option(yearly, { nil: undefined }),
    extra: fc.integer({ min: 0, max: 40 }),
    known: fc.boolean(),
  });
  const papersOf = (
    records: { year: number; byYear?: Record<string, number>; extra: number; known: boolean }[],
  ) =>
    records.map((r, i) => {
      const listed = Object.values(r.byYear ?? {}).reduce((a, b) => a + b, 0);
      const known = r.known || r.byYear !== undefined;
      return paper(`P${i}`, r.year, known ? listed + r.extra : undefined, r.byYear);
    });

  it('h-index ≤ papers known and ≤ the largest count', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const papers = papersOf(records);
        const totals = citationTotals(papers);
        const max = Math.max(0, ...papers.map((p) => p.citations?.count ?? 0));
        expect(totals.hIndex).toBeLessThanOrEqual(totals.known);
        expect(totals.hIndex).toBeLessThanOrEqual(max);
        expect(totals.i10).toBeLessThanOrEqual(totals.known);
      }),
    );
  });

  it('the h-index over time never falls and ends at the h-index of the counts of the papers it covers', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const papers = papersOf(records);
        const series = hIndexOverTime(papers);
        for (let i = 1; i < series.length; i++)
          expect(series[i].hIndex).toBeGreaterThanOrEqual(series[i - 1].hIndex);
        const covered = papers.filter((p) => p.citationsByYear);
        if (series.length) expect(series.at(-1)!.hIndex).toBe(citationTotals(covered).hIndex);
        else expect(covered.every((p) => Object.keys(p.citationsByYear!).length === 0)).toBe(true);
      }),
    );
  });

  it('does not modify its input', () => {
    const papers = papersOf([{ year: 2001, byYear: { 2003: 2 }, extra: 1, known: true }]);
    const before = JSON.stringify(papers);
    hIndexOverTime(papers);
    citationsPerYear(papers);
    mostCited(papers);
    expect(JSON.stringify(papers)).toBe(before);
  });
});
