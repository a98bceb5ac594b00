/**
 * How many people and distinct coauthor pairs a set of papers has, everyone counted: the totals
 * a network that draws only its most prolific people states beside what it draws ("1,869 of
 * 32,541 links drawn").
 */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';
import { memoByList } from './memo-by-list';
import { personCodes } from './person-codes';

export interface PairCount {
  /** Distinct people on the papers. */
  people: number;
  /** Distinct pairs of people who share a paper. */
  pairs: number;
}

/**
 * The person codes of a list's papers (those the people index has; others have none), row i
 * being `codes[offsets[i] .. offsets[i + 1])`: built once per collection, so that counting the
 * pairs of a selection reads typed arrays by index instead of every paper object (each one a
 * memory read away at 10^6 papers).
 */
export interface CodeRows {
  offsets: Int32Array;
  codes: Int32Array;
  /** Codes are below this. */
  size: number;
}

/** The code rows of `papers` under `people` (kept while the list lives, for its last index). */
export const codeRows = memoByList((papers: readonly Paper[], people: PeopleIndex): CodeRows => {
  const codes = personCodes(people);
  const lists = papers.map((p) => (people.paperPeople.has(p.id) ? codes.of(p) : []));
  const offsets = new Int32Array(papers.length + 1);
  lists.forEach((cs, i) => (offsets[i + 1] = offsets[i] + cs.length));
  const flat = new Int32Array(offsets[papers.length]);
  lists.forEach((cs, i) => flat.set(cs, offsets[i]));
  return { offsets, codes: flat, size: codes.size };
});

/**
 * People and coauthor pairs over the rows at `indexes` (ascending; null: every row). Each pair is
 * filed under its lower person code (a counting sort), then the distinct higher codes of each
 * group are counted with a stamp per code: linear, where sorting every pair as one number took
 * most of a filter's network answer at 10^5 papers.
 */
export function pairsOfRows({ offsets, codes, size }: CodeRows, indexes: Int32Array | null): PairCount {
  const n = indexes ? indexes.length : offsets.length - 1;
  // Pairs per lower code, then where each lower code's group starts.
  const start = new Int32Array(size + 1);
  const seen = new Uint8Array(size);
  let persons = 0;
  for (let r = 0; r < n; r++) {
    const row = indexes ? indexes[r] : r;
    const [from, to] = [offsets[row], offsets[row + 1]];
    for (let i = from; i < to; i++) {
      if (!seen[codes[i]]) {
        seen[codes[i]] = 1;
        persons++;
      }
      for (let j = i + 1; j < to; j++) if (codes[i] !== codes[j]) start[Math.min(codes[i], codes[j]) + 1]++;
    }
  }
  for (let c = 0; c < size; c++) start[c + 1] += start[c];
  const higher = new Int32Array(start[size]);
  const fill = start.slice(0, size);
  for (let r = 0; r < n; r++) {
    const row = indexes ? indexes[r] : r;
    const [from, to] = [offsets[row], offsets[row + 1]];
    for (let i = from; i < to; i++)
      for (let j = i + 1; j < to; j++) {
        if (codes[i] < codes[j]) higher[fill[codes[i]]++] = codes[j];
        else if (codes[j] < codes[i]) higher[fill[codes[j]]++] = codes[i];
      }
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
