/**
 * Terms: the words and two-word phrases of titles and abstracts, stopwords and boilerplate left
 * out, plurals folded. A term is counted once per paper (papers, not occurrences); a paper that
 * has it in its title weighs TITLE_WEIGHT, one with it only in the abstract weighs 1.
 *
 *   title, abstract ─► segments (text-tokens) ─► words + adjacent pairs ─► per-paper interned ids
 */
import type { Paper } from '../data/paper';
import { PHRASE_ONLY, STOPWORDS, isStopword } from './stopwords';
import { isShouted, segments, singular, type Token } from './text-tokens';
import { binarySearch } from './sorted-search';

export const TITLE_WEIGHT = 2;

/** What the term functions read of a paper (the text worker holds only these). */
export type TermText = Pick<Paper, 'title' | 'abstract' | 'year'>;

/**
 * A paper's terms, interned: ids of the global term and written-form dictionaries instead of sets
 * of strings (a paper has about a hundred terms, so 10^5 papers would otherwise hold 10^7 strings
 * in sets and maps; typed arrays take under a kilobyte per paper and count without hashing).
 */
export interface PaperTerms {
  /** Term ids (see `termKey`), ascending, each once. */
  ids: Uint32Array;
  /** Per id: 1 when the term is in the title. */
  inTitle: Uint8Array;
  /** Per id: its first written form in the paper, title first unless shouted (see `surfaceText`). */
  surfaces: Uint32Array;
}

export interface TermCount {
  key: string;
  /** The most frequent written form: "galaxies" may show for the key `galaxy`. */
  term: string;
  papers: number;
  /** Papers with the term in the title. */
  titles: number;
  /** Papers weighted: title TITLE_WEIGHT, abstract only 1. */
  weight: number;
}

const termWords = new WeakMap<Token, boolean>();

/** A token that may be (part of) a term; cached per token, which `wordToken` shares per word. */
function isTermWord(t: Token): boolean {
  let ok = termWords.get(t);
  if (ok === undefined) {
    const parts = t.surface.toLowerCase().split(/['’-]/);
    ok =
      t.key !== '' &&
      !isStopword(t.surface.toLowerCase(), t.key) &&
      (parts.length === 1 || !parts.every((w) => STOPWORDS.has(w) || STOPWORDS.has(singular(w))));
    termWords.set(t, ok);
  }
  return ok;
}

/** Interning: term key ↔ id and written form ↔ id, shared by every paper of the page. */
const termIds = new Map<string, number>();
const termKeys: string[] = [];
const surfaceIds = new Map<string, number>();
const surfaceTexts: string[] = [];

function intern(map: Map<string, number>, list: string[], text: string): number {
  let id = map.get(text);
  if (id === undefined) {
    map.set(text, (id = list.length));
    list.push(text);
  }
  return id;
}

/**
 * Ids of a word token (tokens are shared per written word, so this is a lookup per word, not a
 * string hash), and of two-word phrases by the pair of their words' ids: building and hashing
 * "radio galaxy" for every occurrence took a quarter of the tokenising time.
 */
const tokenIds = new WeakMap<Token, readonly [term: number, surface: number]>();
const PAIR = 2 ** 26;
const pairTerms = new Map<number, number>();
const pairSurfaces = new Map<number, number>();

function idsOf(t: Token): readonly [number, number] {
  let ids = tokenIds.get(t);
  if (!ids) {
    ids = [intern(termIds, termKeys, t.key), intern(surfaceIds, surfaceTexts, t.surface)];
    tokenIds.set(t, ids);
  }
  return ids;
}

function pairOf(pairs: Map<number, number>, map: Map<string, number>, list: string[], a: number, b: number) {
  const code = a * PAIR + b;
  let id = pairs.get(code);
  if (id === undefined) pairs.set(code, (id = intern(map, list, `${list[a]} ${list[b]}`)));
  return id;
}

/** Calls `add(term id, surface id)` for each term of a text, in order (repeats included). */
function eachTerm(text: string, add: (term: number, surface: number) => void): void {
  for (const tokens of segments(text)) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!isTermWord(t)) continue;
      const [term, surface] = idsOf(t);
      if (!PHRASE_ONLY.has(t.key)) add(term, surface);
      const prev = tokens[i - 1];
      if (prev && isTermWord(prev) && prev.key !== t.key) {
        const [pt, ps] = idsOf(prev);
        add(
          pairOf(pairTerms, termIds, termKeys, pt, term),
          pairOf(pairSurfaces, surfaceIds, surfaceTexts, ps, surface),
        );
      }
    }
  }
}

/** The key of a term id. */
export function termKey(id: number): string {
  return termKeys[id];
}

/** The id of a term key, or -1 when no paper read so far has it. */
export function termId(key: string): number {
  return termIds.get(key) ?? -1;
}

/** The text of a written-form id. */
export function surfaceText(id: number): string {
  return surfaceTexts[id];
}

const cache = new WeakMap<TermText, PaperTerms>();

/** The terms of one paper (cached: papers are immutable). */
export function paperTerms(paper: TermText): PaperTerms {
  let terms = cache.get(paper);
  if (!terms) {
    // id → [in title, first surface id]
    const found = new Map<number, [number, number]>();
    const reader = (title: number) => (id: number, surface: number) => {
      const f = found.get(id);
      if (!f) found.set(id, [title, surface]);
      else if (title) f[0] = 1;
    };
    // The title's written forms come first, unless it is in capitals throughout: then the
    // abstract says how its words are spelled (GaN, not gan).
    const order: [string, number][] = isShouted(paper.title)
      ? [
          [paper.abstract, 0],
          [paper.title, 1],
        ]
      : [
          [paper.title, 1],
          [paper.abstract, 0],
        ];
    for (const [text, title] of order) eachTerm(text, reader(title));
    const ids = Uint32Array.from(found.keys()).sort();
    const inTitle = new Uint8Array(ids.length);
    const surfaces = new Uint32Array(ids.length);
    ids.forEach((id, i) => ([inTitle[i], surfaces[i]] = found.get(id)!));
    cache.set(paper, (terms = { ids, inTitle, surfaces }));
  }
  return terms;
}

/** The term keys of a paper's title (tests and tools; the counters read ids). */
export function titleKeys(paper: TermText): string[] {
  const t = paperTerms(paper);
  return [...t.ids].filter((_, i) => t.inTitle[i]).map(termKey);
}

/** True when the paper's title or abstract holds every term key. */
export function hasTerms(paper: TermText, keys: readonly string[]): boolean {
  const { ids } = paperTerms(paper);
  return keys.every((k) => {
    const id = termIds.get(k);
    return id !== undefined && binarySearch(ids, id) >= 0;
  });
}

/**
 * A scratch array over term ids for a counting pass, zeroed again afterwards through the list of
 * ids touched (the dictionary reaches 10^6 phrases at 10^5 papers; clearing it whole per count
 * would cost more than the count).
 */
class TermScratch {
  values = new Uint32Array(1024);
  touched: number[] = [];

  /** Grows to the dictionary; call before a pass. */
  ready(): void {
    if (this.values.length < termKeys.length) {
      const next = new Uint32Array(Math.max(termKeys.length, this.values.length * 2));
      next.set(this.values);
      this.values = next;
    }
  }

  clear(): void {
    for (const id of this.touched) this.values[id] = 0;
    this.touched = [];
  }
}

const paperCounts = new TermScratch();
const titleCounts = new TermScratch();
const ranks = new TermScratch();

/** Runs `fn` with `rank[id]` = 1 + the position of the term in `keys` (0 for other ids). */
function withRanks<T>(keys: readonly string[], fn: (rank: Uint32Array) => T): T {
  ranks.ready();
  keys.forEach((k, r) => {
    const id = termIds.get(k);
    if (id === undefined || ranks.values[id]) return;
    ranks.values[id] = r + 1;
    ranks.touched.push(id);
  });
  try {
    return fn(ranks.values);
  } finally {
    ranks.clear();
  }
}

/**
 * Papers per (term, bucket) for a few terms (term-major: `hits[t × buckets + b]`) and papers per
 * bucket: one pass over the papers' ids. `bucket(p)` is 0…buckets−1, or -1 to skip the paper.
 */
export function termHits(
  papers: readonly TermText[],
  keys: readonly string[],
  buckets: number,
  bucket: (p: TermText) => number,
): { hits: Uint32Array; totals: Uint32Array } {
  const hits = new Uint32Array(keys.length * buckets);
  const totals = new Uint32Array(buckets);
  withRanks(keys, (rank) => {
    for (const p of papers) {
      const b = bucket(p);
      if (b < 0) continue;
      totals[b]++;
      const ids = paperTerms(p).ids;
      for (let i = 0; i < ids.length; i++) {
        const r = rank[ids[i]];
        if (r) hits[(r - 1) * buckets + b]++;
      }
    }
  });
  return { hits, totals };
}

/** The key of a term as someone typed it ("Radio Galaxies" → `radio galaxy`); null when empty. */
export function normaliseTerm(text: string): string | null {
  const key = segments(text)
    .flat()
    .map((t) => t.key)
    .filter(Boolean)
    .join(' ');
  return key || null;
}

/**
 * Terms of `papers`, by weight, then papers, then key. A word is left out when one phrase holds
 * most of its papers ("deep" inside "deep learning"), and terms in fewer than `minPapers` papers
 * are left out (default 2, or 1 for fewer than 8 papers).
 */
export function countTerms(
  papers: readonly TermText[],
  options: { limit?: number; minPapers?: number } = {},
): TermCount[] {
  const minPapers = options.minPapers ?? (papers.length < 8 ? 1 : 2);
  const all = papers.map(paperTerms);
  paperCounts.ready();
  titleCounts.ready();
  const [n, inTitles] = [paperCounts.values, titleCounts.values];
  for (const t of all) {
    for (let i = 0; i < t.ids.length; i++) {
      const id = t.ids[i];
      if (n[id]++ === 0) paperCounts.touched.push(id);
      inTitles[id] += t.inTitle[i];
    }
  }
  const counts: TermCount[] = [];
  for (const id of paperCounts.touched) {
    const [key, papersWith, titles] = [termKeys[id], n[id], inTitles[id]];
    if (papersWith >= minPapers) {
      const weight = titles * TITLE_WEIGHT + (papersWith - titles);
      counts.push({ key, term: key, papers: papersWith, titles, weight });
    }
    inTitles[id] = 0;
  }
  paperCounts.clear();
  const kept = counts;
  // Per word, the most papers of any phrase holding it: one pass, not words × phrases.
  const inPhrase = new Map<string, number>();
  for (const c of kept) {
    if (!c.key.includes(' ')) continue;
    for (const w of c.key.split(' ')) inPhrase.set(w, Math.max(inPhrase.get(w) ?? 0, c.papers));
  }
  const out = kept.filter((c) => c.key.includes(' ') || (inPhrase.get(c.key) ?? 0) < 0.8 * c.papers);
  out.sort((a, b) => b.weight - a.weight || b.papers - a.papers || (a.key < b.key ? -1 : 1));
  const top = options.limit === undefined ? out : out.slice(0, options.limit);
  nameTerms(top, papers);
  return top;
}

/** Sets each term's display form: the form most papers use. */
function nameTerms(terms: TermCount[], papers: readonly TermText[]): void {
  const forms = terms.map(() => new Map<string, number>());
  withRanks(
    terms.map((t) => t.key),
    (rank) => {
      for (const p of papers) {
        const t = paperTerms(p);
        for (let i = 0; i < t.ids.length; i++) {
          const r = rank[t.ids[i]];
          if (!r) continue;
          const surface = surfaceTexts[t.surfaces[i]];
          forms[r - 1].set(surface, (forms[r - 1].get(surface) ?? 0) + 1);
        }
      }
    },
  );
  terms.forEach((t, r) => (t.term = mostFrequent(forms[r])));
}

/** The written form of a key that most of `papers` use, or the key itself. */
export function termSurface(key: string, papers: readonly TermText[]): string {
  const id = termIds.get(key);
  const f = new Map<string, number>();
  if (id !== undefined) {
    for (const p of papers) {
      const t = paperTerms(p);
      const i = binarySearch(t.ids, id);
      if (i >= 0) f.set(surfaceTexts[t.surfaces[i]], (f.get(surfaceTexts[t.surfaces[i]]) ?? 0) + 1);
    }
  }
  return f.size ? mostFrequent(f) : key;
}

function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [s, n] of forms) if (n > bestN || (n === bestN && s < best)) [best, bestN] = [s, n];
  return best;
}
