/**
 * Terms: the words and two-word phrases of titles and abstracts, stopwords and boilerplate left
 * out, plurals folded. A term is counted once per paper (papers, not occurrences); a paper that
 * has it in its title weighs TITLE_WEIGHT, one with it only in the abstract weighs 1.
 *
 *   title, abstract ─► segments (text-tokens) ─► words + adjacent pairs ─► per-paper key sets
 */
import type { Paper } from '../data/paper';
import { PHRASE_ONLY, STOPWORDS, isStopword } from './stopwords';
import { segments, singular, type Token } from './text-tokens';

export const TITLE_WEIGHT = 2;

export interface PaperTerms {
  /** Term keys in the title: words (`galaxy`) and phrases (`radio galaxy`). */
  title: ReadonlySet<string>;
  abstract: ReadonlySet<string>;
  /** Every key of title and abstract, once. */
  keys: readonly string[];
  /** Key → its first written form in the paper (title first), for display. */
  surfaces: ReadonlyMap<string, string>;
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

/** Adds a text's term keys to `keys`, and each new key's written form to `surfaces`. */
function addText(text: string, keys: Set<string>, surfaces: Map<string, string>): void {
  const add = (key: string, surface: string) => {
    keys.add(key);
    if (!surfaces.has(key)) surfaces.set(key, surface);
  };
  for (const tokens of segments(text)) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!isTermWord(t)) continue;
      if (!PHRASE_ONLY.has(t.key)) add(t.key, t.surface);
      const prev = tokens[i - 1];
      if (prev && isTermWord(prev) && prev.key !== t.key)
        add(`${prev.key} ${t.key}`, `${prev.surface} ${t.surface}`);
    }
  }
}

const cache = new WeakMap<Paper, PaperTerms>();

/** The terms of one paper (cached: papers are immutable). */
export function paperTerms(paper: Paper): PaperTerms {
  let terms = cache.get(paper);
  if (!terms) {
    const surfaces = new Map<string, string>();
    const title = new Set<string>();
    const abstract = new Set<string>();
    addText(paper.title, title, surfaces);
    addText(paper.abstract, abstract, surfaces);
    cache.set(paper, (terms = { title, abstract, keys: [...surfaces.keys()], surfaces }));
  }
  return terms;
}

/** True when the paper's title or abstract holds every term key. */
export function hasTerms(paper: Paper, keys: readonly string[]): boolean {
  const t = paperTerms(paper);
  return keys.every((k) => t.surfaces.has(k));
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
  papers: readonly Paper[],
  options: { limit?: number; minPapers?: number } = {},
): TermCount[] {
  const minPapers = options.minPapers ?? (papers.length < 8 ? 1 : 2);
  const counts = new Map<string, TermCount>();
  for (const p of papers) {
    const t = paperTerms(p);
    for (const key of t.keys) {
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { key, term: key, papers: 0, titles: 0, weight: 0 }));
      const inTitle = t.title.has(key);
      c.papers++;
      c.titles += inTitle ? 1 : 0;
      c.weight += inTitle ? TITLE_WEIGHT : 1;
    }
  }
  const kept = [...counts.values()].filter((c) => c.papers >= minPapers);
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
function nameTerms(terms: TermCount[], papers: readonly Paper[]): void {
  const forms = new Map(terms.map((t) => [t.key, new Map<string, number>()]));
  for (const p of papers) {
    for (const [key, surface] of paperTerms(p).surfaces) {
      const f = forms.get(key);
      if (f) f.set(surface, (f.get(surface) ?? 0) + 1);
    }
  }
  for (const t of terms) t.term = mostFrequent(forms.get(t.key)!);
}

/** The written form of a key that most of `papers` use, or the key itself. */
export function termSurface(key: string, papers: readonly Paper[]): string {
  const f = new Map<string, number>();
  for (const p of papers) {
    const s = paperTerms(p).surfaces.get(key);
    if (s !== undefined) f.set(s, (f.get(s) ?? 0) + 1);
  }
  return f.size ? mostFrequent(f) : key;
}

function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [s, n] of forms) if (n > bestN || (n === bestN && s < best)) [best, bestN] = [s, n];
  return best;
}
