import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import { membership, orderedSubset, paperOrders, type PaperSort } from '../../../src/lib/model/paper-order';

const paper = (id: string, title: string, date: string | null = null): Paper =>
  makePaper({ id, title, date, source: { file: 't' } });

/** The list's sort before orders were precomputed: the reference the new code must match. */
function sortedBefore(papers: readonly Paper[], sort: PaperSort): Paper[] {
  const list = [...papers];
  if (sort === 'title') return list.sort((a, b) => a.title.localeCompare(b.title));
  const dir = sort === 'newest' ? -1 : 1;
  return list.sort(
    (a, b) => dir * (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title),
  );
}

const ids = (all: readonly Paper[], rows: Int32Array) => Array.from(rows, (i) => all[i].id);
const SORTS: PaperSort[] = ['newest', 'oldest', 'title'];

describe('paperOrders + orderedSubset', () => {
  const all = [
    paper('a', 'Zebra galaxies', '2021-03-04'),
    paper('b', 'alpha', '2021'),
    paper('c', 'Éclair spectra', null),
    paper('d', 'Alpha', '2021-03'),
    paper('e', 'beta', '2021-03-04'),
    paper('f', 'alpha', '2021'),
  ];
  const orders = paperOrders(all);

  it('sorts newest by date descending (more precise first), then by title; undated last', () => {
    expect(ids(all, orders.newest)).toEqual(['e', 'a', 'd', 'b', 'f', 'c']);
    expect(ids(all, orders.oldest)).toEqual(['c', 'b', 'f', 'd', 'e', 'a']);
    expect(ids(all, orders.title)).toEqual(['b', 'f', 'd', 'e', 'c', 'a']);
  });

  it('keeps only the filtered papers, in the chosen order', () => {
    const papers = [all[0], all[2], all[4]];
    expect(ids(all, orderedSubset(all, orders.newest, papers))).toEqual(['e', 'a', 'c']);
    expect(ids(all, orderedSubset(all, orders.title, papers))).toEqual(['e', 'c', 'a']);
    expect(orderedSubset(all, orders.title, [])).toHaveLength(0);
    expect(orderedSubset(all, orders.title, all)).toBe(orders.title);
  });

  it('finds members listed out of collection order, and ignores papers from elsewhere', () => {
    const mask = membership(all, [all[4], all[1], paper('x', 'elsewhere')]);
    expect([...mask]).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it('does not modify its input', () => {
    const before = all.map((p) => p.id);
    paperOrders(all);
    orderedSubset(all, orders.newest, all.slice(1));
    expect(all.map((p) => p.id)).toEqual(before);
  });

  const title = fc.constantFrom(
    'alpha',
    'Alpha',
    'alpha ',
    'Beta',
    'béta',
    'beta',
    'Ωmega',
    '',
    '10 x',
    '9 x',
  );
  const date = fc.option(
    fc
      .tuple(fc.integer({ min: 2019, max: 2021 }), fc.integer({ min: 0, max: 2 }))
      .chain(([y, precision]) =>
        precision === 0
          ? fc.constant(String(y))
          : fc
              .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }))
              .map(([m, d]) => `${y}-0${m}${precision === 2 ? `-0${d}` : ''}`),
      ),
  );

  it('equals sorting the filtered list every time, for any collection and subset', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(title, date, fc.boolean()), { maxLength: 60 }), (rows) => {
        const all = rows.map(([t, d], i) => paper(`p${i}`, t, d));
        const papers = all.filter((_, i) => rows[i][2]);
        const orders = paperOrders(all);
        for (const sort of SORTS) {
          expect(ids(all, orderedSubset(all, orders[sort], papers))).toEqual(
            sortedBefore(papers, sort).map((p) => p.id),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
