/**
 * Names for coauthor communities: each paper belongs to the community holding most of its
 * people (the owner aside), and a community is named by the terms most characteristic of its
 * papers (weighted papers × ln(all papers / papers with the term), i.e. tf–idf) and by their most
 * frequent primary categories.
 */
import { categoryShort } from '../data/category-label';
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';
import { TermDictionary } from './term-dictionary';
import { countTerms } from './terms';

export interface CommunityLabel {
  /** Papers with at least one member. */
  papers: number;
  /** Up to three characteristic terms, most characteristic first. */
  terms: string[];
  /** Up to two primary categories, most frequent first. */
  categories: string[];
  /** "radio galaxy, semi-supervised": the first two terms, or the first category. */
  label: string;
}

/** The community holding most of a paper's people; ties → the lower index; null for none. */
function dominantCommunity(ids: readonly string[], byPerson: ReadonlyMap<string, number>): number | null {
  const counts = new Map<number, number>();
  for (const id of ids) {
    const c = byPerson.get(id);
    if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [c, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && c < best)) best = c;
  return best;
}

/** Labels for communities 0…count−1. */
export function labelCommunities(
  papers: readonly Paper[],
  people: PeopleIndex,
  byPerson: ReadonlyMap<string, number>,
  count: number,
): CommunityLabel[] {
  const own: Paper[][] = Array.from({ length: count }, () => []);
  const touching = new Array<number>(count).fill(0);
  for (const p of papers) {
    const ids = people.paperPeople.get(p.id) ?? [];
    const dominant = dominantCommunity(ids, byPerson);
    if (dominant !== null) own[dominant].push(p);
    for (const c of new Set(ids.map((id) => byPerson.get(id)))) if (c !== undefined) touching[c]++;
  }
  const dict = new TermDictionary();
  const df = new Map<number, number>();
  for (const p of papers) {
    const { ids, from, to } = dict.termsOf(p);
    for (let i = from; i < to; i++) df.set(ids[i], (df.get(ids[i]) ?? 0) + 1);
  }
  return own.map((list, c) => {
    const terms = countTerms(dict, list, { minPapers: 1 })
      .map((t) => ({
        term: t.term,
        score: t.weight * Math.log((papers.length + 1) / (df.get(dict.termId(t.key)) ?? 1)),
      }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1))
      .slice(0, 3)
      .map((t) => t.term);
    const categories = topCategories(list);
    return {
      papers: touching[c],
      terms,
      categories,
      label: terms.length
        ? terms.slice(0, 2).join(', ')
        : categories[0]
          ? categoryShort(categories[0])
          : 'unlabelled',
    };
  });
}

function topCategories(papers: readonly Paper[]): string[] {
  const counts = new Map<string, number>();
  for (const p of papers)
    if (p.categories[0]) counts.set(p.categories[0], (counts.get(p.categories[0]) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([c]) => c);
}
