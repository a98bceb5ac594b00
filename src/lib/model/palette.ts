import type { Paper } from '../data/paper';
import { primaryGroup } from './group-info';
import type { GroupKind } from './group-kinds';

/**
 * Okabe–Ito's colour-blind-safe palette (black swapped for Tol's wine), then Tableau's for
 * collections with more categories, without its grey: grey is kept for papers without a
 * category (and for "Other"), so no category ever looks like none.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#882255',
  '#4E79A7',
  '#F28E2B',
  '#76B7B2',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#117733',
];

/** Papers or people without a category, and categories folded into "Other": never a category's colour. */
export const OTHER_COLOR = '#9AA0A6';

/**
 * "Other" where a chart also draws the papers without a group (grey): a darker grey, so the two
 * are told apart; never a group's colour either.
 */
export const FOLDED_COLOR = '#5F6368';

/** `#RRGGBB` of a hue (degrees) at 70% saturation and lightness `l` (0–1). */
function hslHex(h: number, l: number): string {
  const a = 0.7 * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
}

/**
 * `n` different colours: the palette, then hues a golden angle apart at two lightnesses
 * (saturated, never grey), so collections with dozens of categories (OpenAlex topics) still
 * tell them apart.
 */
export function distinctColors(n: number): string[] {
  const out = PALETTE.slice(0, n);
  const used = new Set(out);
  for (let i = 0; out.length < n; i++) {
    const c = hslHex((i * 137.508) % 360, i % 2 ? 0.62 : 0.42);
    if (used.has(c)) continue;
    used.add(c);
    out.push(c);
  }
  return out;
}

/** Category → colour, by descending paper count over the whole collection (ties by id), each its own. */
export function categoryColors(papers: readonly Paper[]): Map<string, string> {
  return groupColors(papers, 'category');
}

/**
 * Group → colour under a "Group by" kind, by descending count of primary groups (ties by id);
 * the papers without a value stay grey (OTHER_COLOR), so they are never in the map.
 */
export function groupColors(papers: readonly Paper[], kind: GroupKind): Map<string, string> {
  const counts = new Map<string, number>();
  for (const p of papers) {
    const g = primaryGroup(p, kind);
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return colorsByCount([...counts].map(([id, count]) => ({ id, count })));
}

/** The same colours from primary-category counts already made (a server's collection facts). */
export function colorsByCount(counts: readonly { id: string; count: number }[]): Map<string, string> {
  const ordered = counts.filter((c) => c.id).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const colors = distinctColors(ordered.length);
  return new Map(ordered.map(({ id }, i) => [id, colors[i]]));
}
