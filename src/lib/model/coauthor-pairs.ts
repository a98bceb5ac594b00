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
  const pairs = new Set<number>();
  for (const p of papers) {
    const ids = people.paperPeople.get(p.id);
    if (!ids) continue;
    const codes = ids.map((id) => {
      let code = index.get(id);
      if (code === undefined) index.set(id, (code = index.size));
      return code;
    });
    // Pairs as one number (smaller code × 2^26 + larger): exact below 2^26 people.
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) {
        const a = Math.min(codes[i], codes[j]);
        const b = Math.max(codes[i], codes[j]);
        if (a !== b) pairs.add(a * 67_108_864 + b);
      }
  }
  return { people: index.size, pairs: pairs.size };
}
