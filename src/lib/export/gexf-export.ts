/**
 * The coauthor network as GEXF 1.3 (Gephi): people with their papers, dominant category and
 * owner flag as attributes and their colour as `viz:color`; coauthorships as weighted undirected
 * edges. Every label and value is XML-escaped.
 */
import type { CoauthorGraph, GraphNode } from '../model/coauthor-graph';
import { nodeRadius } from '../model/network-layout';
import { escapeXml, xmlAttributes, xmlElement } from './xml-escape';

export interface GexfOptions {
  /** Written to `<meta><description>`, e.g. the source line. */
  description: string;
  /** ISO date for `lastmodifieddate`. */
  date: string;
  nodeColor: (node: GraphNode) => string;
}

/** `#rrggbb` (or `#rgb`) to integer channels; anything else is grey. */
export function hexToRgb(color: string): { r: number; g: number; b: number } {
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1] ?? '9aa0a6';
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const n = parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

const NODE_ATTRIBUTES = [
  ['papers', 'Papers', 'integer'],
  ['category', 'Main category', 'string'],
  ['owner', 'Profile owner', 'boolean'],
  ['forms', 'Written forms', 'string'],
  ['firstYear', 'First year', 'integer'],
] as const;

function nodeXml(n: GraphNode, color: string): string {
  const values: Record<string, string | number | boolean | null> = {
    papers: n.papers,
    category: n.category ?? '',
    owner: n.isOwner,
    forms: n.forms.join('; '),
    firstYear: n.firstYear,
  };
  const att = NODE_ATTRIBUTES.filter(([id]) => values[id] !== null)
    .map(([id]) => xmlElement('attvalue', { for: id, value: String(values[id]) }))
    .join('');
  const viz =
    xmlElement('viz:color', hexToRgb(color)) + xmlElement('viz:size', { value: nodeRadius(n.papers) });
  return `      <node${xmlAttributes({ id: n.id, label: n.name })}><attvalues>${att}</attvalues>${viz}</node>\n`;
}

/** The graph as a GEXF 1.3 document. */
export function graphToGexf(graph: CoauthorGraph, o: GexfOptions): string {
  const attrs = NODE_ATTRIBUTES.map(([id, title, type]) => xmlElement('attribute', { id, title, type })).join(
    '',
  );
  const edges = graph.edges.map(
    (e, i) =>
      `      ${xmlElement('edge', { id: i, source: e.source, target: e.target, weight: e.weight })}\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
    `  <meta${xmlAttributes({ lastmodifieddate: o.date })}><creator>Research trends dashboard</creator>` +
    `<description>${escapeXml(o.description)}</description></meta>\n` +
    '  <graph defaultedgetype="undirected" mode="static">\n' +
    `    <attributes class="node">${attrs}</attributes>\n` +
    `    <nodes>\n${graph.nodes.map((n) => nodeXml(n, o.nodeColor(n))).join('')}    </nodes>\n` +
    `    <edges>\n${edges.join('')}    </edges>\n` +
    '  </graph>\n</gexf>\n'
  );
}
