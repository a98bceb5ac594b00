import type { Paper } from '../data/paper';

/**
 * Okabe–Ito's colour-blind-safe palette (black swapped for a dark blue-grey), then Tableau's
 * for collections with more categories. One colour per category, the same in every view.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#5D6D7E',
  '#4E79A7',
  '#F28E2B',
  '#76B7B2',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
];

export const OTHER_COLOR = '#9AA0A6';

/** Category → colour, by descending paper count over the whole collection (ties by id). */
export function categoryColors(papers: readonly Paper[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const p of papers) {
    const c = p.categories[0];
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Map(ordered.map(([c], i) => [c, i < PALETTE.length ? PALETTE[i] : OTHER_COLOR]));
}
