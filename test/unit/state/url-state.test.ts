import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import { decodeClauses, encodeClauses } from '../../../src/lib/state/clause-codec';
import {
  categoriesClause,
  citedPapersClause,
  citedYearsClause,
  codeClause,
  peopleClause,
  searchClause,
  yearsClause,
  type Clause,
} from '../../../src/lib/state/clauses';
import { addressOf, readTheme, unknownParameters } from '../../../src/lib/state/url-state';
import { bundledProfile } from '../../helpers/collections';

const collection = openCollection({ ...bundledProfile(), source: 'profile-walmsley.txt' });
const source = new PageSource(collection);
const person = (name: string) => {
  const id = collection.people.resolve(name)!;
  return { id, name: collection.people.byId.get(id)!.name };
};

describe('the address', () => {
  it('round-trips any selection: decode(encode(clauses)) is the clauses', async () => {
    const people = ['Anna Scaife', 'Mike Walmsley', 'Micah Bowles'].map(person);
    const clause = fc.oneof(
      fc
        .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 2000, max: 2030 }))
        .map(([a, b]): Clause => yearsClause({ from: a, to: b })),
      fc
        .subarray(['astro-ph.GA', 'cs.CV', 'cs.LG'], { minLength: 1 })
        .map((ids): Clause => categoriesClause(ids)),
      fc.subarray(people, { minLength: 1 }).map((ps): Clause =>
        peopleClause(
          ps.map((p) => p.id),
          ps.map((p) => p.name),
        ),
      ),
      fc.stringMatching(/^[a-z][a-z ]{0,12}[a-z]$/).map((q): Clause => searchClause(q)),
      fc.constant<Clause>(codeClause()),
      fc
        .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1990, max: 2030 }))
        .map(([a, b]): Clause => citedYearsClause({ from: a, to: b })),
      fc.subarray(collection.papers.slice(0, 5), { minLength: 1 }).map((ps): Clause =>
        citedPapersClause(
          ps.map((p) => p.id),
          ps.map((p) => p.title),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(clause, { selector: (c) => c.source, maxLength: 5 }),
        async (clauses) => {
          const ordered = [...clauses].sort((a, b) => order(a) - order(b));
          const { clauses: back, notices } = await decodeClauses(encodeClauses(ordered), source);
          expect(notices).toEqual([]);
          expect(back.map((c) => [c.source, c.value])).toEqual(ordered.map((c) => [c.source, c.value]));
        },
      ),
      { numRuns: 150, seed: 3 },
    );
  });

  it('never throws on any query string, and says what it ignored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (q) => {
        const params = new URLSearchParams(q);
        const { notices } = await decodeClauses(params, source);
        expect(Array.isArray(notices)).toBe(true);
        unknownParameters(params);
        readTheme(params, []);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('reads cited years and papers, and says what it ignored', async () => {
    const one = await decodeClauses(new URLSearchParams('cited=2021'), source);
    expect(one.clauses.map((c) => [c.value, c.label])).toEqual([
      [{ kind: 'years', from: 2021, to: 2021 }, 'Cited in 2021'],
    ]);
    const span = await decodeClauses(new URLSearchParams('cited=2019–2021'), source);
    expect(span.clauses[0].label).toBe('Cited from 2019 to 2021');
    const id = collection.papers[0].id;
    const paper = await decodeClauses(new URLSearchParams({ 'cited-paper': id }), source);
    expect(paper.clauses[0].value).toEqual({ kind: 'papers', ids: [id] });
    expect(paper.clauses[0].description).toBe(`Paper: ${collection.papers[0].title}`);
    const bad = await decodeClauses(new URLSearchParams('cited=soon&cited-paper=doi:10.1/none'), source);
    expect(bad.clauses).toEqual([]);
    expect(bad.notices).toEqual([
      'Ignored “cited=soon”: expected a year or two (2021, 2019-2021).',
      'Ignored paper “doi:10.1/none”: not in this collection.',
    ]);
  });

  it('names unknown parameters and a theme it cannot use', () => {
    const params = new URLSearchParams('zoom=3&theme=pink&cat=x&embed=timeline');
    expect(unknownParameters(params)).toEqual(['Ignored unknown URL parameter “zoom”.']);
    const notices: string[] = [];
    expect(readTheme(params, notices)).toBeNull();
    expect(notices).toEqual(['Ignored “theme=pink”: use light or dark.']);
    expect(readTheme(new URLSearchParams('theme=dark'), [])).toBe('dark');
  });

  it('writes mode parameters first, then filters, then the theme', () => {
    const keep = new URLSearchParams('present=1&slide=3&cat=old&zoom=1');
    const filters = encodeClauses([categoriesClause(['astro-ph.GA']), codeClause()]);
    expect(addressOf(keep, filters, 'dark')).toBe('present=1&slide=3&cat=astro-ph.GA&code=1&theme=dark');
  });
});

const ORDER = ['timeline', 'categories', 'network', 'community', 'term', 'search', 'code', 'cited'];
const order = (c: Clause) => ORDER.indexOf(c.source);
