import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/data/paper';
import { collaborationByYear } from '../../../src/lib/model/collaboration';
import { buildCoauthorGraph, topCoauthors } from '../../../src/lib/model/coauthor-graph';
import { collectionTopGraph } from '../../../src/lib/model/network-top';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { orderedSubset, paperOrders } from '../../../src/lib/model/paper-order';
import { periodOf, yearSpan } from '../../../src/lib/model/timeline';
import { hasTerms } from '../../../src/lib/model/terms';
import { filterWithout, type Filter, type FilterClause } from '../../../src/lib/source/filter';
import { PageSource } from '../../../src/lib/source/page/page-source';
import type { AnswerTo, Question } from '../../../src/lib/source/questions';
import { bundledProfile, generatedPapers } from '../../helpers/collections';
import { TermDictionary } from '../../../src/lib/model/term-dictionary';
import { passes } from '../../helpers/filter-reference';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

const ask = async <Q extends Question>(source: PageSource, q: Q): Promise<AnswerTo<Q>> => source.ask(q);

function sourceOf(papers: readonly Paper[], owner: string | null) {
  const people = mergePeople(papers, { owner });
  const ownerId = owner ? people.resolve(owner) : undefined;
  const profile = { name: owner, metrics: [], asOf: '2026-11-26', declaredPapers: null, mainCategory: null };
  return { source: new PageSource({ papers, people, profile, source: 'test', ownerId }), people, ownerId };
}

describe('the page source on the bundled profile', () => {
  const { papers, profile } = bundledProfile();
  const { source, people, ownerId } = sourceOf(papers, profile.name);

  it('describes the collection', () => {
    expect(source.info).toMatchObject({
      size: 16,
      people: 29,
      undated: 0,
      span: { first: 2019, last: 2026 },
    });
    expect(source.info.owner?.name).toBe('Mike Walmsley');
    expect(source.info.categories.find((c) => c.id === 'astro-ph.GA')?.count).toBe(7);
  });

  it('answers at once, without a promise, where no text clause is involved', () => {
    const answer = source.ask({ kind: 'counts', filter: [], period: 'year', categories: 'primary' });
    expect(answer).not.toBeInstanceOf(Promise);
  });

  it('counts 7 of 16 papers in astro-ph.GA, per year as the timeline draws them', async () => {
    const filter: Filter = [{ source: 'categories', value: { kind: 'category', ids: ['astro-ph.GA'] } }];
    const counts = await ask(source, { kind: 'counts', filter, period: 'year', categories: 'primary' });
    expect(counts.papers).toBe(7);
    const byYear = new Map<string, number>();
    for (const p of papers.filter((p) => p.categories[0] === 'astro-ph.GA'))
      byYear.set(String(p.year), (byYear.get(String(p.year)) ?? 0) + 1);
    expect(new Map(counts.cells.map((c) => [c.period, c.count]))).toEqual(byYear);
    // Crossfilter: the categories view is asked without its own clause.
    const all = await ask(source, {
      kind: 'counts',
      filter: filterWithout(filter, 'categories'),
      period: 'year',
      categories: 'primary',
    });
    expect(all.papers).toBe(16);
  });

  it('gives the summary of the collection and its coauthors as the model does', async () => {
    const summary = await ask(source, { kind: 'summary', filter: [] });
    expect(summary.papers).toBe(16);
    expect(summary.topCoauthors).toEqual(topCoauthors(papers, people, ownerId!));
    expect(summary.topCoauthors[0]).toMatchObject({ name: 'Anna M. M. Scaife', papers: 5 });
  });

  it('pages through the list in each order, as the list sorted it', async () => {
    const orders = paperOrders(papers);
    for (const order of ['newest', 'oldest', 'title'] as const) {
      const first = await ask(source, { kind: 'papers', filter: [], order, offset: 0, limit: 10 });
      const rest = await ask(source, { kind: 'papers', filter: [], order, offset: 10, limit: 10 });
      expect(first.total).toBe(16);
      expect([...first.rows, ...rest.rows].map((r) => r.index)).toEqual([...orders[order]]);
    }
    const abstract = await ask(source, { kind: 'abstract', index: 0 });
    expect(abstract.abstract).toBe(papers[0].abstract);
  });

  it('draws the same network as the model: the top graph, then a person’s papers', async () => {
    const top = await ask(source, { kind: 'top-graph', top: 500, minPapers: 1 });
    // Every pair counted, as by hand in coauthor-graph.test.ts.
    expect(top).toEqual({ ...collectionTopGraph(papers, people, 500, { minPapers: 1 }), pairs: 56 });
    const scaife = people.resolve('Anna Scaife')!;
    const filter: Filter = [{ source: 'network', value: [scaife] }];
    const graph = await ask(source, { kind: 'graph', filter, only: top.nodes.map((n) => n.id) });
    expect(graph.papers).toBe(5);
    const expected = buildCoauthorGraph(
      papers.filter((p) => people.paperPeople.get(p.id)?.includes(scaife)),
      people,
      { only: new Set(top.nodes.map((n) => n.id)) },
    );
    expect(graph.nodes).toEqual(expected.nodes);
    expect(graph.edges).toEqual(expected.edges);
    const everyone = buildCoauthorGraph(
      papers.filter((p) => people.paperPeople.get(p.id)?.includes(scaife)),
      people,
    );
    expect([graph.people, graph.pairs]).toEqual([everyone.nodes.length, everyone.edges.length]);
  });

  it('resolves names written any way, and says which are not in the collection', async () => {
    const found = await ask(source, {
      kind: 'lookup',
      categories: ['ASTRO-PH.ga', 'hep-th'],
      people: ['anna scaife', 'Nobody Here'],
      terms: ['Galaxies', 'zzzz'],
      communities: [0, 99],
    });
    expect(found.categories).toEqual(['astro-ph.GA', null]);
    expect(found.people).toEqual([{ id: people.resolve('Anna Scaife'), name: 'Anna M. M. Scaife' }, null]);
    expect(found.terms[0]).toMatchObject({ key: 'galaxy' });
    expect(found.terms[1]).toBeNull();
    expect(found.communities[0]).toMatchObject({ index: 0 });
    expect(found.communities[1]).toBeNull();
  });

  it('filters by a term through the text service, and by a community', async () => {
    const filter: Filter = [{ source: 'term', value: ['galaxy'] }];
    const answer = source.ask({ kind: 'counts', filter, period: 'year', categories: 'primary' });
    expect((await answer).papers).toBe(papers.filter((p) => hasTerms(dict, p, ['galaxy'])).length);
    const community = await ask(source, { kind: 'summary', filter: [{ source: 'community', value: 0 }] });
    expect(community.papers).toBeGreaterThan(0);
  });
});

describe('the page source agrees with the clauses written out, on random filters', () => {
  const papers = generatedPapers(1500, 5);
  const { source, people } = sourceOf(papers, null);
  const span = yearSpan(papers)!;
  const cats = [...new Set(papers.map((p) => p.categories[0]))].sort();
  const persons = people.people.slice(0, 40).map((p) => p.id);
  const words = ['galaxy', 'network', 'the', 'learning', 'ab'];

  const clause = fc.oneof(
    fc
      .tuple(fc.integer({ min: span.first - 1, max: span.last + 1 }), fc.integer({ min: 0, max: 8 }))
      .map(([from, n]): FilterClause => ({ source: 'timeline', value: { from, to: from + n } })),
    fc
      .subarray(cats, { minLength: 1, maxLength: 3 })
      .map((ids): FilterClause => ({ source: 'categories', value: { kind: 'category', ids } })),
    fc
      .subarray(persons, { minLength: 1, maxLength: 2 })
      .map((value): FilterClause => ({ source: 'network', value })),
    fc.constantFrom(...words).map((value): FilterClause => ({ source: 'search', value })),
    fc.constant<FilterClause>({ source: 'code', value: true }),
  );
  const filters = fc
    .uniqueArray(clause, { selector: (c) => c.source, maxLength: 4 })
    .map((cs): Filter => [...cs].sort((a, b) => a.source.localeCompare(b.source)));

  it('counts, code shares, collaboration and pages', async () => {
    const orders = paperOrders(papers);
    await fc.assert(
      fc.asyncProperty(filters, async (filter) => {
        const kept = papers.filter((p) => filter.every((c) => passes(p, c, people.paperPeople)));
        const counts = await ask(source, { kind: 'counts', filter, period: 'month', categories: 'listed' });
        expect(counts.papers).toBe(kept.length);
        let listed = 0;
        for (const p of kept) if (periodOf(p, 'month') !== null) listed += Math.max(1, p.categories.length);
        expect(counts.cells.reduce((n, c) => n + c.count, 0)).toBe(listed);
        const code = await ask(source, { kind: 'code', filter });
        expect(code.withCode).toBe(kept.filter((p) => p.hasCode).length);
        const collaboration = await ask(source, { kind: 'collaboration', filter });
        expect(collaboration.years).toEqual(collaborationByYear(kept, people, span));
        const page = await ask(source, { kind: 'papers', filter, order: 'newest', offset: 3, limit: 7 });
        expect(page.total).toBe(kept.length);
        expect(page.rows.map((r) => r.index)).toEqual([
          ...orderedSubset(papers, orders.newest, kept).slice(3, 10),
        ]);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
