import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';
import type { Paper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { storeFromPapers, type ColumnarStore } from '../../../src/lib/model/columnar-store';
import { mergePeople, type PeopleIndex } from '../../../src/lib/model/name-merge';
import { filterStore, resolveQuery } from '../../../src/lib/model/store-filter';
import { attachSearch } from '../../../src/lib/model/store-masks';
import { exactPeopleResolver } from '../../../src/lib/model/store-people';
import { countByScan } from '../../../src/lib/model/store-scan';
import {
  categoryTotals,
  storeCategoryRows,
  storePersonCounts,
  storeSelectedPapers,
  storeTimelineRows,
} from '../../../src/lib/model/store-rows';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import {
  categoriesClause,
  codeClause,
  peopleClause,
  searchClause,
  yearsClause,
  type Clause,
} from '../../../src/lib/state/clauses';
import { queryOfClauses } from '../../../src/lib/state/store-query';
import { referenceViews } from './store-reference';

interface Fixture {
  name: string;
  papers: Paper[];
  people: PeopleIndex;
  store: ColumnarStore;
}

function fixture(name: string, papers: Paper[], people: PeopleIndex, merged: boolean): Fixture {
  const store = storeFromPapers(papers, merged ? { people } : {});
  attachSearch(store, papers);
  return { name, papers, people, store };
}

/** A PeopleIndex with the exact-name ids the store uses for large collections. */
function exactIndex(papers: readonly Paper[]): PeopleIndex {
  const resolver = exactPeopleResolver();
  const paperPeople = new Map(papers.map((p) => [p.id, resolver.idsOf(p.authors)]));
  return { people: [], byId: new Map(), paperPeople, resolve: () => undefined };
}

function generated(papers: number, seed: number): Paper[] {
  const text = [...arxivLines(createSynthetic({ papers, seed }), seed)].join('\n');
  return parseArxivJsonl(text, { file: 'synthetic.jsonl' }).papers;
}

const profileText = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const bundled = parseProfileText(profileText, { file: 'x', asOf: '2026-11-26' });
const synthetic = generated(1500, 7);
const fixtures: Fixture[] = [
  fixture(
    'bundled profile',
    bundled.papers,
    mergePeople(bundled.papers, { owner: bundled.profile!.name }),
    true,
  ),
  fixture('generated, merged names', synthetic, mergePeople(synthetic), true),
  fixture('generated, exact names', synthetic, exactIndex(synthetic), false),
];

/** Random clauses drawn from what the collection holds (plus ids it does not hold). */
function clausesOf(f: Fixture): fc.Arbitrary<Clause[]> {
  const years = f.papers.map((p) => p.year!).filter(Boolean);
  const [lo, hi] = [Math.min(...years) - 1, Math.max(...years) + 1];
  const cats = [...new Set(f.papers.map((p) => p.categories[0]))].concat(['xx.NONE']);
  const ids = [...new Set([...f.people.paperPeople.values()].flat())].slice(0, 40).concat(['nobody|x']);
  // Coauthors of one paper, so joint-paper clauses match something.
  const teams = [...f.people.paperPeople.values()].filter((t) => t.length > 1).slice(0, 40);
  const people = fc.oneof(
    fc.subarray(ids, { minLength: 1, maxLength: 2 }),
    fc
      .constantFrom(...teams)
      .chain((t) => fc.subarray(t, { minLength: 2, maxLength: Math.min(3, t.length) })),
  );
  const words = f.papers.slice(0, 30).map((p) => p.title.split(' ')[1] ?? p.title);
  return fc
    .record({
      years: fc.option(fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))),
      categories: fc.option(fc.subarray(cats, { minLength: 1, maxLength: 3 })),
      people: fc.option(people, { freq: 3 }),
      search: fc.option(fc.constantFrom(...words, 'zzzz'), { freq: 4 }),
      code: fc.boolean(),
    })
    .map((r) => {
      const out: Clause[] = [];
      if (r.years) out.push(yearsClause({ from: r.years[0], to: r.years[1] }));
      if (r.categories) out.push(categoriesClause(r.categories));
      if (r.people) out.push(peopleClause(r.people, r.people));
      if (r.search) out.push(searchClause(r.search));
      if (r.code) out.push(codeClause());
      return out;
    });
}

describe.each(fixtures)('the columnar store on the $name', (f) => {
  it('gives every view the rows of the Paper[] model functions', () => {
    fc.assert(
      fc.property(clausesOf(f), (clauses) => {
        const ref = referenceViews(f.papers, f.people, clauses);
        const counts = filterStore(f.store, queryOfClauses(clauses), {
          months: true,
          people: true,
          indexes: true,
        });
        expect(storeTimelineRows(f.store, counts, ref.span)).toEqual(ref.years);
        expect(storeTimelineRows(f.store, counts, ref.span, { granularity: 'month' })).toEqual(ref.months);
        expect(storeTimelineRows(f.store, counts, ref.span, { cumulative: true })).toEqual(ref.cumulative);
        expect(storeCategoryRows(f.store, counts, categoryTotals(f.store))).toEqual(ref.categories);
        expect(storePersonCounts(f.store, counts)).toEqual(ref.personCounts);
        expect(
          storeSelectedPapers(f.papers, counts)
            .map((p) => p.id)
            .sort(),
        ).toEqual(ref.selected);
        expect(counts.selectedCount).toBe(ref.selected.length);
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('answers year and category clauses from the cube exactly as a scan would', () => {
    const cats = f.store.categories.filter(Boolean);
    fc.assert(
      fc.property(
        fc.option(fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1990, max: 2030 }))),
        fc.option(fc.subarray(cats, { minLength: 1 })),
        (years, categories) => {
          const query = { years: years && { from: years[0], to: years[1] }, categories };
          const options = { months: true, people: true, indexes: true };
          const cube = filterStore(f.store, query, options);
          const scan = countByScan(f.store, resolveQuery(f.store, query), options);
          expect(cube.path).toBe('cube');
          expect({ ...cube, path: 'scan', selected: [...cube.selected!].sort() }).toEqual({
            ...scan,
            selected: [...scan.selected!].sort(),
          });
        },
      ),
      { numRuns: 30, seed: 7 },
    );
  });
});

describe('storeFromPapers', () => {
  it('does not modify its input', () => {
    const before = JSON.stringify(synthetic);
    storeFromPapers(synthetic);
    expect(JSON.stringify(synthetic)).toBe(before);
  });

  it('encodes categories and people as sorted dictionaries with a CSR index', () => {
    const { store } = fixtures[0];
    expect([...store.categories]).toEqual([...store.categories].sort());
    expect([...store.people]).toEqual([...store.people].sort());
    expect(store.peopleOffsets[store.size]).toBe(store.peopleIds.length);
    expect(store.yearCube.reduce((a, b) => a + b, 0)).toBe(store.size);
  });

  it('needs attachSearch before a text query', () => {
    expect(() => filterStore(storeFromPapers(synthetic), { search: 'galaxy' })).toThrow(/attachSearch/);
  });
});
