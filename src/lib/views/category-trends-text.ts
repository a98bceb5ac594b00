/** What the category trends view says in words: overall shares and the category that grew most. */
import { OTHER, type CategoryMode, type CategoryShare } from '../model/category-trends';
import { groupInfo, GROUP_NOUNS } from '../model/group-info';
import type { GroupKind } from '../model/group-kinds';

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** A legend's name for a row's group: its short label ("No venue" for ''), or "Other". */
export const trendLabel = (c: string, group: GroupKind = 'category') =>
  c === OTHER ? OTHER : groupInfo(group, c).short;

/** Category → its share of all papers (or listings) in the rows. */
export function categoryTotals(rows: readonly CategoryShare[]): Map<string, number> {
  const sum = rows.reduce((n, r) => n + r.count, 0) || 1;
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.category, (out.get(r.category) ?? 0) + r.count / sum);
  return out;
}

/** "7 categories; astro-ph.GA has the largest share (44% of papers); cs.LG grew most (0% → 25% …)." */
export function categoryTrendsSummary(
  rows: readonly CategoryShare[],
  mode: CategoryMode,
  group: GroupKind = 'category',
): string {
  const totals = categoryTotals(rows);
  const cats = [...totals.keys()];
  const [one, many] = GROUP_NOUNS[group];
  if (!cats.length) return 'No dated papers in the selection.';
  const label = (c: string) => trendLabel(c, group);
  const unit = mode === 'primary' ? 'papers' : 'listings';
  const dated = (c: string) => rows.filter((r) => r.category === c && !Number.isNaN(r.share));
  const change = cats
    .filter((c) => c !== OTHER)
    .map((c) => {
      const d = dated(c);
      return { c, from: d[0]?.share ?? 0, to: d[d.length - 1]?.share ?? 0 };
    })
    .sort((a, b) => b.to - b.from - (a.to - a.from));
  const top = change[0];
  const grew =
    top && top.to > top.from
      ? `; ${label(top.c)} grew most (${pct(top.from)} → ${pct(top.to)} of ${unit}, first to last year)`
      : '';
  const n = cats.filter((c) => c !== '').length;
  const largest = [...cats].sort((a, b) => totals.get(b)! - totals.get(a)!)[0];
  return `${n} ${n === 1 ? one : many}; ${label(largest)} has the largest share (${pct(totals.get(largest)!)} of ${unit})${grew}.`;
}
