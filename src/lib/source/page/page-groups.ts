/**
 * Groups of another kind than arXiv categories, named as a user writes them (a venue, a keyword,
 * a type, a field in a URL or on the command line), resolved against the page's collection.
 */
import type { Paper } from '../../data/paper';
import { NO_GROUP, NO_GROUP_TEXT, paperGroups } from '../../model/group-info';
import { groupLabel, type GroupKind } from '../../model/group-kinds';

/**
 * Each text's group id in the collection: the group itself in any case, or (for types) its
 * label ("Journal article"); NO_GROUP for NO_GROUP_TEXT; null where no paper has it.
 */
export function lookupGroups(
  papers: readonly Paper[],
  kind: GroupKind,
  texts: readonly string[],
): (string | null)[] {
  const known = new Map<string, string>();
  for (const p of papers)
    for (const g of paperGroups(p, kind)) {
      known.set(g.toLowerCase(), g);
      known.set(groupLabel(kind, g).toLowerCase(), g);
    }
  return texts.map((t) => (t === NO_GROUP_TEXT ? NO_GROUP : (known.get(t.trim().toLowerCase()) ?? null)));
}
