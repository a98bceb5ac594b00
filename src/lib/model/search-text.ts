import type { Paper } from '../data/paper';
import { isAscii } from './ascii-tokens';

/** Lower-case without accents, so "raileanu" finds "Răileanu". */
export function foldText(text: string): string {
  // ASCII has no accents and is its own NFKD form: only its case changes.
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What text search reads of a paper (the text worker holds only these). */
export type SearchText = Pick<Paper, 'title' | 'abstract' | 'authors' | 'venue'>;

const haystacks = new WeakMap<SearchText, string>();

/** The folded text a search looks in. */
export function searchText(p: SearchText): string {
  return foldText(searchSource(p));
}

/** The text a search looks in, before folding. */
export function searchSource(p: SearchText): string {
  return `${p.title}\n${p.abstract}\n${p.authors.join('\n')}\n${p.venue}`;
}

/** `searchText`, cached per paper. */
function haystack(p: SearchText): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = searchText(p);
    haystacks.set(p, h);
  }
  return h;
}

/**
 * The words of a query, folded, split at any whitespace. A word then has no whitespace, which the
 * word index relies on to answer exactly as this scan does.
 */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** A predicate matching papers whose title, abstract, authors or venue contain every word of the query. */
export function textMatcher(query: string): (p: SearchText) => boolean {
  const words = queryWords(query);
  if (words.length === 0) return () => true;
  return (p) => {
    const h = haystack(p);
    return words.every((w) => h.includes(w));
  };
}
