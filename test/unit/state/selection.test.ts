import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { makePaper } from '../../../src/lib/data/paper';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { collectionCommunities } from '../../../src/lib/model/communities';
import * as terms from '../../../src/lib/model/terms';
import {
  categoryClause,
  codeClause,
  peopleClause,
  searchClause,
  termClause,
  yearClause,
} from '../../../src/lib/state/clauses';
import { Selection } from '../../../src/lib/state/selection.svelte';
import {
  communityFor,
  decodeContext,
  selectionToUrl,
  urlToClauses,
} from '../../../src/lib/state/selection-url';
import { decodeUrlState, encodeUrlState } from '../../../src/lib/state/url-state';

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers, profile } = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });
const people = mergePeople(papers, { owner: profile!.name });
const decoders = { communities: collectionCommunities, terms };

describe('selection (crossfilter)', () => {
  it('intersects clauses', () => {
    const s = new Selection();
    s.set('categories', categoryClause(['astro-ph.GA']));
    expect(s.filter(papers)).toHaveLength(7);
    s.set('timeline', yearClause({ from: 2021, to: 2023 }));
    expect(s.filter(papers).map((p) => p.year)).toEqual([2022, 2023, 2023, 2021, 2021]);
  });

  it('filters each view by every clause but its own', () => {
    const s = new Selection();
    s.set('categories', categoryClause(['astro-ph.GA']));
    s.set('timeline', yearClause({ from: 2023, to: 2021 }));
    expect(s.filter(papers, 'timeline')).toHaveLength(7);
    expect(s.filter(papers, 'categories')).toHaveLength(
      papers.filter((p) => p.year! >= 2021 && p.year! <= 2023).length,
    );
    expect(s.filter(papers, 'network')).toHaveLength(5);
  });

  it('answers every view from one pass, exactly as filtering with the other clauses does', () => {
    const sources = ['timeline', 'categories', 'network', 'search', 'code'] as const;
    const clauseOf = {
      timeline: (n: number) => yearClause({ from: 2019 + (n % 3), to: 2022 + (n % 4) }),
      categories: (n: number) => categoryClause(n % 2 ? ['astro-ph.GA'] : ['astro-ph.GA', 'cs.LG']),
      network: (n: number) => peopleClause([people.people[1 + (n % 4)].id], people.paperPeople, (id) => id),
      search: (n: number) => searchClause(['galaxy', 'radio', 'learning'][n % 3]),
      code: () => codeClause(),
    };
    fc.assert(
      fc.property(fc.subarray([...sources]), fc.nat(11), (chosen, n) => {
        const s = new Selection();
        for (const source of chosen) s.set(source, clauseOf[source](n));
        for (const except of [undefined, ...sources]) {
          const others = s.clauses.filter((c) => c.source !== except);
          const expected = papers.filter((p) => others.every((c) => c.predicate(p)));
          expect(s.filter(papers, except)).toEqual(expected);
          const indexes = s.indexes(papers, except);
          expect(indexes ? Array.from(indexes, (i) => papers[i]) : papers).toEqual(expected);
        }
      }),
    );
  });

  it('year and category clauses read the columns exactly as their predicates read the papers', () => {
    const mixed = [
      ...papers,
      makePaper({ title: 'No year, no category', source: { file: 't' } }),
      makePaper({ title: 'Only a year', year: 2020, source: { file: 't' } }),
      makePaper({ title: 'Only a category', categories: ['cs.LG'], source: { file: 't' } }),
    ];
    const ids = [...new Set(mixed.flatMap((p) => p.categories))];
    fc.assert(
      fc.property(
        fc.integer({ min: 2010, max: 2030 }),
        fc.integer({ min: 2010, max: 2030 }),
        fc.subarray([...ids, 'none.XX']),
        (a, b, cats) => {
          for (const clause of [yearClause({ from: a, to: b }), categoryClause(cats)])
            expect([...clause.mask!(mixed)]).toEqual(mixed.map((p) => (clause.predicate(p) ? 1 : 0)));
        },
      ),
    );
  });

  it('clears a source with null and resets everything', () => {
    const s = new Selection();
    s.set('code', codeClause());
    s.set('search', searchClause('galaxy'));
    expect(s.filter(papers)).toHaveLength(0);
    s.set('code', null);
    expect(s.clauses.map((c) => c.source)).toEqual(['search']);
    s.reset();
    expect(s.filter(papers)).toBe(papers);
  });

  it('people clauses select joint papers', () => {
    const anna = people.resolve('Anna M. M. Scaife')!;
    const mike = people.resolve('Mike Walmsley')!;
    const name = (id: string) => people.byId.get(id)!.name;
    expect(papers.filter(peopleClause([anna], people.paperPeople, name).predicate)).toHaveLength(5);
    expect(papers.filter(peopleClause([anna, mike], people.paperPeople, name).predicate)).toHaveLength(5);
    expect(papers.filter(peopleClause([mike], people.paperPeople, name).predicate)).toHaveLength(16);
  });

  it('search is accent- and case-insensitive across title, abstract and authors', () => {
    expect(papers.filter(searchClause('RAILEANU').predicate)).toHaveLength(1);
    expect(papers.filter(searchClause('galaxy zoo').predicate).length).toBeGreaterThan(2);
  });
});

describe('selection ↔ URL', () => {
  it('round-trips every clause through the query string, authors by name', () => {
    const s = new Selection();
    const anna = people.resolve('Anna M. M. Scaife')!;
    s.set('timeline', yearClause({ from: 2021, to: 2023 }));
    s.set('categories', categoryClause(['astro-ph.GA']));
    s.set(
      'network',
      peopleClause([anna], people.paperPeople, (id) => people.byId.get(id)!.name),
    );
    s.set('search', searchClause('galaxy'));
    s.set('term', termClause(['galaxy', 'radio galaxy'], terms.hasTerms));
    s.set('community', communityFor(0, papers, people, collectionCommunities)!);
    const query = encodeUrlState(selectionToUrl(s.clauses, people, null));
    expect(query).toBe(
      'from=2021&to=2023&cat=astro-ph.GA&author=Anna+M.+M.+Scaife&q=galaxy&term=galaxy%2Cradio+galaxy&community=1',
    );
    const { state, notices } = decodeUrlState(query, decodeContext(papers, people, decoders));
    expect(notices).toEqual([]);
    const back = urlToClauses(state, people, papers, decoders);
    expect(back.map((c) => [c.source, c.value])).toEqual(s.clauses.map((c) => [c.source, c.value]));
  });

  it('matches an author parameter through name merging', () => {
    const { state } = decodeUrlState('?author=A.%20Scaife', decodeContext(papers, people, decoders));
    const [clause] = urlToClauses(state, people, papers, decoders);
    expect(papers.filter(clause.predicate)).toHaveLength(5);
  });

  it('reads terms in any written form and ignores terms no paper mentions', () => {
    const { state, notices } = decodeUrlState(
      '?term=Radio%20Galaxies,zebra',
      decodeContext(papers, people, decoders),
    );
    expect(state.term).toEqual(['radio galaxy']);
    expect(notices).toEqual(['Ignored term “zebra”: no paper mentions it.']);
    const [clause] = urlToClauses(state, people, papers, decoders);
    expect(clause.label).toBe('“radio galaxy”');
    expect(papers.filter(clause.predicate)).toHaveLength(3);
  });

  it('ignores a community number the collection does not have', () => {
    const { state, notices } = decodeUrlState('?community=99', decodeContext(papers, people, decoders));
    expect(state.community).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('fills an open year range from the data', () => {
    const { state } = decodeUrlState('?from=2024', decodeContext(papers, people, decoders));
    expect(urlToClauses(state, people, papers, decoders)[0].value).toEqual({ from: 2024, to: 2026 });
  });
});
