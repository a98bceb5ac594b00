/** Papers per (term, bucket) in one pass over the papers' term ids: the year cells and trends read these. */
import type { TermDictionary, TermText } from './term-dictionary';
import { withRanks } from './term-scratch';

/**
 * Papers per (term, bucket) for a few terms (term-major: `hits[t × buckets + b]`) and papers per
 * bucket. `bucket(p)` is 0…buckets−1, or -1 to skip the paper.
 */
export function termHits(
  dict: TermDictionary,
  papers: readonly TermText[],
  keys: readonly string[],
  buckets: number,
  bucket: (p: TermText) => number,
): { hits: Uint32Array; totals: Uint32Array } {
  const hits = new Uint32Array(keys.length * buckets);
  const totals = new Uint32Array(buckets);
  const numbers = dict.numbersOf(papers);
  withRanks(dict, keys, (rank) => {
    for (let p = 0; p < papers.length; p++) {
      const b = bucket(papers[p]);
      if (b < 0) continue;
      totals[b]++;
      const { ids, from, to } = dict.termsAt(numbers[p]);
      for (let i = from; i < to; i++) {
        const r = rank[ids[i]];
        if (r) hits[(r - 1) * buckets + b]++;
      }
    }
  });
  return { hits, totals };
}
