import type { Paper } from '../data/paper';

/** Lower-case without accents, so "raileanu" finds "Răileanu". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const haystacks = new WeakMap<Paper, string>();

function haystack(p: Paper): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = foldText(`${p.title}\n${p.abstract}\n${p.authors.join('\n')}\n${p.venue}`);
    haystacks.set(p, h);
  }
  return h;
}

/** A predicate matching papers whose title, abstract, authors or venue contain every word of the query. */
export function textMatcher(query: string): (p: Paper) => boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (p) => {
    const h = haystack(p);
    return words.every((w) => h.includes(w));
  };
}
