/** Messages to and from the layout worker: the graph's shape only (ids, paper counts, links). */
import type { CoauthorGraph } from '../model/coauthor-graph';
import type { LayoutOptions } from '../model/network-layout';

/** The part of a graph the layout reads. */
export interface LayoutGraph {
  nodes: Pick<CoauthorGraph['nodes'][number], 'id' | 'papers'>[];
  edges: Pick<CoauthorGraph['edges'][number], 'source' | 'target' | 'weight'>[];
}

export interface LayoutRequest {
  id: number;
  graph: LayoutGraph;
  options: Omit<LayoutOptions, 'initial'>;
  /** Warm start: earlier positions by person id. */
  initial?: [string, { x: number; y: number }][];
}

export type LayoutResponse = { id: number; ids: string[]; xy: Float64Array } | { id: number; error: string };

/** Only what the layout reads, so the message stays small (no names, forms or years). */
export function layoutGraphOf(graph: CoauthorGraph): LayoutGraph {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, papers: n.papers })),
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
  };
}
