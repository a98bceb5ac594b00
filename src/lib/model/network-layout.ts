/**
 * A deterministic force layout of the coauthor graph: seeded start positions and random source,
 * a fixed tick budget run synchronously, so the same graph and seed give the same picture in the
 * browser, the CLI and the tests.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';
import { fastLayout, type LayoutInput } from './fast-layout';

/**
 * From this many people on, the multilevel ForceAtlas2 of `fast-layout.ts` lays the graph out:
 * d3-force's 300 ticks grow too slow there (`npm run bench`, layout), and its collision force
 * matters less once nodes are small against the drawing.
 */
export const FAST_LAYOUT_FROM = 400;

export interface LayoutOptions {
  width: number;
  height: number;
  /** Seed of the random source; the same seed gives the same layout. */
  seed?: number;
  /** Fixed number of simulation ticks (default 300). */
  ticks?: number;
  /** Space kept free around the drawing (default 8 px). */
  margin?: number;
  /**
   * Warm start: earlier positions of some of the people (a graph grown or shrunk by the people
   * slider). They start there, the rest at seeded random places, and the layout runs a short
   * refinement instead of the full schedule, so people stay near where the user saw them.
   */
  initial?: ReadonlyMap<string, { x: number; y: number }>;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  weight: number;
}

const MIN_RADIUS = 4;
const MAX_RADIUS = 22;
/** Paper count at which the radius tops out; fixed so every view sizes a node alike. */
const RADIUS_CAP = 30;
const MAX_ZOOM = 6;

/**
 * Node radius in px for a paper count: a sqrt scale from 1 paper (4 px) to 30+ papers (22 px),
 * times `scale` (see `radiusScale`; at least 1.5 px so every node stays visible and clickable).
 */
export function nodeRadius(papers: number, scale = 1): number {
  const t = Math.min(Math.max(papers - 1, 0) / (RADIUS_CAP - 1), 1);
  return Math.max(1.5, (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(t)) * scale);
}

/** Share of the box the nodes of a large graph may cover; beyond it they shrink together. */
const NODE_COVER = 0.18;

/**
 * 1 for graphs whose nodes fit the box comfortably; below 1 for large ones (hundreds of prolific
 * people at full size would cover the drawing many times over), so that their discs cover about
 * NODE_COVER of it and the links between them stay visible.
 */
export function radiusScale(graph: Pick<LayoutInput, 'nodes'>, width: number, height: number): number {
  let area = 0;
  for (const n of graph.nodes) area += Math.PI * nodeRadius(n.papers) ** 2;
  return area > 0 ? Math.min(1, Math.sqrt((NODE_COVER * width * height) / area)) : 1;
}

/** Positions (node centres) for every node, inside `width` × `height` with a margin. Does not modify its input. */
export function layoutNetwork(
  graph: LayoutInput,
  options: LayoutOptions,
): Map<string, { x: number; y: number }> {
  const { width, height, seed = 1, ticks = 300, margin = 8 } = options;
  const random = randomLcg(seed);
  const scale = radiusScale(graph, width, height);
  const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: nodeRadius(n.papers, scale) }));
  if (nodes.length >= FAST_LAYOUT_FROM) {
    const warm = options.initial && graph.nodes.some((n) => options.initial!.has(n.id));
    const at = fastLayout(graph, { seed, initial: warm ? options.initial : undefined });
    for (const n of nodes) [n.x, n.y] = [at.get(n.id)!.x, at.get(n.id)!.y];
    return fitToBox(nodes, width, height, margin);
  }
  // Seeded start positions (d3's default phyllotaxis start ignores the seed), in a disc with
  // about twice the nodes' area so collisions start few.
  const spread = Math.sqrt(2 * nodes.reduce((sum, n) => sum + (n.r + 2) ** 2, 0));
  for (const n of nodes) {
    const angle = 2 * Math.PI * random();
    const dist = spread * Math.sqrt(random());
    [n.x, n.y] = [dist * Math.cos(angle), dist * Math.sin(angle)];
  }
  const ids = new Set(nodes.map((n) => n.id));
  const links: SimLink[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const degree = new Map<string, number>();
  for (const l of links) {
    for (const id of [l.source as string, l.target as string]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const end = (x: string | number | SimNode) => x as SimNode;

  forceSimulation(nodes)
    .randomSource(random)
    .stop()
    // theta 1.2 (d3: 0.9) trades a little Barnes–Hut accuracy for a third less time on big graphs.
    .force(
      'charge',
      forceManyBody<SimNode>()
        .theta(1.2)
        .strength((d) => -20 - 2 * d.r),
    )
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        // Frequent coauthors sit closer and pull harder; hubs are not dragged by every leaf.
        .distance((l) => end(l.source).r + end(l.target).r + 30 / Math.sqrt(l.weight))
        .strength(
          (l) =>
            Math.min(1, l.weight) /
            Math.min(degree.get(end(l.source).id) ?? 1, degree.get(end(l.target).id) ?? 1),
        ),
    )
    .force('collide', forceCollide<SimNode>((d) => d.r + 2).strength(0.8))
    // Gravity keeps disconnected parts from drifting out of view.
    .force('x', forceX<SimNode>(0).strength(0.03))
    .force('y', forceY<SimNode>(0).strength(0.03))
    .tick(ticks);

  return fitToBox(nodes, width, height, margin);
}

/** Scales centres uniformly so every circle lies inside the box, and centres the drawing. */
function fitToBox(nodes: SimNode[], width: number, height: number, margin: number) {
  const positions = new Map<string, { x: number; y: number }>();
  if (nodes.length === 0) return positions;
  let [x0, x1, y0, y1, maxR] = [Infinity, -Infinity, Infinity, -Infinity, 0];
  for (const n of nodes) {
    [x0, x1, y0, y1] = [Math.min(x0, n.x!), Math.max(x1, n.x!), Math.min(y0, n.y!), Math.max(y1, n.y!)];
    maxR = Math.max(maxR, n.r);
  }
  const innerW = Math.max(width - 2 * margin - 2 * maxR, 0);
  const innerH = Math.max(height - 2 * margin - 2 * maxR, 0);
  // Enlarging spreads nodes apart (never overlaps them); the cap keeps a pair from spanning the box.
  const scale = Math.min(
    x1 > x0 ? innerW / (x1 - x0) : MAX_ZOOM,
    y1 > y0 ? innerH / (y1 - y0) : MAX_ZOOM,
    MAX_ZOOM,
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const n of nodes) {
    positions.set(n.id, { x: width / 2 + (n.x! - cx) * scale, y: height / 2 + (n.y! - cy) * scale });
  }
  return positions;
}
