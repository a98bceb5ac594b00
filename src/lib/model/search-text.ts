import type { Paper } from '../data/paper';

/** Lower-case without accents, so "raileanu" finds "Răileanu". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What text search reads of a paper (the text worker holds only these). */
export type SearchText = Pick<Paper, 'title' | 'abstract' | 'authors' | 'venue'>;

const haystacks = new WeakMap<SearchText, string>();

/** The folded text a search looks in. */
export function searchText(p: SearchText): string {
  return foldText(`${p.title}\n${p.abstract}\n${p.authors.join('\n')}\n${p.venue}`);
}

/** `searchText`, cached per paper (call ahead to make the first search fast). */
export function haystack(p: SearchText): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = searchText(p);
    haystacks.set(p, h);
  }
  return h;
}

/** A predicate matching papers whose title, abstract, authors or venue contain every word of the query. */
export function textMatcher(query: string): (p: SearchText) => boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (p) => {
    const h = haystack(p);
    return words.every((w) => h.includes(w));
  };
}
