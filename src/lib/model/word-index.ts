/**
 * An inverted index for text search with exactly `textMatcher`'s answers, without scanning every
 * paper's text: a query word has no whitespace, so it occurs in a folded text exactly when it
 * occurs inside one of that text's whitespace-separated tokens. The index keeps each distinct
 * token once and, per token, the papers whose text has it; a search finds the tokens containing
 * each word (one `indexOf` walk over the joined vocabulary) and intersects their papers.
 *
 *   "Dark-matter halos\n…"  ─► fold ─► tokens "dark-matter", "halos", … ─► token id ─► papers
 *   query "matter halo"     ─► words ─► tokens containing "matter" ∪ … ∩ tokens containing "halo" ∪ …
 *
 * A search then touches the vocabulary and the postings of the tokens found, not every paper,
 * and the postings (a few bytes per distinct token of a paper) replace the folded copy of every
 * paper's text the scan needed (docs/performance.md, text-search).
 */
import { AsciiWords, isAscii, isAsciiSpace } from './ascii-tokens';
import { foldText, queryWords } from './search-text';

/** Tokens are separated by any whitespace, as `queryWords` splits a query. */
const SPACES = /\s+/;
/** Distinct tokens the ASCII lookup keeps before it starts afresh (each also stays in `#idOf`). */
const ASCII_TOKENS = 1 << 21;
/** Joins the vocabulary: never inside a token, so a hit never spans two. */
const GAP = '\n';
/** Postings gathered as lists before the first move into one block (see #freeze). */
const FREEZE_FROM = 1 << 20;

/**
 * Postings in one block: the papers of token id t are `papers[offsets[t] .. offsets[t + 1])`,
 * ascending. Lists of numbers cost several times the bytes of their values (at 10^6 papers the
 * lists took 1.5 GB of heap), so they are moved here as they grow.
 */
interface Block {
  offsets: Int32Array;
  papers: Int32Array;
}

const EMPTY_BLOCK: Block = { offsets: new Int32Array(1), papers: new Int32Array(0) };

export class WordIndex {
  readonly #idOf = new Map<string, number>();
  readonly #tokens: string[] = [];
  /** Tokens of ASCII texts by their codes (lower-cased as read) → their ids. */
  readonly #ascii = new AsciiWords<number>((token) => this.#idOfToken(token), ASCII_TOKENS);
  #block: Block = EMPTY_BLOCK;
  /** Per token id, the papers (ascending) added since the last move into the block, or undefined. */
  #recent: (number[] | undefined)[] = [];
  #recentCount = 0;
  readonly #freezeFrom: number;
  #size = 0;
  /** The vocabulary joined by GAP and where each token starts, rebuilt when tokens were added. */
  #joined: { text: string; starts: Int32Array } | null = null;

  /** `freezeFrom`: postings kept as lists before the first move into the block (small in tests). */
  constructor({ freezeFrom = FREEZE_FROM } = {}) {
    this.#freezeFrom = freezeFrom;
  }

  /** Papers indexed so far. */
  get size(): number {
    return this.#size;
  }

  /** Indexes the folded text (`searchText`) of the next paper. */
  add(folded: string): void {
    this.#postFolded(folded, this.#size++);
    this.#settleSome();
  }

  /**
   * Indexes the next paper's text before folding (`searchSource`): the same tokens as `add` of its
   * folded text. Its lines fold on their own (a line break is a boundary for every step of
   * folding), and a line in ASCII (most of a field's) folds to lower case, so its tokens are found
   * by a scan of its codes and looked up by them: no folded copy, no string per token and none of
   * their garbage (the split and lookups were about half of building the index).
   */
  addText(raw: string): void {
    const paper = this.#size++;
    for (let start = 0; start <= raw.length;) {
      let end = raw.indexOf('\n', start);
      if (end < 0) end = raw.length;
      const line = raw.slice(start, end);
      if (isAscii(line)) this.#postAscii(line, paper);
      else this.#postFolded(foldText(line), paper);
      start = end + 1;
    }
    this.#settleSome();
  }

  /** Posts `paper` under each whitespace-separated token of a folded text. */
  #postFolded(folded: string, paper: number): void {
    for (const token of folded.split(SPACES)) if (token) this.#post(this.#idOfToken(token), paper);
  }

  /** Posts `paper` under each whitespace-separated token of an ASCII line, lower-cased. */
  #postAscii(line: string, paper: number): void {
    const n = line.length;
    for (let i = 0; i < n;) {
      while (i < n && isAsciiSpace(line.charCodeAt(i))) i++;
      if (i === n) break;
      const from = i;
      while (i < n && !isAsciiSpace(line.charCodeAt(i))) i++;
      this.#post(this.#ascii.get(line, from, i, true), paper);
    }
  }

  /** The id of a token, given one when first seen. */
  #idOfToken(token: string): number {
    let id = this.#idOf.get(token);
    if (id === undefined) {
      id = this.#tokens.length;
      this.#idOf.set(token, id);
      this.#tokens.push(token);
      // Kept dense (one slot per token), so the lists stay a plain array.
      this.#recent.push(undefined);
      this.#joined = null;
    }
    return id;
  }

  /** Adds `paper` to the postings of token `id`. */
  #post(id: number, paper: number): void {
    const list = this.#recent[id];
    // Papers arrive in order: a token seen twice in one text is already at the list's end.
    if (!list) this.#recent[id] = [paper];
    else if (list[list.length - 1] !== paper) list.push(paper);
    else return;
    this.#recentCount++;
  }

  /** Moved when the lists hold as much as the block: each posting is copied a few times at most. */
  #settleSome(): void {
    if (this.#recentCount >= Math.max(this.#freezeFrom, this.#block.papers.length)) this.#freeze();
  }

  /**
   * Moves every recent list into the block: for when no paper is coming for a while (a search
   * of a whole collection). Lists of numbers take about three times the bytes of the block.
   */
  settle(): void {
    if (this.#recentCount > 0) this.#freeze();
  }

  /** Moves the recent lists into a new block after the old one's postings, token by token. */
  #freeze(): void {
    const old = this.#block;
    const n = this.#tokens.length;
    const offsets = new Int32Array(n + 1);
    const papers = new Int32Array(old.papers.length + this.#recentCount);
    let at = 0;
    for (let t = 0; t < n; t++) {
      offsets[t] = at;
      if (t + 1 < old.offsets.length) {
        papers.set(old.papers.subarray(old.offsets[t], old.offsets[t + 1]), at);
        at += old.offsets[t + 1] - old.offsets[t];
      }
      const recent = this.#recent[t];
      if (recent) for (let i = 0; i < recent.length; i++) papers[at++] = recent[i];
    }
    offsets[n] = at;
    this.#block = { offsets, papers };
    this.#recent = new Array<number[] | undefined>(n).fill(undefined);
    this.#recentCount = 0;
  }

  /** Where the papers of token `id` are: a span of the block, then its recent list (ascending). */
  #postings(id: number): { block: Int32Array; from: number; to: number; recent: readonly number[] } {
    const { offsets, papers } = this.#block;
    const inBlock = id + 1 < offsets.length;
    return {
      block: papers,
      from: inBlock ? offsets[id] : 0,
      to: inBlock ? offsets[id + 1] : 0,
      recent: this.#recent[id] ?? [],
    };
  }

  /** Indexes (ascending) of the papers whose text contains every word of `query`. */
  find(query: string): Int32Array {
    const words = queryWords(query);
    if (words.length === 0) return Int32Array.from({ length: this.#size }, (_, i) => i);
    // The rarest word first: after it, a paper missing from an earlier word is passed over.
    const matches = words
      .map((word) => this.#tokensContaining(word).map((id) => this.#postings(id)))
      .map((lists) => ({ lists, postings: lists.reduce((n, l) => n + l.to - l.from + l.recent.length, 0) }))
      .sort((a, b) => a.postings - b.postings);
    // count[p] = how many of the words so far paper p contains (each counted once per word).
    const count = new Int32Array(this.#size);
    let found = 0;
    for (let k = 0; k < matches.length; k++) {
      found = 0;
      for (const { block, from, to, recent } of matches[k].lists) {
        for (let i = from; i < to; i++) {
          const p = block[i];
          if (count[p] === k) {
            count[p] = k + 1;
            found++;
          }
        }
        for (let i = 0; i < recent.length; i++) {
          const p = recent[i];
          if (count[p] === k) {
            count[p] = k + 1;
            found++;
          }
        }
      }
      if (found === 0) return new Int32Array(0);
    }
    const out = new Int32Array(found);
    for (let p = 0, j = 0; p < count.length; p++) if (count[p] === matches.length) out[j++] = p;
    return out;
  }

  /** Ids of the tokens that contain `word` (which has no whitespace). */
  #tokensContaining(word: string): number[] {
    const { text, starts } = this.#vocabulary();
    const ids: number[] = [];
    for (let at = text.indexOf(word); at >= 0;) {
      const id = tokenAt(starts, at);
      ids.push(id);
      // The next token: one hit per token is enough.
      at = id + 1 < starts.length ? text.indexOf(word, starts[id + 1]) : -1;
    }
    return ids;
  }

  #vocabulary(): { text: string; starts: Int32Array } {
    if (this.#joined) return this.#joined;
    const starts = new Int32Array(this.#tokens.length);
    for (let i = 0, at = 0; i < this.#tokens.length; i++) {
      starts[i] = at;
      at += this.#tokens[i].length + GAP.length;
    }
    this.#joined = { text: this.#tokens.join(GAP), starts };
    return this.#joined;
  }
}

/** The token whose span holds character `at`: the last start at or before it. */
function tokenAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
