/**
 * The coauthor network as an export: the same seeded layout as the page (d3-force, seed 1, 300
 * ticks) fitted to the export's size, drawn by `drawNetworkSvg`.
 */
import { drawNetworkSvg, networkLabels } from './network-draw';
import type { CoauthorGraph, GraphEdge, GraphNode } from '../model/coauthor-graph';
import { layoutNetwork, radiusScale } from '../model/network-layout';
import { OTHER_COLOR } from '../model/palette';
import type { ChartExport, LegendItem } from '../export/chart-export';
import type { GroupKind } from '../model/group-kinds';
import { categoryLegend, noGroupLegend } from './legend';

const PAGE_FONT_SIZE = 12;

export interface NetworkExportInput {
  title: string;
  /** The graph that is laid out: the whole collection's, so people keep their places under filters. */
  layoutGraph: CoauthorGraph;
  /** The graph that is drawn: the people in the view. */
  graph: CoauthorGraph;
  nodeColor: (node: GraphNode) => string;
  /** Edge colour when the page colours edges (by first joint year); grey otherwise. */
  edgeColor?: (edge: GraphEdge) => string;
  legend: readonly LegendItem[];
  selected: ReadonlySet<string>;
  /** The chart's size on the page. */
  width: number;
  height: number;
  filters: readonly string[];
}

/** Colour by dominant category (the page's default): a node's category colour or grey. */
export function categoryNodeColor(colors: ReadonlyMap<string, string>): (node: GraphNode) => string {
  return (n) => (n.category ? (colors.get(n.category) ?? OTHER_COLOR) : OTHER_COLOR);
}

/** Legend for colouring by category: the categories of the people drawn, then "No category" if needed. */
export function networkCategoryLegend(
  graph: CoauthorGraph,
  colors: ReadonlyMap<string, string>,
  group: GroupKind = 'category',
): LegendItem[] {
  const cats = new Set(graph.nodes.flatMap((n) => (n.category ? [n.category] : [])));
  const items = categoryLegend(colors, cats, group);
  const none = graph.nodes.some((n) => !n.category || !colors.has(n.category));
  return none ? [...items, noGroupLegend(group)] : items;
}

/** Export of the network view. */
export function networkExport(input: NetworkExportInput): ChartExport {
  return {
    name: 'network',
    title: input.title,
    width: input.width,
    height: input.height,
    legend: input.legend,
    filters: input.filters,
    draw: (doc, size) => {
      // Drawn at page scale (12 px type) and enlarged by the caller, so on a slide nodes and
      // labels grow together instead of small dots spreading over a large area.
      const k = Math.max(1, size.fontSize / PAGE_FONT_SIZE);
      const width = Math.round(size.width / k);
      const height = Math.round(size.height / k);
      // Room above the top nodes for their labels, which sit above the circles.
      const margin = PAGE_FONT_SIZE + 8;
      const positions = layoutNetwork(input.layoutGraph, { width, height, seed: 1, ticks: 300, margin });
      const radius = radiusScale(input.layoutGraph, width, height);
      const labels = networkLabels(input.graph, positions, PAGE_FONT_SIZE, 40, radius, {
        x0: 0,
        x1: width,
        y0: 0,
        y1: height,
      });
      return drawNetworkSvg(doc, {
        ...input,
        width,
        height,
        fontSize: PAGE_FONT_SIZE,
        positions,
        labels,
        radius,
      });
    },
    rows: () => {
      const degree = new Map<string, number>();
      for (const e of input.graph.edges)
        for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      return input.graph.nodes.map((n) => ({
        person: n.name,
        papers: n.papers,
        category: n.category ?? '',
        owner: n.isOwner,
        coauthors: degree.get(n.id) ?? 0,
      }));
    },
  };
}
