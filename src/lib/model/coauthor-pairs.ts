/**
 * How many people and distinct coauthor pairs a set of papers has, everyone counted: the totals
 * a network that draws only its most prolific people states beside what it draws ("1,869 of
 * 32,541 links drawn").
 */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';
import { personCodes } from './person-codes';

export interface PairCount {
  /** Distinct people on the papers. */
  people: number;
  /** Distinct pairs of people who share a paper. */
  pairs: number;
}

/**
 * People and coauthor pairs over `papers` (those the index has), by the people index's merged
 * ids. Each pair is filed under its lower person code (a counting sort), then the distinct
 * higher codes of each group are counted with a stamp per code: linear, where sorting every
 * pair as one number took most of a filter's network answer at 10^5 papers.
 */
export function coauthorPairs(papers: readonly Paper[], people: PeopleIndex): PairCount {
  const codes = personCodes(people);
  const lists: number[][] = [];
  for (const p of papers) if (people.paperPeople.has(p.id)) lists.push(codes.of(p));
  const size = codes.size;
  // Pairs per lower code, then where each lower code's group starts.
  const start = new Int32Array(size + 1);
  const seen = new Uint8Array(size);
  let persons = 0;
  for (const cs of lists) {
    for (let i = 0; i < cs.length; i++) {
      if (!seen[cs[i]]) {
        seen[cs[i]] = 1;
        persons++;
      }
      for (let j = i + 1; j < cs.length; j++) if (cs[i] !== cs[j]) start[Math.min(cs[i], cs[j]) + 1]++;
    }
  }
  for (let c = 0; c < size; c++) start[c + 1] += start[c];
  const higher = new Int32Array(start[size]);
  const fill = start.slice(0, size);
  for (const cs of lists)
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++) {
        if (cs[i] < cs[j]) higher[fill[cs[i]]++] = cs[j];
        else if (cs[j] < cs[i]) higher[fill[cs[j]]++] = cs[i];
      }
  // stamp[hi] = 1 + the lower code whose group last counted it.
  const stamp = new Int32Array(size);
  let pairs = 0;
  for (let lo = 0; lo < size; lo++)
    for (let k = start[lo]; k < start[lo + 1]; k++) {
      if (stamp[higher[k]] === lo + 1) continue;
      stamp[higher[k]] = lo + 1;
      pairs++;
    }
  return { people: persons, pairs };
}
