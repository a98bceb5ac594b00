/**
 * Row masks for the clauses a cube cannot answer: people (from the person → rows index, so the
 * cost is the people's papers, not the collection) and text (through `attachSearch`).
 */
import type { Paper } from '../data/paper';
import type { ColumnarStore } from './columnar-store';
import { textMatcher } from './search-text';

interface Scratch {
  rows: Uint32Array;
  stamp: number;
}

const scratch = new WeakMap<ColumnarStore, Scratch>();

/**
 * Rows on which every person of `codes` appears, marked `rows[r] === stamp`. The stamp changes on
 * every call, so the buffer is reused without clearing. A code of -1 (unknown person) marks nothing.
 */
export function peopleRowMask(store: ColumnarStore, codes: readonly number[]): Scratch {
  let s = scratch.get(store);
  if (!s) scratch.set(store, (s = { rows: new Uint32Array(store.size), stamp: 0 }));
  // Two stamps per call: one marks "on the first k people", the last one "on all of them".
  if (s.stamp > 0xfffffff0 - 2 * codes.length) {
    s.rows.fill(0);
    s.stamp = 0;
  }
  if (codes.includes(-1)) {
    s.stamp++;
    return s;
  }
  const { personOffsets, personRows } = store;
  let prev = 0;
  for (let k = 0; k < codes.length; k++) {
    const stamp = ++s.stamp;
    for (let j = personOffsets[codes[k]], end = personOffsets[codes[k] + 1]; j < end; j++) {
      const r = personRows[j];
      if (k === 0 || s.rows[r] === prev) s.rows[r] = stamp;
    }
    prev = stamp;
  }
  return s;
}

/** The text-query mask, or an error when the store was built without text (a bug in the caller). */
export function searchRowMask(store: ColumnarStore, query: string): Uint8Array {
  if (!store.search) throw new Error('This store has no text: call attachSearch(store, papers) first.');
  return store.search(query);
}

/**
 * Enables text clauses, with the exact semantics of `textMatcher` on the papers the store was
 * built from. Keeps the last query's mask, as a search box re-asks while other clauses change.
 */
export function attachSearch(store: ColumnarStore, papers: readonly Paper[]): void {
  let last: { query: string; mask: Uint8Array } | null = null;
  store.search = (query) => {
    if (last && last.query === query) return last.mask;
    const match = textMatcher(query);
    const mask = new Uint8Array(store.size);
    for (let r = 0; r < store.size; r++) if (match(papers[store.paperIndex[r]])) mask[r] = 1;
    last = { query, mask };
    return mask;
  };
}
