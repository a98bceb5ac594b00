/**
 * How many people and distinct coauthor pairs a set of papers has, everyone counted: the totals
 * a network that draws only its most prolific people states beside what it draws ("1,869 of
 * 32,541 links drawn").
 */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';

export interface PairCount {
  /** Distinct people on the papers. */
  people: number;
  /** Distinct pairs of people who share a paper. */
  pairs: number;
}

/** People and coauthor pairs over `papers`, by the people index's merged ids. */
export function coauthorPairs(
  papers: readonly Pick<Paper, 'id'>[],
  people: Pick<PeopleIndex, 'paperPeople'>,
): PairCount {
  const index = new Map<string, number>();
  const lists: Int32Array[] = [];
  let slots = 0;
  for (const p of papers) {
    const ids = people.paperPeople.get(p.id);
    if (!ids) continue;
    const codes = new Int32Array(ids.length);
    ids.forEach((id, i) => {
      let code = index.get(id);
      if (code === undefined) index.set(id, (code = index.size));
      codes[i] = code;
    });
    lists.push(codes.sort());
    slots += (codes.length * (codes.length - 1)) / 2;
  }
  // Every pair of every paper as one number (smaller code × 2^26 + larger, exact below 2^26
  // people), sorted, then counted once each: a typed sort is several times faster than a Set
  // of numbers that large.
  const keys = new Float64Array(slots);
  let n = 0;
  for (const codes of lists)
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++)
        if (codes[i] !== codes[j]) keys[n++] = codes[i] * 67_108_864 + codes[j];
  const sorted = keys.subarray(0, n).sort();
  let pairs = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) pairs++;
  return { people: index.size, pairs };
}
