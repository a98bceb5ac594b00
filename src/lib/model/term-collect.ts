/**
 * One paper's terms as they are read: each term id once, whether it is in the title, and its
 * first written form. Arrays over term ids reused paper after paper (a stamp says which entries
 * are this paper's) instead of a Map per paper, which took a fifth of the reading time.
 */
import { IN_TITLE } from './term-arena';

export class TermCollect {
  /** Per term id: the paper (stamp) that last saw it, and where in `#ids` it is for that paper. */
  #stamp = new Int32Array(4096);
  #slot = new Int32Array(4096);
  #paper = 0;
  #ids = new Uint32Array(256);
  #entries = new Uint32Array(256);
  #n = 0;
  #sorted = new Uint32Array(256);
  #sortedEntries = new Uint32Array(256);

  /** Starts the next paper. */
  start(): void {
    this.#n = 0;
    if (++this.#paper === 0x7fffffff) {
      this.#stamp.fill(0);
      this.#paper = 1;
    }
  }

  /** A term of the paper: `entry` is its written-form id, with IN_TITLE when read in the title. */
  add(id: number, entry: number): void {
    if (id >= this.#stamp.length) this.#grow(id);
    if (this.#stamp[id] === this.#paper) {
      const at = this.#slot[id];
      if (entry & IN_TITLE) this.#entries[at] = (this.#entries[at] | IN_TITLE) >>> 0;
      return;
    }
    if (this.#n === this.#ids.length) {
      this.#ids = widen(this.#ids);
      this.#entries = widen(this.#entries);
    }
    this.#stamp[id] = this.#paper;
    this.#slot[id] = this.#n;
    this.#ids[this.#n] = id;
    this.#entries[this.#n++] = entry;
  }

  /**
   * The paper's term ids ascending, and each one's entry: views of buffers the next paper reuses
   * (its reader copies them at once), so a field's million papers allocate no arrays here.
   */
  finish(): { ids: Uint32Array; entries: Uint32Array } {
    const n = this.#n;
    if (this.#sorted.length < n) {
      this.#sorted = new Uint32Array(this.#ids.length);
      this.#sortedEntries = new Uint32Array(this.#ids.length);
    }
    const ids = this.#sorted.subarray(0, n);
    ids.set(this.#ids.subarray(0, n));
    ids.sort();
    const entries = this.#sortedEntries.subarray(0, n);
    for (let i = 0; i < n; i++) entries[i] = this.#entries[this.#slot[ids[i]]];
    return { ids, entries };
  }

  #grow(id: number): void {
    const size = Math.max(id + 1, this.#stamp.length * 2);
    const [stamp, slot] = [new Int32Array(size), new Int32Array(size)];
    stamp.set(this.#stamp);
    slot.set(this.#slot);
    [this.#stamp, this.#slot] = [stamp, slot];
  }
}

function widen(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const wider = new Uint32Array(a.length * 2);
  wider.set(a);
  return wider;
}
