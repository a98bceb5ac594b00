/**
 * One collection's term dictionary: term key ↔ id and written form ↔ id, and each paper's terms
 * as ids of it. Whoever holds the collection holds its dictionary (the text service, a summary, a
 * labelling pass), so a new collection starts an empty one and the old one goes with its papers.
 *
 *   title, abstract ─► tokens by segment (text-tokens) ─► words + adjacent pairs ─► per-paper interned ids
 */
import type { Paper } from '../data/paper';
import { PHRASE_ONLY, STOPWORDS, isStopword } from './stopwords';
import { eachToken, isShouted, singular, type Token } from './text-tokens';
import { IN_TITLE, SURFACE_ID, TermArena, type TermsCursor } from './term-arena';
import { TermCollect } from './term-collect';

export { IN_TITLE, SURFACE_ID, type TermsCursor };

/** What the term functions read of a paper (the text worker holds only these). */
export type TermText = Pick<Paper, 'title' | 'abstract' | 'year'>;

/**
 * A paper's terms, interned: ids of the dictionary instead of sets of strings (a paper has about a
 * hundred terms, so 10^5 papers would otherwise hold 10^7 strings in sets and maps; ids take
 * under a kilobyte per paper and count without hashing). The counters read them in place
 * (`termsOf`); this copy is for tools and tests.
 */
export interface PaperTerms {
  /** Term ids (see `termKey`), ascending, each once. */
  ids: Uint32Array;
  /** Per id: 1 when the term is in the title. */
  inTitle: Uint8Array;
  /** Per id: its first written form in the paper, title first unless shouted (see `surfaceText`). */
  surfaces: Uint32Array;
}

// Tokens are shared per written word (text-tokens), whatever the collection: whether one may be
// part of a term depends on the word alone, so this cache is shared too (by token number: 1 a
// term word, 2 not, 0 not yet known).
let termWords = new Uint8Array(1 << 16);

/** A token that may be (part of) a term. */
function isTermWord(t: Token): boolean {
  if (t.n < 0) return false;
  if (t.n >= termWords.length) termWords = grown(termWords, t.n);
  let known = termWords[t.n];
  if (known === 0) {
    const parts = t.surface.toLowerCase().split(/['’-]/);
    const ok =
      t.key !== '' &&
      !isStopword(t.surface.toLowerCase(), t.key) &&
      (parts.length === 1 || !parts.every((w) => STOPWORDS.has(w) || STOPWORDS.has(singular(w))));
    termWords[t.n] = known = ok ? 1 : 2;
  }
  return known === 1;
}

/** `a` with room for index `at`, its values kept. */
function grown<A extends Uint8Array | Int32Array>(a: A, at: number): A {
  const wider = new (a.constructor as new (n: number) => A)(Math.max(at + 1, a.length * 2));
  wider.set(a);
  return wider;
}

/** Text ↔ id, ids in order of first sight. */
class Interned {
  readonly ids = new Map<string, number>();
  readonly texts: string[] = [];

  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      this.ids.set(text, (id = this.texts.length));
      this.texts.push(text);
    }
    return id;
  }
}

export class TermDictionary {
  readonly #terms = new Interned();
  readonly #surfaces = new Interned();
  /**
   * Ids of a word token by its number (tokens are shared per written word, so this is an array
   * read per word, not a string hash; term id + 1, 0 where not yet seen), and of phrases by their
   * words' ids, per first word (small-integer keys: a single code of both ids is a float, slow to
   * hash): building and hashing "radio galaxy" for every occurrence took a quarter of the
   * tokenising time.
   */
  #termIds = new Int32Array(1 << 12);
  #surfaceOf = new Int32Array(1 << 12);
  readonly #pairTerms: Map<number, number>[] = [];
  readonly #pairSurfaces: Map<number, number>[] = [];
  readonly #collect = new TermCollect();
  /** Each paper's number in the arena. */
  readonly #papers = new WeakMap<TermText, number>();
  readonly #numbers = new WeakMap<readonly TermText[], Int32Array>();
  readonly #arena = new TermArena();

  /** How many term ids there are so far. */
  get size(): number {
    return this.#terms.texts.length;
  }

  /** The key of a term id. */
  termKey(id: number): string {
    return this.#terms.texts[id];
  }

  /** The id of a term key, or -1 when no paper read so far has it. */
  termId(key: string): number {
    return this.#terms.ids.get(key) ?? -1;
  }

  /** The text of a written-form id. */
  surfaceText(id: number): string {
    return this.#surfaces.texts[id];
  }

  /** A copy of one paper's terms. */
  paperTerms(paper: TermText): PaperTerms {
    const { ids, surfaces, from, to } = this.termsOf(paper);
    const entries = surfaces.slice(from, to);
    return {
      ids: ids.slice(from, to),
      inTitle: Uint8Array.from(entries, (e) => e >>> 31),
      surfaces: entries.map((e) => e & SURFACE_ID),
    };
  }

  /**
   * One paper's terms where they are kept (read on first use, then cached: papers are immutable):
   * ids ascending, each with its written form (`& SURFACE_ID`; `& IN_TITLE`: in the title). The
   * cursor is shared: read it before asking for another paper.
   */
  termsOf(paper: TermText): TermsCursor {
    return this.#arena.at(this.#numberOf(paper));
  }

  /**
   * Where the terms of each of `papers` are kept, for `termsAt`: found once per list (kept while
   * the list lives and does not grow), so the passes of one terms view look each paper up once.
   */
  numbersOf(papers: readonly TermText[]): Int32Array {
    let numbers = this.#numbers.get(papers);
    if (numbers?.length !== papers.length) {
      numbers = new Int32Array(papers.length);
      for (let i = 0; i < papers.length; i++) numbers[i] = this.#numberOf(papers[i]);
      this.#numbers.set(papers, numbers);
    }
    return numbers;
  }

  /** The terms of the paper kept at `number` (from `numbersOf`); the cursor as `termsOf`'s. */
  termsAt(number: number): TermsCursor {
    return this.#arena.at(number);
  }

  #numberOf(paper: TermText): number {
    let k = this.#papers.get(paper);
    if (k === undefined) this.#papers.set(paper, (k = this.#read(paper)));
    return k;
  }

  #read(paper: TermText): number {
    const collect = this.#collect;
    collect.start();
    const inTitle = (id: number, surface: number) => collect.add(id, (surface | IN_TITLE) >>> 0);
    const inAbstract = (id: number, surface: number) => collect.add(id, surface);
    // The title's written forms come first, unless it is in capitals throughout: then the
    // abstract says how its words are spelled (GaN, not gan).
    if (isShouted(paper.title)) {
      this.#eachTerm(paper.abstract, inAbstract);
      this.#eachTerm(paper.title, inTitle);
    } else {
      this.#eachTerm(paper.title, inTitle);
      this.#eachTerm(paper.abstract, inAbstract);
    }
    const { ids, entries } = collect.finish();
    return this.#arena.add(ids, entries);
  }

  /** Calls `add(term id, surface id)` for each term of a text, in order (repeats included). */
  #eachTerm(text: string, add: (term: number, surface: number) => void): void {
    // The token before, in the same phrase segment (null at a segment's start).
    let prev: Token | null = null;
    eachToken(text, (t) => {
      if (t && isTermWord(t)) {
        const term = this.#termOf(t);
        const surface = this.#surfaceOf[t.n];
        if (!PHRASE_ONLY.has(t.key)) add(term, surface);
        if (prev && isTermWord(prev) && prev.key !== t.key) {
          add(
            pairOf(this.#pairTerms, this.#terms, this.#termOf(prev), term),
            pairOf(this.#pairSurfaces, this.#surfaces, this.#surfaceOf[prev.n], surface),
          );
        }
      }
      prev = t;
    });
  }

  /** The term id of a term word (its surface id beside it in `#surfaceOf`), interned at first sight. */
  #termOf(t: Token): number {
    if (t.n >= this.#termIds.length) {
      this.#termIds = grown(this.#termIds, t.n);
      this.#surfaceOf = grown(this.#surfaceOf, t.n);
    }
    let id = this.#termIds[t.n] - 1;
    if (id < 0) {
      id = this.#terms.intern(t.key);
      this.#termIds[t.n] = id + 1;
      this.#surfaceOf[t.n] = this.#surfaces.intern(t.surface);
    }
    return id;
  }
}

function pairOf(pairs: Map<number, number>[], words: Interned, a: number, b: number): number {
  const after = (pairs[a] ??= new Map());
  let id = after.get(b);
  if (id === undefined) after.set(b, (id = words.intern(`${words.texts[a]} ${words.texts[b]}`)));
  return id;
}
