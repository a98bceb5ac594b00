/** The coauthor network as JSON `{nodes, links}` (the shape d3-force, Observable and vega read). */
import type { CoauthorGraph, GraphNode } from '../model/coauthor-graph';

export interface NetworkJson {
  nodes: {
    id: string;
    name: string;
    papers: number;
    category: string | null;
    owner: boolean;
    forms: string[];
    firstYear: number | null;
    color: string;
  }[];
  links: { source: string; target: string; weight: number; firstYear: number | null }[];
}

/** Plain data for JSON.stringify; ids are the app's person ids. */
export function graphToJson(graph: CoauthorGraph, nodeColor: (n: GraphNode) => string): NetworkJson {
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      name: n.name,
      papers: n.papers,
      category: n.category,
      owner: n.isOwner,
      forms: [...n.forms],
      firstYear: n.firstYear,
      color: nodeColor(n),
    })),
    links: graph.edges.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.weight,
      firstYear: e.firstYear,
    })),
  };
}

/** The JSON file's text. */
export function graphToJsonText(graph: CoauthorGraph, nodeColor: (n: GraphNode) => string): string {
  return `${JSON.stringify(graphToJson(graph, nodeColor), null, 2)}\n`;
}
