/**
 * Every paper's terms in shared blocks, found by the paper's number: term ids ascending, and
 * beside each its first written form, whose top bit says the term is in the title. Three typed
 * arrays per paper cost more in array objects and backing-store bookkeeping than in ids (at 10^6
 * papers about 650 MB beside 280 MB of ids); blocks of a million entries cost nothing per paper.
 */
import { GrowableU32 } from './store-growable';

/** The top bit of a written-form entry: the term is in the paper's title. */
export const IN_TITLE = 0x80000000;
/** The written-form id of an entry. */
export const SURFACE_ID = 0x7fffffff;

/** Blocks grow from FIRST_BLOCK entries (a 16-paper profile's terms) by doubling up to BLOCK. */
const FIRST_BLOCK = 4096;
const BLOCK = 1 << 20;

/** One paper's terms: entries `from` to `to` (exclusive) of the two arrays. */
export interface TermsCursor {
  ids: Uint32Array;
  surfaces: Uint32Array;
  from: number;
  to: number;
}

export class TermArena {
  readonly #blocks: { ids: Uint32Array; surfaces: Uint32Array }[] = [];
  #used = 0;
  readonly #block = new GrowableU32();
  readonly #from = new GrowableU32();
  readonly #to = new GrowableU32();
  // Read by `at` and handed out: one object, so reading a million papers' terms allocates nothing.
  readonly #cursor: TermsCursor = { ids: new Uint32Array(0), surfaces: new Uint32Array(0), from: 0, to: 0 };

  /** Stores one paper's terms (ids ascending, entries as above); returns the paper's number. */
  add(ids: ArrayLike<number>, surfaces: ArrayLike<number>): number {
    const n = ids.length;
    const last = this.#blocks.at(-1)?.ids.length ?? 0;
    if (this.#blocks.length === 0 || this.#used + n > last) {
      const size = Math.max(n, last ? Math.min(BLOCK, last * 2) : FIRST_BLOCK);
      this.#blocks.push({ ids: new Uint32Array(size), surfaces: new Uint32Array(size) });
      this.#used = 0;
    }
    const b = this.#blocks.length - 1;
    const block = this.#blocks[b];
    for (let i = 0; i < n; i++) {
      block.ids[this.#used + i] = ids[i];
      block.surfaces[this.#used + i] = surfaces[i];
    }
    this.#block.push(b);
    this.#from.push(this.#used);
    this.#used += n;
    this.#to.push(this.#used);
    return this.#from.length - 1;
  }

  /**
   * Paper `k`'s terms. The cursor is the arena's one object, pointed anew by each call: read it
   * before asking for another paper.
   */
  at(k: number): TermsCursor {
    const b = this.#block.data[k];
    const block = this.#blocks[b];
    const c = this.#cursor;
    c.ids = block.ids;
    c.surfaces = block.surfaces;
    c.from = this.#from.data[k];
    c.to = this.#to.data[k];
    return c;
  }
}
