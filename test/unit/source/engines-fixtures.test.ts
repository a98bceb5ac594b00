/**
 * Every shared real fixture, loaded as the page loads it, answered by DuckDB, one ClickHouse node
 * and the two-shard cluster exactly as by the page's source: every question kind, and a few
 * random filters each. The fixtures with citation counts are also asked for their citations in
 * each year they were cited in and for their most cited papers, under every "Group by" kind.
 */
import { describe, expect, it } from 'vitest';
import { GROUP_KINDS } from '../../../src/lib/model/group-kinds';
import type { Filter } from '../../../src/lib/source/filter';
import { expectSame, expectSameEverywhere } from '../../helpers/engine-questions';
import { ENGINE_TIMEOUT as LONG, loadEverywhere, useEngines, type Loaded } from '../../helpers/engines';
import { realFixtures, realPath } from '../../helpers/real-fixtures';

const engines = useEngines();

/** Fixtures that yield no paper: a server refuses them, as the page does. */
const EMPTY = [
  'arxiv_atom_error_http400.xml',
  'openalex_works_list_empty_last_page.json',
  'bibtex_malformed_syntax_errors_bibtextidy.bib',
  'csv_malformed_frictionless_invalid.csv',
];

/** Fixtures with citation counts: their total, and their per-year rows (OpenAlex's counts_by_year). */
const CITED: Record<string, { total: number; known: number; rows: number }> = {
  'openalex_works_list_50_cursor.json': { total: 6985, known: 50, rows: 311 },
  's2_author_with_papers_turing.json': { total: 12416, known: 60, rows: 0 },
  'csv_scopus_export_58_misaligned.csv': { total: 21987, known: 43, rows: 0 },
};

/** The citations question under every kind, unfiltered, per cited year, and for the most cited papers. */
async function expectSameCitations(loaded: Loaded, want: (typeof CITED)[string]): Promise<void> {
  const all = await loaded.page.ask({ kind: 'citations', filter: [], top: 20 });
  expect(all).toMatchObject({ total: want.total, known: want.known });
  expect(all.rows).toHaveLength(want.rows);
  const years = [...new Set(all.rows.map((r) => r.year))];
  const filters: Filter[] = [
    [],
    ...years.map((y): Filter => [{ source: 'cited', value: { kind: 'years', from: y, to: y } }]),
    [{ source: 'cited', value: { kind: 'papers', ids: all.top.slice(0, 3).map((p) => p.id) } }],
  ];
  for (const filter of filters)
    for (const group of GROUP_KINDS) await expectSame(loaded, { kind: 'citations', filter, top: 10, group });
  if (years.length) {
    // A year's filter keeps some papers, not all: the per-year table is really read.
    const first = await loaded.sources[2].source.ask({ kind: 'summary', filter: filters[1] });
    expect(first.papers).toBeGreaterThan(0);
    expect(first.papers).toBeLessThan(all.papers);
  }
}

describe('the real fixtures on every engine', () => {
  for (const name of realFixtures().filter((f) => !EMPTY.includes(f))) {
    it(
      name,
      async () => {
        const loaded = await loadEverywhere(engines(), [realPath(name)]);
        await expectSameEverywhere(loaded, 3, 3);
        if (CITED[name]) await expectSameCitations(loaded, CITED[name]);
      },
      LONG,
    );
  }

  it('covers the fixtures with citation counts, one of them counted per year', () => {
    expect(realFixtures()).toEqual(expect.arrayContaining(Object.keys(CITED)));
  });
});
