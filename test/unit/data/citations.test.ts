import { describe, expect, it } from 'vitest';
import { parseAppJson, serialiseCollection } from '../../../src/lib/data/app-json';
import { combinePapers } from '../../../src/lib/data/combine-papers';
import { parseCsv } from '../../../src/lib/data/csv';
import { mergeResults } from '../../../src/lib/data/merge-results';
import { parseOpenAlex, parseOpenAlexValue } from '../../../src/lib/data/openalex';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import { parseSemanticScholar } from '../../../src/lib/data/semantic-scholar';
import { realText } from '../../helpers/real-fixtures';

const asOf = '2026-11-20';

describe('citations read from the sources that count them', () => {
  it('OpenAlex: cited_by_count as of the work’s updated_date, counts_by_year per year', () => {
    const r = parseOpenAlex(realText('openalex_works_list_50_cursor.json'), { file: 'oa.json', asOf });
    expect(r.papers).toHaveLength(50);
    expect(r.papers.every((p) => p.citations?.source === 'OpenAlex')).toBe(true);
    const first = r.papers[0];
    expect(first.citations).toEqual({ count: 1589, source: 'OpenAlex', asOf: '2025-09-18' });
    const years = first.citationsByYear!;
    expect(Object.keys(years)).toEqual(Array.from({ length: 14 }, (_, i) => String(2012 + i)));
    expect(years['2012']).toBe(131);
    expect(years['2025']).toBe(18);
    // OpenAlex lists only recent years: the per-year counts sum to less than the total.
    expect(Object.values(years).reduce((a, b) => a + b, 0)).toBe(657);
    expect(r.problems.filter((p) => p.code === 'bad-citations')).toEqual([]);
  });

  it('Semantic Scholar: citationCount with influentialCitationCount, as of the import date', () => {
    const r = parseSemanticScholar(realText('s2_author_with_papers_turing.json'), { file: 's2.json', asOf });
    const logic = r.papers.find((p) => p.title === 'Systems of Logic Based on Ordinals')!;
    expect(logic.citations).toEqual({ count: 328, source: 'Semantic Scholar', asOf, influential: 30 });
    expect(logic.citationsByYear).toBeUndefined();
    expect(r.papers.filter((p) => p.citations)).toHaveLength(60);
    const total = r.papers.reduce((n, p) => n + (p.citations?.count ?? 0), 0);
    // The author record says 12415; its 60 papers sum to one more (Python's sum agrees).
    expect(total).toBe(12416);
  });

  it('Scopus CSV: the "Cited by" column, counted by Scopus', () => {
    const r = parseCsv(realText('csv_scopus_export_58_misaligned.csv'), { file: 'scopus.csv', asOf });
    expect(r.papers[0].citations).toEqual({ count: 13169, source: 'Scopus', asOf });
    expect(r.papers.filter((p) => p.citations)).toHaveLength(43);
  });
});

const work = (extra: Record<string, unknown>) => ({
  id: 'https://openalex.org/W1',
  title: 'A work',
  publication_year: 2019,
  authorships: [{ author: { display_name: 'Ann Lee' } }],
  updated_date: '2026-10-01T00:00:00',
  ...extra,
});

describe('citation counts that cannot be true are reported with the record and never summed', () => {
  it.each([
    [-3, 'is negative'],
    ['many', 'is not a whole number'],
    [2.5, 'is not a whole number'],
    [2_000_000, 'is over 1,000,000'],
  ])('cited_by_count %s', (count, why) => {
    const r = parseOpenAlexValue([work({ cited_by_count: count })], { file: 'w.json', asOf });
    expect(r.papers[0].citations).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'w.json', record: 1, code: 'bad-citations', action: 'repaired' }),
    ]);
    expect(r.problems[0].message).toContain(why);
    expect(r.problems[0].message).toMatch(/^“A work”: /);
  });

  it('per-year counts after the as-of date or before the publication year', () => {
    const counts_by_year = [
      { year: 2027, cited_by_count: 4 },
      { year: 2021, cited_by_count: 3 },
      { year: 2019, cited_by_count: 1 },
      { year: 2018, cited_by_count: 2 },
      { year: 2017, cited_by_count: 9 },
      { year: 2020, cited_by_count: -1 },
    ];
    const r = parseOpenAlexValue([work({ cited_by_count: 5, counts_by_year })], { file: 'w.json', asOf });
    // A year before publication is allowed (a preprint, an online-first version); two are not.
    expect(r.papers[0].citationsByYear).toEqual({ 2018: 2, 2019: 1, 2021: 3 });
    expect(r.problems.map((p) => p.message)).toEqual([
      '“A work”: Citations counted for 2027, after the as-of date 2026-10-01; ignored.',
      '“A work”: Citations counted for 2017, before the publication year 2019; ignored.',
      '“A work”: The citation count for 2020 -1 is negative; ignored.',
    ]);
  });

  it('a negative "Cited by" cell names the CSV line', () => {
    const csv = 'Title,Year,Cited by\nGood,2020,7\nBad,2020,-4\nOdd,2020,lots\n';
    const r = parseCsv(csv, { file: 'x.csv', asOf });
    expect(r.papers.map((p) => p.citations?.count ?? null)).toEqual([7, null, null]);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'bad-citations'],
      [4, 'bad-citations'],
    ]);
  });
});

const counted = (count: number, source: string, day: string, byYear?: Record<string, number>): Paper =>
  makePaper({
    title: 'Same work',
    year: 2020,
    links: { doi: '10.1/x' },
    citations: { count, source, asOf: day },
    ...(byYear ? { citationsByYear: byYear } : {}),
    source: { file: source },
  });

describe('citations through merges', () => {
  it('the larger count wins with its source; equal counts go to the more recent', () => {
    const oa = counted(40, 'OpenAlex', '2026-11-01', { 2021: 10, 2022: 30 });
    const s2 = counted(52, 'Semantic Scholar', '2026-10-01');
    const both = combinePapers(oa, s2);
    expect(both.citations).toEqual(s2.citations);
    // Per-year counts are kept from the record that has them.
    expect(both.citationsByYear).toEqual({ 2021: 10, 2022: 30 });
    const newer = counted(40, 'Scopus', '2026-11-15');
    expect(combinePapers(oa, newer).citations).toEqual(newer.citations);
    expect(combinePapers(newer, oa).citations).toEqual(newer.citations);
  });

  it('merging files keeps the winning count whichever file comes first', () => {
    const a = {
      format: 'openalex',
      papers: [counted(40, 'OpenAlex', '2026-11-01')],
      problems: [],
      records: 1,
    };
    const b = { format: 'csv', papers: [counted(45, 'Scopus', '2026-01-01')], problems: [], records: 1 };
    expect(mergeResults([a, b]).papers[0].citations?.source).toBe('Scopus');
    expect(mergeResults([b, a]).papers[0].citations?.source).toBe('Scopus');
  });
});

describe('citations in the app’s JSON', () => {
  it('round-trip exactly, influential counts and per-year counts included', () => {
    const papers = [
      counted(12, 'OpenAlex', '2026-11-01', { 2020: 2, 2021: 10 }),
      makePaper({
        title: 'S2',
        citations: { count: 3, source: 'Semantic Scholar', asOf, influential: 1 },
        type: 'conference',
        keywords: ['galaxies', 'deep learning'],
        topics: [{ name: 'Galaxies', field: 'Physics and Astronomy', domain: 'Physical Sciences' }],
        source: { file: 's2.json', record: 4 },
      }),
    ];
    const text = serialiseCollection({ papers });
    const back = parseAppJson(text, { file: 'e.json', asOf });
    expect(back.problems).toEqual([]);
    expect(back.papers).toEqual(papers);
    expect(serialiseCollection({ papers: back.papers })).toBe(text);
  });

  it('a bad count in a hand-edited export is reported by record and left out; the paper stays', () => {
    const good = counted(5, 'OpenAlex', '2026-11-01');
    const [head, first, second, tail] = serialiseCollection({ papers: [good, good] }).split('\n');
    const text = [
      head,
      first.replace('"count":5', '"count":-5'),
      second.replace('"asOf":"2026-11-01"', '"asOf":"yesterday"'),
      tail,
    ].join('\n');
    const back = parseAppJson(text, { file: 'e.json', asOf });
    expect(back.papers).toHaveLength(2);
    expect(back.papers.map((p) => p.citations)).toEqual([undefined, undefined]);
    expect(back.problems.map((p) => [p.record, p.code])).toEqual([
      [1, 'bad-citations'],
      [2, 'bad-citations'],
    ]);
  });
});

describe('OpenAlex titles with Crossref’s inline formatting', () => {
  it('drops <i> and <sub> and keeps other angle-bracket text', () => {
    const titles = ['Uptake of CO<sub>2</sub> by <i>E. coli</i>', 'The <img src=x> element in <T> templates'];
    const r = parseOpenAlexValue(
      titles.map((title) => work({ title })),
      { file: 'w.json', asOf },
    );
    expect(r.papers.map((p) => p.title)).toEqual([
      'Uptake of CO2 by E. coli',
      'The <img src=x> element in <T> templates',
    ]);
  });
});
