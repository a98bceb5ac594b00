import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { GROUP_KINDS, groupCounts, type GroupKind } from '../../../src/lib/model/group-kinds';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import type { AnswerTo, CountsAnswer, Question } from '../../../src/lib/source/questions';
import type { Filter } from '../../../src/lib/source/filter';
import { categoryRowsOf, categoriesSummary } from '../../../src/lib/views/categories';
import { categoryTrendsOf } from '../../../src/lib/views/category-trends';
import { realText } from '../../helpers/real-fixtures';

// A real ADS export: 24 records, 2 with an arXiv category, 16 with a venue, every one with a type.
const { papers } = parseBibtex(realText('ads_export_bibtex_24_mixed_doctypes.bib'), {
  file: 'ads.bib',
  asOf: '2026-11-26',
});
const source = new PageSource(openCollection({ papers, profile: emptyProfile(), source: 'ads.bib' }));
const ask = async <Q extends Question>(q: Q): Promise<AnswerTo<Q>> => source.ask(q);
const counts = (group: GroupKind, filter: Filter = []) =>
  ask({ kind: 'counts', filter, period: 'year', categories: 'primary', group });
const total = (a: CountsAnswer) => [...a.cells, ...a.undated].reduce((n, c) => n + c.count, 0);
const byGroup = (a: CountsAnswer) => {
  const out = new Map<string, number>();
  for (const c of [...a.cells, ...a.undated]) out.set(c.category, (out.get(c.category) ?? 0) + c.count);
  return out;
};

function emptyProfile() {
  return { name: null, metrics: [], asOf: '2026-11-26', declaredPapers: null, mainCategory: null };
}

describe('the page source grouping a BibTeX list with few arXiv categories', () => {
  it('offers every kind with the papers it covers, and defaults to one that covers most', () => {
    expect(papers).toHaveLength(24);
    expect(source.info.groupKinds).toEqual([
      { kind: 'category', papers: 2 },
      { kind: 'field', papers: 0 },
      { kind: 'venue', papers: 16 },
      { kind: 'keyword', papers: 9 },
      { kind: 'type', papers: 24 },
    ]);
    expect(source.info.defaultGroup).toBe('type');
  });

  it('counts by type: named groups that sum to the 24 papers', async () => {
    const a = await counts('type');
    expect(total(a)).toBe(24);
    expect(byGroup(a).get('article')).toBe(9);
    expect(byGroup(a).has('')).toBe(false);
  });

  it('counts the papers without a venue as the group "" (8 of 24), never dropped', async () => {
    const a = await counts('venue');
    expect(byGroup(a).get('')).toBe(8);
    expect(total(a)).toBe(24);
    const rows = categoryRowsOf(a, a, 'venue');
    expect(rows.at(-1)).toMatchObject({ id: '', short: 'No venue', count: 8, total: 8 });
  });

  it('filters by a group of any kind, the "" group included', async () => {
    const articles = await counts('venue', [
      { source: 'categories', value: { kind: 'type', ids: ['article'] } },
    ]);
    expect(articles.papers).toBe(9);
    const noVenue = await counts('type', [{ source: 'categories', value: { kind: 'venue', ids: [''] } }]);
    expect(noVenue.papers).toBe(8);
    const uncategorised = await counts('category', [
      { source: 'categories', value: { kind: 'category', ids: [''] } },
    ]);
    expect(uncategorised.papers).toBe(22);
    const records = await ask({
      kind: 'records',
      filter: [{ source: 'categories', value: { kind: 'venue', ids: [''] } }],
    });
    expect(records.papers.every((p) => p.venue.trim() === '')).toBe(true);
  });

  it('says how many papers have no category instead of "no papers" when one is selected', async () => {
    const one: Filter = [{ source: 'categories', value: { kind: 'type', ids: ['book'] } }];
    const shown = await counts('category', one);
    const all = await counts('category');
    expect(shown.papers).toBe(1);
    const text = categoriesSummary(categoryRowsOf(shown, all, 'category'), shown, 'category');
    expect(text).toBe('No paper in the selection has a category. 1 paper has no category.');
    expect(text).not.toMatch(/No papers in the selection/);
  });

  it('gives years with papers a share in category trends, those without a category too', async () => {
    const a = await counts('category');
    const { rows } = categoryTrendsOf(a, source.info.span!, new Map());
    const years = new Set(rows.filter((r) => r.count > 0).map((r) => r.year));
    for (const year of years)
      expect(rows.filter((r) => r.year === year).some((r) => !Number.isNaN(r.share))).toBe(true);
    expect(rows.some((r) => r.category === '' && r.share > 0)).toBe(true);
  });

  it('colours people by their dominant group of the kind asked', async () => {
    const top = await ask({ kind: 'top-graph', top: 50, minPapers: 1, group: 'type' });
    const types = new Set(papers.map((p) => p.type));
    expect(top.nodes.length).toBeGreaterThan(0);
    for (const n of top.nodes) expect(n.category === null || types.has(n.category as never)).toBe(true);
    const graph = await ask({ kind: 'graph', filter: [], only: null, group: 'venue' });
    const venues = new Set(papers.map((p) => p.venue.trim()));
    for (const n of graph.nodes) expect(n.category === null || venues.has(n.category)).toBe(true);
  });

  it('summarises by the kind asked, the papers without a value as ""', async () => {
    const s = await ask({ kind: 'summary', filter: [], group: 'venue' });
    expect(s.categories.reduce((n, c) => n + c.count, 0)).toBe(24);
    expect(s.categories.find((c) => c.id === '')?.count).toBe(8);
  });

  it('resolves groups as a user writes them: any case, a type by its label, "(none)"', async () => {
    const found = await ask({
      kind: 'lookup',
      categories: [],
      people: [],
      terms: [],
      communities: [],
      groups: { kind: 'type', texts: ['ARTICLE', 'Journal article', '(none)', 'sonnet'] },
    });
    expect(found.groups).toEqual(['article', 'article', '', null]);
  });
});

describe('group counts', () => {
  it('sum to the papers for every kind and any subset of the list (primary groups)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...papers.keys()]),
        fc.constantFrom(...GROUP_KINDS),
        async (indexes, kind) => {
          const some = indexes.map((i) => papers[i]);
          const rows = groupCounts(some, kind);
          expect(rows.reduce((n, r) => n + r.papers, 0)).toBe(some.length);
          const s = new PageSource(openCollection({ papers: some, profile: emptyProfile(), source: 't' }));
          const a = await s.ask({
            kind: 'counts',
            filter: [],
            period: 'year',
            categories: 'primary',
            group: kind,
          });
          expect(total(a)).toBe(some.length);
          expect(a.papers).toBe(some.length);
        },
      ),
      { numRuns: 60, seed: 18 },
    );
  });
});
