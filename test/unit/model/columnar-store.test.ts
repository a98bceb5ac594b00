import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/data/paper';
import { storeFromPapers } from '../../../src/lib/model/columnar-store';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { periodOf } from '../../../src/lib/model/timeline';
import { bundledProfile, generatedPapers } from '../../helpers/collections';

const synthetic = generatedPapers(1500, 7);
const { papers: bundled, profile } = bundledProfile();

/** Papers per (period, primary category) counted one by one: what every cube cell must hold. */
function cellCounts(papers: readonly Paper[], period: 'year' | 'month'): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of papers) {
    const key = `${periodOf(p, period) ?? 'undated'} ${p.categories[0] ?? ''}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

describe('storeFromPapers', () => {
  it('does not modify its input', () => {
    const before = JSON.stringify(synthetic);
    storeFromPapers(synthetic);
    expect(JSON.stringify(synthetic)).toBe(before);
  });

  it('encodes categories and people as sorted dictionaries with a CSR index and its inverse', () => {
    const store = storeFromPapers(bundled, { people: mergePeople(bundled, { owner: profile.name }) });
    expect([...store.categories]).toEqual([...store.categories].sort());
    expect([...store.people]).toEqual([...store.people].sort());
    expect(store.peopleOffsets[store.size]).toBe(store.peopleIds.length);
    expect(store.personRows.length).toBe(store.peopleIds.length);
    const owner = store.people.findIndex((_, k) => store.personNames[k] === 'Mike Walmsley');
    expect(store.personOffsets[owner + 1] - store.personOffsets[owner]).toBe(16);
  });

  it.each(['year', 'month'] as const)('counts every (%s, primary category) cell of its cube', (period) => {
    const store = storeFromPapers(synthetic);
    const cube = period === 'year' ? store.yearCube : store.monthCube;
    const perYear = period === 'year' ? 1 : 12;
    const nC = store.categories.length;
    const seen = new Map<string, number>();
    for (let cell = 0; cell < cube.length; cell++) {
      if (cube[cell] === 0) continue;
      const row = Math.floor(cell / nC);
      const y = Math.floor(row / perYear);
      const at =
        y === store.years
          ? 'undated'
          : period === 'year'
            ? String(store.firstYear + y)
            : `${store.firstYear + y}-${String((row % 12) + 1).padStart(2, '0')}`;
      seen.set(`${at} ${store.categories[cell % nC]}`, cube[cell]);
    }
    expect(seen).toEqual(cellCounts(synthetic, period));
  });

  it('leaves the people out when asked to (the cubes are the same)', () => {
    const without = storeFromPapers(synthetic, { people: null });
    const withPeople = storeFromPapers(synthetic);
    expect(without.people).toEqual([]);
    expect(without.peopleIds.length).toBe(0);
    expect(without.yearCube).toEqual(withPeople.yearCube);
    expect(without.monthCube).toEqual(withPeople.monthCube);
  });
});
