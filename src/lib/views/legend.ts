/** Legend entries shared by the chart exports: one swatch per category, in palette order. */
import { groupInfo } from '../model/group-info';
import { NO_GROUP_LABELS, type GroupKind } from '../model/group-kinds';
import { OTHER_COLOR } from '../model/palette';
import type { LegendItem } from '../export/chart-export';

/** "astro-ph.GA" style short names (a venue's, a type's) with the group's colour; `only` limits to groups drawn. */
export function categoryLegend(
  colors: ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
  group: GroupKind = 'category',
): LegendItem[] {
  return [...colors]
    .filter(([id]) => !only || only.has(id))
    .map(([id, color]) => ({ label: groupInfo(group, id).short, color }));
}

/** The papers (or people) without a group of `group`'s kind: grey, which no group has. */
export function noGroupLegend(group: GroupKind = 'category'): LegendItem {
  return { label: NO_GROUP_LABELS[group], color: OTHER_COLOR };
}

/** The grey "ghost" behind bars: the whole collection, unfiltered. */
export const GHOST_LEGEND: LegendItem = { label: 'All papers (unfiltered)', color: 'var(--ghost)' };
