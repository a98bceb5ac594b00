/**
 * Questions for differential tests: every kind, and random filters drawn (seeded, fast-check) from
 * what a collection holds — its years, categories, other kinds' groups, people, terms, words,
 * communities, and the years and papers it was cited in.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { GROUP_KINDS, type GroupKind } from '../../src/lib/model/group-kinds';
import { filterUntil, SOURCE_ORDER, type Filter, type FilterClause } from '../../src/lib/source/filter';
import type { PageSource } from '../../src/lib/source/page/page-source';
import type { DataSource, Question } from '../../src/lib/source/questions';

/** The page source (the reference) and the sources that must answer as it does. */
export interface Compared {
  page: PageSource;
  sources: readonly { name: string; source: DataSource }[];
}

export interface Vocabulary {
  first: number;
  last: number;
  categories: string[];
  people: string[];
  terms: string[];
  words: string[];
  communities: number;
  top: string[];
  /** Per "Group by" kind other than category, a few of its primary groups ('' and one unknown too). */
  groups: { kind: OtherKind; ids: string[] }[];
  /** The years papers were cited in (the collection's span when none is), and cited papers' ids. */
  cited: { first: number; last: number; ids: string[] };
}

type OtherKind = Exclude<GroupKind, 'category'>;
const OTHER_KINDS = GROUP_KINDS.filter((k): k is OtherKind => k !== 'category');

export async function vocabularyOf(page: PageSource): Promise<Vocabulary> {
  const span = page.info.span ?? { first: 2000, last: 2001 };
  const top = await page.ask({ kind: 'top-graph', top: 60, minPapers: 1 });
  const terms = await page.ask({ kind: 'terms', filter: [], selected: [], limit: 12 });
  const communities = await page.ask({ kind: 'communities' });
  const words = terms.rows.slice(0, 4).map((t) => t.term.split(' ')[0].slice(0, 5));
  const groups = await Promise.all(
    OTHER_KINDS.map(async (kind) => {
      const summary = await page.ask({ kind: 'summary', filter: [], group: kind });
      const ids = summary.categories.map((c) => c.id).slice(0, 6);
      return { kind, ids: [...new Set([...ids, '', "Nobody's \\ venue"])] };
    }),
  );
  const cited = await page.ask({ kind: 'citations', filter: [], top: 8 });
  const citedYears = cited.rows.map((r) => r.year);
  return {
    first: span.first,
    last: span.last,
    categories: page.info.categories.map((c) => c.id).slice(0, 8),
    people: top.nodes.map((n) => n.id).slice(0, 12),
    terms: terms.rows.map((t) => t.key),
    words: [...words, 'the', 'ab', 'zzzz', "o'", 'é'],
    communities: communities.list.length,
    top: top.nodes.map((n) => n.id),
    groups,
    cited: {
      first: citedYears.length ? Math.min(...citedYears) : span.first,
      last: citedYears.length ? Math.max(...citedYears) : span.last,
      // An id the collection does not have, with quotes and a backslash for the escaping.
      ids: [...cited.top.map((p) => p.id), "W0' OR '1'='1 \\"],
    },
  };
}

/** Random filters of up to four clauses, in source order. */
export function filters(v: Vocabulary): fc.Arbitrary<Filter> {
  const choices: fc.Arbitrary<FilterClause>[] = [
    fc
      .tuple(fc.integer({ min: v.first - 1, max: v.last + 1 }), fc.integer({ min: 0, max: 6 }))
      .map(([from, n]): FilterClause => ({ source: 'timeline', value: { from, to: from + n } })),
    fc.constant<FilterClause>({ source: 'code', value: true }),
    fc
      .array(fc.constantFrom(...v.words), { minLength: 1, maxLength: 2 })
      .map((ws): FilterClause => ({ source: 'search', value: ws.join(' ') })),
  ];
  if (v.categories.length)
    choices.push(
      fc
        .subarray(v.categories, { minLength: 1, maxLength: Math.min(3, v.categories.length) })
        .map((ids): FilterClause => ({ source: 'categories', value: { kind: 'category', ids } })),
    );
  choices.push(
    fc
      .constantFrom(...v.groups)
      .chain(({ kind, ids }) =>
        fc
          .subarray(ids, { minLength: 1, maxLength: Math.min(3, ids.length) })
          .map((ids): FilterClause => ({ source: 'categories', value: { kind, ids } })),
      ),
  );
  if (v.people.length)
    choices.push(
      fc
        .subarray(v.people, { minLength: 1, maxLength: Math.min(2, v.people.length) })
        .map((value): FilterClause => ({ source: 'network', value })),
    );
  if (v.terms.length)
    choices.push(
      fc
        .subarray(v.terms, { minLength: 1, maxLength: Math.min(2, v.terms.length) })
        .map((value): FilterClause => ({ source: 'term', value })),
    );
  choices.push(
    fc
      .tuple(fc.integer({ min: v.cited.first - 1, max: v.cited.last + 1 }), fc.integer({ min: -1, max: 3 }))
      .map(([from, n]): FilterClause => ({ source: 'cited', value: { kind: 'years', from, to: from + n } })),
    fc
      .subarray(v.cited.ids, { minLength: 1, maxLength: Math.min(3, v.cited.ids.length) })
      .map((ids): FilterClause => ({ source: 'cited', value: { kind: 'papers', ids } })),
  );
  if (v.communities)
    choices.push(
      fc
        .integer({ min: 0, max: v.communities })
        .map((value): FilterClause => ({ source: 'community', value })),
    );
  return fc
    .uniqueArray(fc.oneof(...choices), { selector: (c) => c.source, maxLength: 4 })
    .map((cs): Filter =>
      [...cs].sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source)),
    );
}

/** Every question that takes a filter, with that filter. */
export function filteredQuestions(filter: Filter, v: Vocabulary): Question[] {
  const selected = filter.find((c) => c.source === 'term')?.value as string[] | undefined;
  return [
    { kind: 'counts', filter, period: 'year', categories: 'primary' },
    { kind: 'counts', filter, period: 'month', categories: 'listed' },
    { kind: 'code', filter },
    { kind: 'collaboration', filter },
    { kind: 'summary', filter },
    { kind: 'graph', filter, only: v.top },
    { kind: 'graph', filter: filterUntil(filter, v.last - 1), only: null },
    { kind: 'papers', filter, order: 'newest', offset: 0, limit: 7 },
    { kind: 'papers', filter, order: 'oldest', offset: 3, limit: 5 },
    { kind: 'papers', filter, order: 'title', offset: 1, limit: 9 },
    { kind: 'highlights', filter },
    { kind: 'records', filter },
    { kind: 'terms', filter, selected: selected ?? ['zzzz'], limit: 12 },
    { kind: 'citations', filter, top: 10 },
    ...OTHER_KINDS.flatMap((group) => groupedQuestions(filter, v, group)),
  ];
}

/** The questions a "Group by" kind changes, under that kind. */
function groupedQuestions(filter: Filter, v: Vocabulary, group: GroupKind): Question[] {
  return [
    { kind: 'counts', filter, period: 'year', categories: 'primary', group },
    { kind: 'counts', filter, period: 'year', categories: 'listed', group },
    { kind: 'counts', filter, period: 'month', categories: 'primary', group },
    { kind: 'counts', filter, period: 'month', categories: 'listed', group },
    { kind: 'summary', filter, group },
    { kind: 'graph', filter, only: v.top, group },
    { kind: 'citations', filter, top: 6, group },
  ];
}

/** Questions about the whole collection. */
export function collectionQuestions(v: Vocabulary): Question[] {
  return [
    { kind: 'top-graph', top: 500, minPapers: 1 },
    { kind: 'top-graph', top: 5, minPapers: 2 },
    ...OTHER_KINDS.map((group): Question => ({ kind: 'top-graph', top: 500, minPapers: 1, group })),
    { kind: 'communities' },
    { kind: 'abstract', index: 0 },
    { kind: 'abstract', index: 3 },
    {
      kind: 'lookup',
      categories: [...v.categories.slice(0, 2).map((c) => c.toUpperCase()), 'hep-th', 'nope'],
      people: [...v.people.slice(0, 3).map((id) => id.replace('|', ' ')), 'Nobody Here'],
      terms: [...v.terms.slice(0, 3).map((t) => t.toUpperCase()), 'zzzz'],
      communities: [0, 1, 99],
    },
    ...v.groups.map(({ kind, ids }): Question => ({
      kind: 'lookup',
      categories: [],
      people: [],
      terms: [],
      communities: [],
      groups: {
        kind,
        texts: [...ids.map((id) => ` ${id.toUpperCase()}`), ...ids, '(none)', 'Journal article', 'nope'],
      },
    })),
  ];
}

/** Asks every source `q` and expects the page's answer exactly. */
export async function expectSame(loaded: Compared, q: Question): Promise<void> {
  const want = await loaded.page.ask(q);
  for (const { name, source } of loaded.sources)
    expect(await source.ask(q), `${name}: ${JSON.stringify(q)}`).toEqual(want);
}

/** Every question about the whole collection, then every filtered one on `runs` random filters. */
export async function expectSameEverywhere(
  loaded: Compared,
  runs: number,
  seed: number,
): Promise<Vocabulary> {
  const v = await vocabularyOf(loaded.page);
  for (const q of collectionQuestions(v)) await expectSame(loaded, q);
  for (const q of filteredQuestions([], v)) await expectSame(loaded, q);
  await fc.assert(
    fc.asyncProperty(filters(v), async (filter) => {
      for (const q of filteredQuestions(filter, v)) await expectSame(loaded, q);
    }),
    { numRuns: runs, seed },
  );
  return v;
}
