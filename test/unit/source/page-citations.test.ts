/**
 * The Citations view's answer from the page's source: the bundled profile (its header states
 * totals, no paper has a count) and hand-made collections whose numbers are worked out below.
 */
import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import type { Filter } from '../../../src/lib/source/filter';
import type { CitationsAnswer } from '../../../src/lib/source/questions';
import { citationsQuestion, citationsSummary, coverageText } from '../../../src/lib/views/citations';
import { citationYearTotals, stackedRows } from '../../../src/lib/views/citations-rows';
import { bundledProfile, pageSourceOf } from '../../helpers/collections';

function paper(
  title: string,
  year: number,
  category: string | null,
  count?: number,
  byYear?: Record<string, number>,
  source = 'OpenAlex',
): Paper {
  return makePaper({
    title,
    date: String(year),
    categories: category ? [category] : [],
    ...(count === undefined ? {} : { citations: { count, source, asOf: '2026-11-20' } }),
    ...(byYear ? { citationsByYear: byYear } : {}),
    source: { file: 'hand.json' },
  });
}

/** Four papers: three counted, two of them per year; one without a category. */
const PAPERS = [
  paper('Alpha', 2019, 'astro-ph.GA', 12, { '2020': 4, '2021': 8 }),
  paper('Beta', 2020, 'cs.LG', 3, { '2021': 1, '2022': 2 }),
  paper('Gamma', 2021, null, 30),
  paper('Delta', 2022, 'cs.LG'),
];

const answerOf = async (papers: readonly Paper[], filter: Filter = []): Promise<CitationsAnswer> => {
  const { source } = pageSourceOf(papers);
  // The Citations view's code loads with its first question, so the first answer is a promise.
  return (await source.ask(citationsQuestion(filter))) as CitationsAnswer;
};

describe('the page source answers the citations question', () => {
  it('on the bundled profile: no paper has a count, and the header’s totals are said as such', async () => {
    const { papers, profile } = bundledProfile();
    const a = await answerOf(papers);
    expect(a).toMatchObject({ papers: 16, known: 0, total: 0, hIndex: 0, i10: 0, rows: [], top: [] });
    expect(coverageText(a, profile)).toBe(
      'No citation counts for the papers in the selection: only the profile header gives totals ' +
        `(h-index 41, Citations 360, ${profile.source ?? 'profile'} as of 2026-11-26).`,
    );
    expect(citationsSummary(a)).toBe('No citation counts in the selection.');
  });

  it('adds up what is known, stacks the years by primary category and lists the most cited', async () => {
    const a = await answerOf(PAPERS);
    expect(a).toMatchObject({ papers: 4, known: 3, withYears: 2, total: 45, hIndex: 3, i10: 2, undated: 0 });
    expect(a.rows).toEqual([
      { year: 2020, category: 'astro-ph.GA', citations: 4 },
      { year: 2021, category: 'astro-ph.GA', citations: 8 },
      { year: 2021, category: 'cs.LG', citations: 1 },
      { year: 2022, category: 'cs.LG', citations: 2 },
    ]);
    // Per-year papers only: Alpha 4 → 12, Beta 0 → 1 → 3.
    expect(a.hIndexByYear).toEqual([
      { year: 2020, hIndex: 1 },
      { year: 2021, hIndex: 1 },
      { year: 2022, hIndex: 2 },
    ]);
    expect(a.top.map((p) => [p.title, p.count, p.category])).toEqual([
      ['Gamma', 30, ''],
      ['Alpha', 12, 'astro-ph.GA'],
      ['Beta', 3, 'cs.LG'],
    ]);
    expect(citationYearTotals(a)).toEqual([
      { year: 2020, citations: 4, hIndex: 1 },
      { year: 2021, citations: 9, hIndex: 1 },
      { year: 2022, citations: 2, hIndex: 2 },
    ]);
    expect(
      coverageText(a, {
        name: null,
        metrics: [],
        asOf: '2026-11-26',
        declaredPapers: null,
        mainCategory: null,
      }),
    ).toBe('Citations known for 3 of 4 papers; OpenAlex as of 2026-11-20. Per-year counts for 2 of them.');
    expect(citationsSummary(a)).toBe(
      '45 citations to 3 papers; h-index 3, i10 2; most received in 2021 (9).',
    );
  });

  it('is asked without its own clause, and the clause filters the other views', async () => {
    const cited2022: Filter = [{ source: 'cited', value: { kind: 'years', from: 2022, to: 2022 } }];
    expect((await answerOf(PAPERS, cited2022)).papers).toBe(4);
    const { source } = pageSourceOf(PAPERS);
    const passing = (filter: Filter) =>
      (source.ask({ kind: 'records', filter }) as { papers: Paper[] }).papers.map((p) => p.title);
    expect(passing(cited2022)).toEqual(['Beta']);
    expect(passing([{ source: 'cited', value: { kind: 'years', from: 2020, to: 2021 } }])).toEqual([
      'Alpha',
      'Beta',
    ]);
    expect(passing([{ source: 'cited', value: { kind: 'papers', ids: [PAPERS[2].id] } }])).toEqual(['Gamma']);
    const beforeAny: Filter = [{ source: 'cited', value: { kind: 'years', from: 1990, to: 2019 } }];
    expect(passing(beforeAny)).toEqual([]);
  });

  it('says 0, 1 and many in words that stay true', async () => {
    const none = await answerOf([]);
    expect(citationsSummary(none)).toBe('No papers in the selection.');
    const one = await answerOf([paper('Solo', 2023, 'cs.LG', 1, { '2024': 1 }, 'Semantic Scholar')]);
    expect(citationsSummary(one)).toBe('1 citation to 1 paper; h-index 1, i10 0; most received in 2024 (1).');
    expect(coverageText(one, bundledProfile().profile)).toBe(
      'Citations known for 1 of 1 paper; Semantic Scholar as of 2026-11-20.',
    );
    const mixed = await answerOf([
      paper('A', 2020, 'cs.LG', 5, undefined, 'Semantic Scholar'),
      paper('B', 2020, 'cs.LG', 2, undefined, 'OpenAlex'),
      paper('C', 2021, 'cs.LG', 1, undefined, 'OpenAlex'),
    ]);
    expect(coverageText(mixed, bundledProfile().profile)).toBe(
      'Citations known for 3 of 3 papers; OpenAlex as of 2026-11-20 (2 papers); Semantic Scholar as of 2026-11-20 (1 paper). No counts per year.',
    );
  });

  it('folds all but the most cited categories into Other, keeping every citation', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      paper(`P${i}`, 2020, `cat.${String.fromCharCode(65 + i)}`, i + 1, { '2021': i + 1 }),
    );
    const a = await answerOf(many);
    const rows = stackedRows(a, 8);
    expect(new Set(rows.map((r) => r.category)).size).toBe(9);
    expect(rows.find((r) => r.category === 'Other')?.citations).toBe(1 + 2 + 3 + 4);
    expect(rows.reduce((n, r) => n + r.citations, 0)).toBe(a.total);
  });
});
