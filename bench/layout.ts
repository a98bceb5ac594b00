/**
 * (c) layout: a 2,000-person coauthor graph from the generator, laid out by our engine
 * (multilevel ForceAtlas2, `fast-layout.ts`) and by plain d3-force (forceManyBody + forceLink +
 * forceCenter, 300 ticks), interleaved. Readability: edge crossings (fewer is better) and
 * overlapping node pairs once each layout is scaled to the same box with the app's node radii.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import type { CoauthorGraph } from '../src/lib/model/coauthor-graph';
import { fastLayout } from '../src/lib/model/fast-layout';
import { edgeCrossings, nodeOverlaps } from '../src/dev/layout-quality';
import { nodeRadius } from '../src/lib/model/network-layout';
import { benchGraph } from './layout-graph';
import { interleave, ms } from './stats';

type Positions = Map<string, { x: number; y: number }>;

/** Plain d3-force as its documentation sets it up; only the random source is seeded. */
export function plainD3(graph: CoauthorGraph): Positions {
  const nodes: (SimulationNodeDatum & { id: string })[] = graph.nodes.map((n) => ({ id: n.id }));
  const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  forceSimulation(nodes)
    .randomSource(randomLcg(1))
    .force('charge', forceManyBody())
    .force(
      'link',
      forceLink(links).id((d) => (d as { id: string }).id),
    )
    .force('center', forceCenter())
    .stop()
    .tick(300);
  return new Map(nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
}

/** Scales a layout uniformly into a square of `side` px (as the view fits it), for overlap counts. */
function fitted(p: Positions, side: number): Positions {
  const xs = [...p.values()].map((v) => v.x);
  const ys = [...p.values()].map((v) => v.y);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  const k = side / Math.max(Math.max(...xs) - x0, Math.max(...ys) - y0, 1e-9);
  return new Map([...p].map(([id, v]) => [id, { x: (v.x - x0) * k, y: (v.y - y0) * k }]));
}

export function runLayoutBench(nodes: number, edges: number, rounds: number) {
  const graph = benchGraph(nodes, edges);
  const out: Record<string, Positions> = {};
  const timing = interleave(
    rounds,
    () => graph,
    {
      ours: (g) => (out.ours = fastLayout(g, { seed: 1 })),
      d3_force: (g) => (out.d3 = plainD3(g)),
    },
    1,
  );
  const papers = new Map(graph.nodes.map((n) => [n.id, n.papers]));
  const radius = (id: string) => nodeRadius(papers.get(id)!);
  const side = 40 * Math.sqrt(graph.nodes.length);
  return {
    name: 'layout',
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    ours_ms: ms(timing.ours.median),
    d3_force_ms: ms(timing.d3_force.median),
    speedup: Math.round((timing.d3_force.median / timing.ours.median) * 10) / 10,
    ours_crossings: edgeCrossings(out.ours, graph.edges),
    d3_force_crossings: edgeCrossings(out.d3, graph.edges),
    ours_overlaps: nodeOverlaps(fitted(out.ours, side), radius),
    d3_force_overlaps: nodeOverlaps(fitted(out.d3, side), radius),
    rounds,
  };
}
