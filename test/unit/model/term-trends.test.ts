import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { detectBursts } from '../../../src/lib/model/kleinberg';
import { countTerms } from '../../../src/lib/model/terms';
import { recentFrom, termBursts, termTrends, termYearCells } from '../../../src/lib/model/term-trends';
import { TermDictionary } from '../../../src/lib/model/term-dictionary';
import { yearSpan } from '../../../src/lib/model/timeline';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers } = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });
const span = yearSpan(papers)!;
const terms = countTerms(dict, papers, { limit: 20 });

describe('term × year cells', () => {
  it('gives each term its share of each year’s papers, empty years as 0', () => {
    const cells = termYearCells(dict, papers, terms.slice(0, 1), span);
    expect(cells.map((c) => c.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(cells.find((c) => c.year === 2020)).toMatchObject({ papers: 0, total: 0, share: 0 });
    expect(cells.reduce((n, c) => n + c.papers, 0)).toBe(terms[0].papers);
    for (const c of cells) expect(c.share).toBeCloseTo(c.total ? c.papers / c.total : 0);
  });
});

describe('rising and fading terms', () => {
  it('compares the last third of the span (at least two years) with the years before', () => {
    expect(recentFrom(span)).toBe(2024);
    expect(recentFrom({ first: 2020, last: 2021 })).toBe(2020);
  });

  it('names morphology as fading and dataset as rising on the bundled profile', () => {
    const { rising, fading } = termTrends(dict, papers, terms, span);
    expect(rising[0].term).toBe('dataset');
    expect(fading[0].term).toBe('morphology');
    expect(fading[0]).toMatchObject({ earlier: 0.5, recent: 0 });
    expect(rising.every((t) => t.change > 0) && fading.every((t) => t.change < 0)).toBe(true);
  });
});

describe('Kleinberg bursts', () => {
  it('finds the years where a term’s rate jumps', () => {
    const batches = [5, 4, 5, 30, 35, 5, 4].map((hits) => ({ total: 100, hits }));
    expect(detectBursts(batches).map((b) => [b.start, b.end])).toEqual([[3, 4]]);
  });

  it('finds none in a steady series, and none for small collections', () => {
    expect(detectBursts([10, 11, 9, 10, 10].map((hits) => ({ total: 100, hits })))).toEqual([]);
    expect(termBursts(dict, papers, terms, span)).toEqual([]);
  });

  it('runs on a large synthetic collection', () => {
    const big = Array.from({ length: 400 }, (_, i) => {
      const year = 2010 + (i % 10);
      const title = year >= 2016 && year <= 2017 ? 'Transformer models for galaxies' : 'Galaxies';
      return makePaper({ title, year, source: { file: 't' } });
    });
    const bigTerms = countTerms(dict, big, { limit: 5 });
    const bursts = termBursts(dict, big, bigTerms, yearSpan(big)!);
    expect(bursts[0]).toMatchObject({ term: 'transformer models', from: 2016, to: 2017 });
  });
});
