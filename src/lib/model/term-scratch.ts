/**
 * Scratch arrays over a dictionary's term ids for the counting passes, zeroed again afterwards
 * through the list of ids touched: the dictionary reaches 10^6 phrases at 10^5 papers, and
 * clearing an array that long per count would cost more than the count.
 */
import type { TermDictionary } from './term-dictionary';

export class TermScratch {
  values = new Uint32Array(1024);
  touched: number[] = [];

  /** Grows to `size` ids; call before a pass. */
  ready(size: number): void {
    if (this.values.length < size) {
      const next = new Uint32Array(Math.max(size, this.values.length * 2));
      next.set(this.values);
      this.values = next;
    }
  }

  clear(): void {
    for (const id of this.touched) this.values[id] = 0;
    this.touched = [];
  }
}

interface Scratches {
  papers: TermScratch;
  titles: TermScratch;
  ranks: TermScratch;
}

// Per dictionary, so the arrays go with it.
const scratches = new WeakMap<TermDictionary, Scratches>();

/** The scratch arrays of a dictionary, grown to its size. */
export function scratchOf(dict: TermDictionary): Scratches {
  let s = scratches.get(dict);
  if (!s)
    scratches.set(
      dict,
      (s = { papers: new TermScratch(), titles: new TermScratch(), ranks: new TermScratch() }),
    );
  for (const scratch of Object.values(s)) scratch.ready(dict.size);
  return s;
}

/** Runs `fn` with `rank[id]` = 1 + the position of the term in `keys` (0 for other ids). */
export function withRanks<T>(dict: TermDictionary, keys: readonly string[], fn: (rank: Uint32Array) => T): T {
  const { ranks } = scratchOf(dict);
  keys.forEach((k, r) => {
    const id = dict.termId(k);
    if (id < 0 || ranks.values[id]) return;
    ranks.values[id] = r + 1;
    ranks.touched.push(id);
  });
  try {
    return fn(ranks.values);
  } finally {
    ranks.clear();
  }
}
