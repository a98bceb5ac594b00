/**
 * People of a people index as small integer codes, and each paper's people as codes (found once
 * per paper and index), so per-filter counts over thousands of papers index typed arrays instead
 * of hashing id strings. A paper's codes are in the order of `peopleOfPaper`'s ids.
 */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';

/** Person ids of a paper: from the index, or resolved from its authors when the index never saw it. */
export function peopleOfPaper(paper: Paper, people: PeopleIndex): string[] {
  const known = people.paperPeople.get(paper.id);
  if (known) return known;
  const ids = paper.authors.map((a) => people.resolve(a)).filter((id) => id !== undefined);
  const owner = people.people.find((p) => p.isOwner);
  if (owner) ids.push(owner.id);
  return [...new Set(ids)];
}

export class PersonCodes {
  readonly #people: PeopleIndex;
  readonly #code: Map<string, number>;
  readonly #ofPaper = new WeakMap<Paper, number[]>();
  /** 1 for the profile's owner(s), by code. */
  readonly owner: number[];

  constructor(people: PeopleIndex) {
    this.#people = people;
    this.#code = new Map(people.people.map((p, i) => [p.id, i]));
    this.owner = people.people.map((p) => (p.isOwner ? 1 : 0));
  }

  /** Codes given so far (every person of the index, and any id met on a paper besides). */
  get size(): number {
    return this.#code.size;
  }

  codeOf(id: string): number {
    let c = this.#code.get(id);
    if (c === undefined) {
      // An id the index resolves a name to but does not list: a code of its own from here on.
      c = this.#code.size;
      this.#code.set(id, c);
      this.owner.push(0);
    }
    return c;
  }

  /** The paper's people as codes, in `peopleOfPaper` order. */
  of(paper: Paper): number[] {
    let codes = this.#ofPaper.get(paper);
    if (!codes) {
      codes = peopleOfPaper(paper, this.#people).map((id) => this.codeOf(id));
      this.#ofPaper.set(paper, codes);
    }
    return codes;
  }

  /** A 0/1 array by code of the people in `ids`. */
  mask(ids: Iterable<string>): Uint8Array {
    const codes = [...ids].map((id) => this.codeOf(id));
    const out = new Uint8Array(this.size);
    for (const c of codes) out[c] = 1;
    return out;
  }
}

const cache = new WeakMap<PeopleIndex, PersonCodes>();

/** The codes of an index (one per index, kept while it lives). */
export function personCodes(people: PeopleIndex): PersonCodes {
  let codes = cache.get(people);
  if (!codes) cache.set(people, (codes = new PersonCodes(people)));
  return codes;
}
