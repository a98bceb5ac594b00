/**
 * What the coauthor network is coloured by: a person's dominant category (the shared palette),
 * their coauthor community, or the year of their first paper; edges by the year of the pair's
 * first joint paper in the "first year" mode. Pure functions, so the page and exports agree.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { GraphEdge, GraphNode } from '../model/coauthor-graph';
import type { Communities } from '../model/communities';
import { OTHER_COLOR, PALETTE } from '../model/palette';
import type { YearSpan } from '../model/timeline';

export type ColorBy = 'category' | 'community' | 'first-year';

export const COLOR_BY_LABELS: Record<ColorBy, string> = {
  category: 'Category',
  community: 'Community',
  'first-year': 'First year',
};

/** Communities of one person share OTHER_COLOR: colouring each would exhaust the palette. */
export function communityColor(communities: Communities, index: number | undefined): string {
  const c = index === undefined ? undefined : communities.list[index];
  return c && c.members.length > 1 && index! < PALETTE.length ? PALETTE[index!] : OTHER_COLOR;
}

/**
 * Year → colour on viridis, clipped to its middle (0.1–0.85) so both ends keep contrast on light
 * and dark panels.
 */
export function yearColor(span: YearSpan | null): (year: number | null) => string {
  if (!span) return () => OTHER_COLOR;
  const scale = scaleSequential((t: number) => interpolateViridis(0.1 + 0.75 * t)).domain([
    span.first,
    Math.max(span.last, span.first + 1),
  ]);
  return (year) => (year === null ? OTHER_COLOR : scale(year));
}

export interface ColorContext {
  by: ColorBy;
  colors: ReadonlyMap<string, string>;
  communities: Communities;
  span: YearSpan | null;
}

/** The fill of a node in a mode. */
export function nodeColorFor(ctx: ColorContext): (n: GraphNode) => string {
  if (ctx.by === 'community')
    return (n) => communityColor(ctx.communities, ctx.communities.byPerson.get(n.id));
  if (ctx.by === 'first-year') {
    const color = yearColor(ctx.span);
    return (n) => color(n.firstYear);
  }
  return (n) => (n.category ? (ctx.colors.get(n.category) ?? OTHER_COLOR) : OTHER_COLOR);
}

/** The stroke of an edge in a mode; null keeps the neutral default. */
export function edgeColorFor(ctx: ColorContext): (e: GraphEdge) => string | null {
  if (ctx.by !== 'first-year') return () => null;
  const color = yearColor(ctx.span);
  return (e) => color(e.firstYear);
}
