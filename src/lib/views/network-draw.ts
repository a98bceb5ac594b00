/**
 * The coauthor network drawn as plain SVG elements from graph + positions + colours, the way
 * Network.svelte draws it on the page: edges under nodes, width by joint papers; circles sized
 * by papers, the owner ringed; labels above the nodes with a halo. A pure function of its input
 * (plus the document to create elements in), used by the export and by the CLI.
 */
import type { CoauthorGraph, GraphEdge, GraphNode } from '../model/coauthor-graph';
import { nodeRadius } from '../model/network-layout';

/** Estimated width of a label: 0.6 × font size per character. */
export function labelWidth(label: string, fontSize: number): number {
  return 0.6 * fontSize * label.length;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Coordinates to 0.01 px: the same picture, shorter files, stable snapshots. */
const r2 = (n: number) => Math.round(n * 100) / 100;

export interface NetworkSvgInput {
  graph: CoauthorGraph;
  /** Node centres; nodes without a position are not drawn. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  width: number;
  height: number;
  nodeColor: (node: GraphNode) => string;
  /** Edge colour (e.g. by first joint year); the page's muted grey when absent. */
  edgeColor?: (edge: GraphEdge) => string;
  /** Nodes whose name is written, and where (see `networkLabels`). */
  labels: ReadonlyMap<string, LabelPlace>;
  fontSize: number;
  /** People selected in the network filter: drawn with the focus ring, as on the page. */
  selected?: ReadonlySet<string>;
  /** Node size factor of a large graph (`radiusScale`); 1 by default. */
  radius?: number;
}

/**
 * Link width in px by joint papers, thinned with the nodes of a large graph (`radius` < 1, see
 * `radiusScale`) so that thousands of links do not fill the drawing.
 */
export function edgeWidth(weight: number, radius = 1): number {
  return Math.min(8, 0.8 + weight * 1.2) * Math.max(0.2, radius * radius);
}

export type Box = { x0: number; x1: number; y0: number; y1: number };

/** Where a person's name is written: above the circle (as on the page) or, when that is taken, below. */
export type LabelSide = 'above' | 'below';

/** A name's side of its circle, and how far it is moved sideways (px) to stay inside the drawing. */
export interface LabelPlace {
  side: LabelSide;
  dx: number;
}

/**
 * The people to label and where: most papers first (the owner always), each label kept only
 * where it overlaps no label placed before and no other person's circle. Within `bounds` (in
 * the positions' coordinates), a name near the side edge moves inwards and one that would
 * cross the top or bottom edge takes the other side or none.
 */
export function networkLabels(
  graph: CoauthorGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  fontSize: number,
  maxLabels = 40,
  radius = 1,
  bounds?: Box,
): Map<string, LabelPlace> {
  const nodes = graph.nodes.flatMap((n) => {
    const p = positions.get(n.id);
    return p && n.name.trim() ? [{ ...p, node: n, r: nodeRadius(n.papers, radius) }] : [];
  });
  const order = [...nodes].sort(
    (a, b) =>
      Number(b.node.isOwner) - Number(a.node.isOwner) ||
      b.node.papers - a.node.papers ||
      (a.node.id < b.node.id ? -1 : 1),
  );
  const placed: Box[] = [];
  const places = new Map<string, LabelPlace>();
  for (const n of order) {
    if (places.size >= maxLabels) break;
    const half = labelWidth(n.node.name, fontSize) / 2;
    const dx = bounds ? inwards(n.x - half, n.x + half, bounds) : 0;
    const [x0, x1] = [n.x - half + dx, n.x + half + dx];
    const boxes: [LabelSide, Box][] = [
      ['above', { x0, x1, y0: n.y - n.r - 4 - fontSize, y1: n.y - n.r - 2 }],
      ['below', { x0, x1, y0: n.y + n.r + 2, y1: n.y + n.r + 4 + fontSize }],
    ];
    const inside = boxes.filter(([, b]) => !bounds || (b.y0 >= bounds.y0 && b.y1 <= bounds.y1));
    const free = inside.find(
      ([, b]) => !placed.some((p) => overlaps(p, b)) && !nodes.some((o) => o !== n && circleHitsBox(o, b)),
    );
    const choice = free ?? (n.node.isOwner ? (inside[0] ?? boxes[0]) : undefined);
    if (!choice) continue;
    placed.push(choice[1]);
    places.set(n.node.id, { side: choice[0], dx });
  }
  return places;
}

/** How far to move [x0, x1] sideways to lie inside the bounds (to their left edge when wider). */
function inwards(x0: number, x1: number, bounds: Box): number {
  if (x0 < bounds.x0) return bounds.x0 - x0;
  if (x1 > bounds.x1) return Math.max(bounds.x1 - x1, bounds.x0 - x0);
  return 0;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function circleHitsBox(c: { x: number; y: number; r: number }, b: Box): boolean {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
  const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  return dx * dx + dy * dy < c.r * c.r;
}

/** Draws the network into a new `<svg>` of `doc`. Does not modify its input. */
export function drawNetworkSvg(doc: Document, input: NetworkSvgInput): SVGSVGElement {
  const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) => {
    const e = doc.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const { graph, positions, width, height } = input;
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, fill: 'currentColor' });
  const edges = el('g', { stroke: 'var(--muted)', 'stroke-opacity': 0.45, 'aria-hidden': 'true' });
  for (const e of graph.edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b) continue;
    edges.append(
      el('line', {
        x1: r2(a.x),
        y1: r2(a.y),
        x2: r2(b.x),
        y2: r2(b.y),
        'stroke-width': r2(edgeWidth(e.weight, input.radius)),
        ...(input.edgeColor ? { stroke: input.edgeColor(e) } : {}),
      }),
    );
  }
  svg.append(edges);
  const nodes = el('g', { 'font-size': input.fontSize, 'text-anchor': 'middle' });
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const r = nodeRadius(n.papers, input.radius);
    const g = el('g', { transform: `translate(${r2(p.x)},${r2(p.y)})` });
    const ring = input.selected?.has(n.id)
      ? { stroke: 'var(--focus)', 'stroke-width': 4 }
      : n.isOwner
        ? { stroke: 'var(--text)', 'stroke-width': 3 }
        : { stroke: 'var(--panel)', 'stroke-width': 1.5 };
    g.append(el('circle', { r: r2(r), fill: input.nodeColor(n), ...ring }));
    const place: LabelPlace | null =
      input.labels.get(n.id) ?? (input.selected?.has(n.id) ? { side: 'above', dx: 0 } : null);
    if (place) {
      const halo = { stroke: 'var(--panel)', 'stroke-width': 3, 'paint-order': 'stroke' };
      const y = place.side === 'above' ? -r - 4 : r + 2 + input.fontSize * 0.8;
      const x: Record<string, number> = place.dx ? { x: r2(place.dx) } : {};
      const text = el('text', { ...x, y: r2(y), fill: 'var(--text)', ...halo });
      // textContent: a name is only ever text, never markup.
      text.textContent = n.name;
      g.append(text);
    }
    nodes.append(g);
  }
  svg.append(nodes);
  return svg;
}
