import type { Paper } from '../data/paper';
import { groupInfo, NO_GROUP } from './group-info';
import type { GroupKind } from './group-kinds';

export interface CategoryCount {
  id: string;
  short: string;
  name: string;
  group: string;
  /** Papers with this primary category in the current selection. */
  count: number;
  /** Papers with this primary category in the whole collection. */
  total: number;
}

/** Papers per primary category, as a plain record (the CLI's `categories`). */
export function primaryCategoryCounts(papers: readonly Paper[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of papers) {
    const c = p.categories[0];
    if (c) out[c] = (out[c] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/**
 * Category rows for the categories view: every primary category of the collection with its
 * count in the selection and in total, grouped by archive (largest group first) then by total.
 */
export function categoryRows(all: readonly Paper[], selected: readonly Paper[]): CategoryCount[] {
  return categoryRowsFromCounts(primaryCategoryCounts(all), primaryCategoryCounts(selected));
}

/**
 * `categoryRows` from counts already made (the columnar store's path, the page source's answers),
 * for groups of any kind; the group without a value ('') comes last, under its own heading.
 */
export function categoryRowsFromCounts(
  total: Readonly<Record<string, number>>,
  count: Readonly<Record<string, number>>,
  kind: GroupKind = 'category',
): CategoryCount[] {
  const rows = Object.keys(total).map((id) => {
    const info = groupInfo(kind, id);
    return {
      id,
      short: info.short,
      name: info.name,
      group: info.group,
      count: count[id] ?? 0,
      total: total[id],
    };
  });
  const groupTotal = new Map<string, number>();
  for (const r of rows) groupTotal.set(r.group, (groupTotal.get(r.group) ?? 0) + r.total);
  return rows.sort(
    (a, b) =>
      Number(a.id === NO_GROUP) - Number(b.id === NO_GROUP) ||
      groupTotal.get(b.group)! - groupTotal.get(a.group)! ||
      a.group.localeCompare(b.group) ||
      b.total - a.total ||
      a.id.localeCompare(b.id),
  );
}
