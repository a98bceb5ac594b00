/**
 * Terms: the words and two-word phrases of titles and abstracts, stopwords and boilerplate left
 * out, plurals folded (term-dictionary.ts reads them). A term is counted once per paper (papers,
 * not occurrences); a paper that has it in its title weighs TITLE_WEIGHT, one with it only in the
 * abstract weighs 1.
 */
import { binarySearch } from './sorted-search';
import { SURFACE_ID, type TermDictionary, type TermText } from './term-dictionary';
import { scratchOf, withRanks } from './term-scratch';
import { segments } from './text-tokens';

export const TITLE_WEIGHT = 2;

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

/** The term keys of a paper's title (tests and tools; the counters read ids). */
export function titleKeys(dict: TermDictionary, paper: TermText): string[] {
  const t = dict.paperTerms(paper);
  return [...t.ids].filter((_, i) => t.inTitle[i]).map((id) => dict.termKey(id));
}

/** True when the paper's title or abstract holds every term key. */
export function hasTerms(dict: TermDictionary, paper: TermText, keys: readonly string[]): boolean {
  const { ids, from, to } = dict.termsOf(paper);
  return keys.every((k) => {
    const id = dict.termId(k);
    return id >= 0 && binarySearch(ids, id, from, to) >= 0;
  });
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
  dict: TermDictionary,
  papers: readonly TermText[],
  options: { limit?: number; minPapers?: number } = {},
): TermCount[] {
  const minPapers = options.minPapers ?? (papers.length < 8 ? 1 : 2);
  // Read first: reading a paper's terms can add ids, which the scratch arrays must cover.
  const numbers = dict.numbersOf(papers);
  const scratch = scratchOf(dict);
  const [n, inTitles] = [scratch.papers.values, scratch.titles.values];
  for (const k of numbers) {
    const { ids, surfaces, from, to } = dict.termsAt(k);
    for (let i = from; i < to; i++) {
      const id = ids[i];
      if (n[id]++ === 0) scratch.papers.touched.push(id);
      inTitles[id] += surfaces[i] >>> 31;
    }
  }
  const counts: TermCount[] = [];
  for (const id of scratch.papers.touched) {
    const [key, papersWith, titles] = [dict.termKey(id), n[id], inTitles[id]];
    if (papersWith >= minPapers) {
      const weight = titles * TITLE_WEIGHT + (papersWith - titles);
      counts.push({ key, term: key, papers: papersWith, titles, weight });
    }
    inTitles[id] = 0;
  }
  scratch.papers.clear();
  // Per word, the most papers of any phrase holding it: one pass, not words × phrases.
  const inPhrase = new Map<string, number>();
  for (const c of counts) {
    if (!c.key.includes(' ')) continue;
    for (const w of c.key.split(' ')) inPhrase.set(w, Math.max(inPhrase.get(w) ?? 0, c.papers));
  }
  const out = counts.filter((c) => c.key.includes(' ') || (inPhrase.get(c.key) ?? 0) < 0.8 * c.papers);
  out.sort((a, b) => b.weight - a.weight || b.papers - a.papers || (a.key < b.key ? -1 : 1));
  const top = options.limit === undefined ? out : out.slice(0, options.limit);
  nameTerms(dict, top, papers);
  return top;
}

/** Sets each term's display form: the form most papers use. */
function nameTerms(dict: TermDictionary, terms: TermCount[], papers: readonly TermText[]): void {
  const forms = terms.map(() => new Map<string, number>());
  withRanks(
    dict,
    terms.map((t) => t.key),
    (rank) => {
      for (const k of dict.numbersOf(papers)) {
        const { ids, surfaces, from, to } = dict.termsAt(k);
        for (let i = from; i < to; i++) {
          const r = rank[ids[i]];
          if (!r) continue;
          const surface = dict.surfaceText(surfaces[i] & SURFACE_ID);
          forms[r - 1].set(surface, (forms[r - 1].get(surface) ?? 0) + 1);
        }
      }
    },
  );
  terms.forEach((t, r) => (t.term = mostFrequent(forms[r])));
}

/** The written form of a key that most of `papers` use, or the key itself. */
export function termSurface(dict: TermDictionary, key: string, papers: readonly TermText[]): string {
  const id = dict.termId(key);
  const f = new Map<string, number>();
  if (id >= 0) {
    for (const p of papers) {
      const { ids, surfaces, from, to } = dict.termsOf(p);
      const i = binarySearch(ids, id, from, to);
      if (i < 0) continue;
      const surface = dict.surfaceText(surfaces[i] & SURFACE_ID);
      f.set(surface, (f.get(surface) ?? 0) + 1);
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
