/** Legend entries shared by the chart exports: one swatch per category, in palette order. */
import { categoryInfo } from '../data/category-label';
import type { LegendItem } from './chart-export';

/** "astro-ph.GA" style short names with the category's colour; `only` limits to categories drawn. */
export function categoryLegend(
  colors: ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
): LegendItem[] {
  return [...colors]
    .filter(([id]) => !only || only.has(id))
    .map(([id, color]) => ({ label: categoryInfo(id).short, color }));
}

/** The grey "ghost" behind bars: the whole collection, unfiltered. */
export const GHOST_LEGEND: LegendItem = { label: 'All papers (unfiltered)', color: 'var(--ghost)' };
