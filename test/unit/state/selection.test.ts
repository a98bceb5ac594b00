import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterWithout } from '../../../src/lib/source/filter';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import { decodeClauses, encodeClauses } from '../../../src/lib/state/clause-codec';
import {
  categoriesClause,
  codeClause,
  communityClause,
  peopleClause,
  searchClause,
  termsClause,
  toggled,
  yearsClause,
} from '../../../src/lib/state/clauses';
import { Selection } from '../../../src/lib/state/selection.svelte';
import { bundledProfile } from '../../helpers/collections';

const bundled = bundledProfile();
const source = new PageSource(openCollection({ ...bundled, source: 'profile-walmsley.txt' }));
const { people } = openCollection({ ...bundled, source: '' });
const count = async (s: Selection, except: Parameters<typeof filterWithout>[1] = null) =>
  (await source.ask({ kind: 'summary', filter: filterWithout(s.filter, except) })).papers;

describe('selection (crossfilter)', () => {
  it('intersects clauses', async () => {
    const s = new Selection();
    s.set('categories', categoriesClause(['astro-ph.GA']));
    expect(await count(s)).toBe(7);
    s.set('timeline', yearsClause({ from: 2021, to: 2023 }));
    expect(await count(s)).toBe(5);
  });

  it('filters each view by every clause but its own', async () => {
    const s = new Selection();
    s.set('categories', categoriesClause(['astro-ph.GA']));
    s.set('timeline', yearsClause({ from: 2023, to: 2021 }));
    expect(await count(s, 'timeline')).toBe(7);
    expect(await count(s, 'categories')).toBe(
      bundled.papers.filter((p) => p.year! >= 2021 && p.year! <= 2023).length,
    );
    expect(await count(s, 'network')).toBe(5);
  });

  it('holds values only, the same filter while the clauses stay', () => {
    const s = new Selection();
    s.set('timeline', yearsClause({ from: 2024, to: 2021 }));
    s.set('code', codeClause());
    const f = s.filter;
    expect(f).toEqual([
      { source: 'timeline', value: { from: 2021, to: 2024 } },
      { source: 'code', value: true },
    ]);
    expect(s.filter).toBe(f);
    s.set('code', null);
    expect(s.filter).not.toBe(f);
    expect(s.clauses.map((c) => c.source)).toEqual(['timeline']);
    s.reset();
    expect(s.filter).toEqual([]);
  });

  it('toggles a list clause alone, or with Shift added to the others', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd')),
        fc.constantFrom('a', 'b', 'c'),
        (now, id) => {
          expect(toggled(now, id, false)).toEqual(now.length === 1 && now[0] === id ? [] : [id]);
          const added = toggled(now, id, true);
          expect(added.includes(id)).toBe(!now.includes(id));
          expect(added.filter((x) => x !== id)).toEqual(now.filter((x) => x !== id));
        },
      ),
    );
  });

  it('labels clauses for chips and screen readers', () => {
    expect(yearsClause({ from: 2021, to: 2021 }).label).toBe('2021');
    expect(peopleClause(['a', 'b'], ['Ann', 'Bob']).description).toBe('Joint papers of Ann and Bob');
    expect(termsClause(['radio galaxy'], ['radio galaxies']).label).toBe('“radio galaxies”');
    expect(searchClause('galaxy zoo').description).toBe('Text search: galaxy zoo');
    expect(communityClause(0, 'galaxy, zoo').label).toBe('Community 1: galaxy, zoo');
  });
});

describe('selection ↔ URL', () => {
  const decode = (q: string) => decodeClauses(new URLSearchParams(q), source);

  it('round-trips every clause through the query string, authors by name', async () => {
    const anna = people.resolve('Anna M. M. Scaife')!;
    const { clauses: community } = await decode('community=1');
    const clauses = [
      yearsClause({ from: 2021, to: 2023 }),
      categoriesClause(['astro-ph.GA']),
      peopleClause([anna], ['Anna M. M. Scaife']),
      community[0],
      termsClause(['galaxy', 'radio galaxy'], ['galaxy', 'radio galaxy']),
      searchClause('galaxy'),
    ];
    const query = encodeClauses(clauses).toString();
    expect(query).toBe(
      'from=2021&to=2023&cat=astro-ph.GA&author=Anna+M.+M.+Scaife&community=1&term=galaxy%2Cradio+galaxy&q=galaxy',
    );
    const { clauses: back, notices } = await decode(query);
    expect(notices).toEqual([]);
    expect(back.map((c) => [c.source, c.value])).toEqual(clauses.map((c) => [c.source, c.value]));
  });

  it('matches an author parameter through name merging', async () => {
    const { clauses } = await decode('author=A.%20Scaife');
    expect(clauses[0]).toMatchObject({ source: 'network', label: 'Anna M. M. Scaife' });
    const answer = await source.ask({
      kind: 'summary',
      filter: clauses.map(({ source: s, value }) => ({ source: s, value }) as never),
    });
    expect(answer.papers).toBe(5);
  });

  it('reads terms in any written form and ignores terms no paper mentions', async () => {
    const { clauses, notices } = await decode('term=Radio%20Galaxies,zebra');
    expect(clauses.map((c) => c.value)).toEqual([['radio galaxy']]);
    expect(notices).toEqual(['Ignored term “zebra”: no paper mentions it.']);
  });

  it('ignores a community number the collection does not have, and malformed values', async () => {
    const { clauses, notices } = await decode('community=99&from=20x&code=maybe&cat=hep-th');
    expect(clauses).toEqual([]);
    expect(notices).toEqual([
      // What is malformed first, then what the collection does not have.
      'Ignored “from=20x”: expected a four-digit year.',
      'Ignored “code=maybe”: use code=1.',
      'Ignored category “hep-th”: not in this collection.',
      'Ignored “community=99”: no coauthor community of that number.',
    ]);
  });

  it('fills an open year range from the data', async () => {
    expect((await decode('from=2024')).clauses[0].value).toEqual({ from: 2024, to: 2026 });
    expect((await decode('to=2020')).clauses[0].value).toEqual({ from: 2019, to: 2020 });
  });
});
