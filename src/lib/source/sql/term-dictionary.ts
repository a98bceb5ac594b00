/**
 * Term and written-form ids for the tables: the tokeniser interns terms per process (model/terms.ts),
 * so its ids differ from one load to the next; these ids are the collection's own, from 1, kept in
 * the `terms` and `surfaces` tables, and read back when a load resumes.
 */
export class Dictionary {
  readonly #ids = new Map<string, number>();
  /** Per process-local id, this dictionary's id (0: not seen yet). */
  #byLocal = new Uint32Array(1024);
  #fresh: [number, string][] = [];
  #next = 1;

  /** A dictionary holding `known` (id, text) pairs already stored. */
  constructor(known: readonly (readonly [number, string])[] = []) {
    for (const [id, text] of known) {
      this.#ids.set(text, id);
      if (id >= this.#next) this.#next = id + 1;
    }
  }

  /** Entries so far. */
  get size(): number {
    return this.#next - 1;
  }

  /** The id of `text`, added when new. */
  id(text: string): number {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = this.#next++;
      this.#ids.set(text, id);
      this.#fresh.push([id, text]);
    }
    return id;
  }

  /** The id of the text behind a process-local id (looked up once per local id). */
  idOfLocal(local: number, text: () => string): number {
    if (local >= this.#byLocal.length) {
      const grown = new Uint32Array(Math.max(local + 1, this.#byLocal.length * 2));
      grown.set(this.#byLocal);
      this.#byLocal = grown;
    }
    return (this.#byLocal[local] ||= this.id(text()));
  }

  /** Entries added since the last call, as rows of (id, text). */
  drain(): [number, string][] {
    const out = this.#fresh;
    this.#fresh = [];
    return out;
  }
}
