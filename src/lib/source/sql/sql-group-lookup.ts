/**
 * Groups of another kind than arXiv categories, named as a user writes them (a venue, a keyword,
 * a type, a field), resolved as the page resolves them (page/page-groups.ts): the group in any
 * case or, for types, its label; where two groups differ only in case, the one a later paper
 * (then a later place on it) has wins, as the page's map keeps the last it saw.
 */
import { NO_GROUP, NO_GROUP_TEXT } from '../../model/group-info';
import { groupLabel, type GroupKind } from '../../model/group-kinds';
import { MAX_POS } from './collection-rows';
import type { SqlScope } from './scope';

export async function lookupGroups(
  s: SqlScope,
  kind: GroupKind,
  texts: readonly string[],
): Promise<(string | null)[]> {
  const asked = texts.filter((t) => t !== NO_GROUP_TEXT);
  if (asked.length === 0) return texts.map(() => NO_GROUP);
  // Every group of the kind once, at its last place in collection order: lower-casing is left to
  // JavaScript, where the page does it (the engines' lower() differ from it beyond ASCII).
  const rows = await s.rows(
    `SELECT grp, max(paper * ${MAX_POS + 1} + pos) FROM ${s.t('paper_groups')}
     WHERE kind = ${s.sql.literal(kind)} AND listed = 1 GROUP BY grp`,
  );
  const seen = rows
    .map(([g, last]) => ({ g: String(g), last: Number(last) }))
    .sort((a, b) => a.last - b.last);
  const known = new Map<string, string>();
  for (const { g } of seen) {
    known.set(g.toLowerCase(), g);
    known.set(groupLabel(kind, g).toLowerCase(), g);
  }
  return texts.map((t) => (t === NO_GROUP_TEXT ? NO_GROUP : (known.get(t.trim().toLowerCase()) ?? null)));
}
