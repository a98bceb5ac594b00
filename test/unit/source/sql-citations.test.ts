/**
 * What the server stores of a paper's citations and how much one answer reads: the JSON kept per
 * cited paper (read back into the page's answer under any "Group by" kind), the years the cited
 * filter finds (as the page's `citedTest` reads them), and the refusal of a selection too large to
 * add up. The answers themselves are compared with the page's in engines-*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { citedTest } from '../../../src/lib/source/page/page-filter';
import type { SqlEngine } from '../../../src/lib/source/sql/engine';
import { duckdb } from '../../../src/lib/source/sql/dialect';
import { citedJson, citedYears, parseCited } from '../../../src/lib/source/sql/cited-rows';
import { MAX_CITED } from '../../../src/lib/source/sql/sql-citations';
import { SqlSource } from '../../../src/lib/source/sql/sql-source';
import type { StoredCollection } from '../../../src/lib/source/sql/stored';

const cited = makePaper({
  title: 'Galaxy Zoo',
  date: '2019',
  categories: ['astro-ph.GA', 'cs.LG'],
  venue: 'MNRAS',
  citations: { count: 12, source: 'OpenAlex', asOf: '2026-11-20' },
  citationsByYear: { '2020': 4, '2021': 0, '2022': 8 },
  source: { file: 'hand.json' },
});

describe('a paper’s citations as the tables keep them', () => {
  it('keeps the counts and the primary group of every kind, and nothing for an uncited paper', () => {
    const stored = parseCited(citedJson(cited));
    expect(stored).toMatchObject({
      id: cited.id,
      title: 'Galaxy Zoo',
      year: 2019,
      citations: cited.citations,
      citationsByYear: cited.citationsByYear,
    });
    expect(stored.groups).toEqual({
      category: 'astro-ph.GA',
      field: '',
      venue: 'MNRAS',
      keyword: '',
      type: '',
    });
    expect(citedJson(makePaper({ title: 'Uncited', source: { file: 'hand.json' } }))).toBe('');
  });

  it('lists the years with a count above 0, as the page’s filter finds them', () => {
    expect(citedYears(cited)).toEqual([2020, 2022]);
    // A key written otherwise than its year ('02021') is no year the page's filter asks about.
    const odd = makePaper({
      title: 'Odd years',
      citationsByYear: { '2020': 3, '02021': 5, '2022': 0, '2023': 1 },
      source: { file: 'hand.json' },
    });
    const years = [2019, 2020, 2021, 2022, 2023, 2024];
    const page = years.filter((y) => citedTest({ kind: 'years', from: y, to: y })(odd));
    expect(page).toEqual([2020, 2023]);
    expect(citedYears(odd)).toEqual(page);
  });
});

describe('the citations answer on a server', () => {
  it('refuses a selection with more cited papers than one answer adds up (a 422, not a failure)', async () => {
    const asked: string[] = [];
    const engine: SqlEngine = {
      dialect: duckdb,
      table: (name) => name,
      local: (name) => name,
      query: (sql) => {
        asked.push(sql);
        return Promise.resolve([[MAX_CITED + 5, MAX_CITED + 1]]);
      },
    };
    const stored = { info: {} } as StoredCollection;
    const answer = new SqlSource(engine, stored).ask({ kind: 'citations', filter: [], top: 10 });
    await expect(answer).rejects.toThrow(RangeError);
    await expect(answer).rejects.toThrow(`${MAX_CITED + 1} papers with citations are more than`);
    // Counted only: no record was read.
    expect(asked).toHaveLength(1);
  });
});
