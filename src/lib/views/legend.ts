/** Legend entries shared by the chart exports: one swatch per category, in palette order. */
import { categoryShort, NO_CATEGORY_LABEL } from '../data/category-label';
import { OTHER_COLOR } from '../model/palette';
import type { LegendItem } from '../export/chart-export';

/** "astro-ph.GA" style short names with the category's colour; `only` limits to categories drawn. */
export function categoryLegend(
  colors: ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
): LegendItem[] {
  return [...colors]
    .filter(([id]) => !only || only.has(id))
    .map(([id, color]) => ({ label: categoryShort(id), color }));
}

/** Papers or people without a category: grey, which no category has. */
export const NO_CATEGORY_LEGEND: LegendItem = { label: NO_CATEGORY_LABEL, color: OTHER_COLOR };

/** The grey "ghost" behind bars: the whole collection, unfiltered. */
export const GHOST_LEGEND: LegendItem = { label: 'All papers (unfiltered)', color: 'var(--ghost)' };
