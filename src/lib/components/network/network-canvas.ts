/**
 * The coauthor network drawn on a canvas, for graphs too large for one SVG element per person
 * (beyond CANVAS_FROM people the DOM updates of a filter change cost more than the drawing).
 * The page keeps the same look as the SVG: edges under nodes, owner ringed, selection outlined,
 * dimming around the hovered person, labels on the largest nodes only. Hit-testing is a scan of
 * the nodes in drawing order (a few thousand distance checks need no spatial index).
 */
import type { CoauthorGraph, GraphEdge, GraphNode } from '../../model/coauthor-graph';
import { nodeRadius } from '../../model/network-layout';
import { edgeWidth, type LabelPlace } from '../../views/network-draw';

/** From this many people on, the page draws the network on a canvas. */
export const CANVAS_FROM = 1000;

type Point = { x: number; y: number };

export interface CanvasScene {
  graph: CoauthorGraph;
  pos: (id: string) => Point;
  /** Zoom transform and the horizontal offset that centres the layout box. */
  transform: { x: number; y: number; k: number };
  offsetX: number;
  width: number;
  height: number;
  nodeColor: (n: GraphNode) => string;
  edgeColor: (e: GraphEdge) => string | null;
  /** People to keep bright (hover); null: everyone. */
  lit: ReadonlySet<string> | null;
  selected: ReadonlySet<string>;
  labels: ReadonlyMap<string, LabelPlace>;
  fontSize: number;
  /** Node size factor (`radiusScale`). */
  radius: number;
  /** Theme colours read from the page's CSS variables. */
  theme: { text: string; panel: string; focus: string; muted: string };
}

/** Draws the scene at the device pixel ratio `dpr` (the canvas is width × dpr pixels wide). */
export function drawNetworkCanvas(ctx: CanvasRenderingContext2D, scene: CanvasScene, dpr: number): void {
  const { graph, pos, transform: t, lit, theme } = scene;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * (scene.offsetX + t.x), dpr * t.y);

  for (const e of graph.edges) {
    const [a, b] = [pos(e.source), pos(e.target)];
    const dim = lit && !(lit.has(e.source) && lit.has(e.target));
    const color = scene.edgeColor(e);
    ctx.globalAlpha = dim ? 0.08 : color ? 0.85 : 0.45;
    ctx.strokeStyle = color ?? theme.muted;
    ctx.lineWidth = edgeWidth(e.weight, scene.radius);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  // Smallest first, so large nodes (and their rings) stay on top.
  for (let i = graph.nodes.length - 1; i >= 0; i--) {
    const n = graph.nodes[i];
    const p = pos(n.id);
    const r = nodeRadius(n.papers, scene.radius);
    ctx.globalAlpha = lit && !lit.has(n.id) ? 0.2 : 1;
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
    ctx.fillStyle = scene.nodeColor(n);
    ctx.fill();
    const selected = scene.selected.has(n.id);
    ctx.strokeStyle = selected ? theme.focus : n.isOwner ? theme.text : theme.panel;
    ctx.lineWidth = selected ? 4 : n.isOwner ? 3 : 1.5;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.font = `${scene.fontSize}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  for (const n of graph.nodes) {
    const place = scene.labels.get(n.id);
    if (!place || (lit && !lit.has(n.id))) continue;
    const p = pos(n.id);
    const r = nodeRadius(n.papers, scene.radius);
    const y = place.side === 'below' ? p.y + r + 2 + scene.fontSize * 0.85 : p.y - r - 4;
    ctx.strokeStyle = theme.panel;
    ctx.lineWidth = 3;
    ctx.strokeText(n.name, p.x + place.dx, y);
    ctx.fillStyle = theme.text;
    ctx.fillText(n.name, p.x + place.dx, y);
  }
}

/**
 * The node under a point given in layout coordinates (after undoing zoom and offset): the one
 * drawn on top, i.e. the first in the graph's order (largest first) whose circle holds the point.
 * `slop` widens small targets for pointers (at least 8 px across).
 */
export function nodeAt(
  graph: CoauthorGraph,
  pos: (id: string) => Point,
  at: Point,
  radius = 1,
  slop = 0,
): GraphNode | null {
  for (const n of graph.nodes) {
    const p = pos(n.id);
    const r = Math.max(nodeRadius(n.papers, radius), 4) + slop;
    const [dx, dy] = [at.x - p.x, at.y - p.y];
    if (dx * dx + dy * dy <= r * r) return n;
  }
  return null;
}
