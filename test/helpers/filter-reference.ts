/**
 * What a filter clause means, written out plainly over `Paper` objects: the reference every
 * source (the page's, a worker's, an engine's) is checked against.
 */
import type { Paper } from '../../src/lib/data/paper';
import { groupsOf } from '../../src/lib/model/group-kinds';
import { textMatcher } from '../../src/lib/model/search-text';
import { hasTerms } from '../../src/lib/model/terms';
import { TermDictionary } from '../../src/lib/model/term-dictionary';
import type { FilterClause } from '../../src/lib/source/filter';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

export function passes(
  p: Paper,
  c: FilterClause,
  paperPeople: ReadonlyMap<string, readonly string[]>,
): boolean {
  switch (c.source) {
    case 'timeline':
      return p.year !== null && p.year >= c.value.from && p.year <= c.value.to;
    case 'categories': {
      // The primary group: the first listed category, or the kind's first value; '' when none.
      const { kind, ids } = c.value;
      const first = kind === 'category' ? p.categories[0] : groupsOf(p, kind)[0];
      return ids.includes(first ?? '');
    }
    case 'network':
      return c.value.every((id) => paperPeople.get(p.id)?.includes(id));
    case 'search':
      return textMatcher(c.value)(p);
    case 'term':
      return hasTerms(dict, p, c.value);
    case 'code':
      return p.hasCode;
    case 'cited':
      return c.value.kind === 'papers'
        ? c.value.ids.includes(p.id)
        : Object.entries(p.citationsByYear ?? {}).some(
            ([y, n]) =>
              n > 0 &&
              Number(y) >= (c.value as { from: number }).from &&
              Number(y) <= (c.value as { to: number }).to,
          );
    case 'community':
      throw new Error('community clauses need the communities: not in the plain reference');
  }
}

/** Papers passing every clause but `except`'s source. */
export function filterExcept(
  papers: readonly Paper[],
  clauses: readonly FilterClause[],
  paperPeople: ReadonlyMap<string, readonly string[]>,
  except?: FilterClause['source'],
): Paper[] {
  const kept = clauses.filter((c) => c.source !== except);
  return papers.filter((p) => kept.every((c) => passes(p, c, paperPeople)));
}
