import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  type GraphNode,
} from '../../../src/lib/model/coauthor-graph';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { layoutNetwork, nodeRadius } from '../../../src/lib/model/network-layout';

const seedText = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers, profile } = parseProfileText(seedText, { file: 'x', asOf: '2026-11-26' });
const graph = buildCoauthorGraph(papers, mergePeople(papers, { owner: profile!.name }));
const box = { width: 800, height: 600 };

const rounded = (layout: Map<string, { x: number; y: number }>, id: string) => {
  const p = layout.get(id)!;
  return [Math.round(p.x), Math.round(p.y)];
};

const node = (id: string, papers = 1): GraphNode => ({
  id,
  name: id,
  papers,
  category: null,
  isOwner: false,
  forms: [id],
  firstYear: null,
  meanYear: null,
});

describe('nodeRadius', () => {
  it('grows with the square root of papers from 4 to 22 px', () => {
    expect(nodeRadius(1)).toBe(4);
    expect(nodeRadius(0)).toBe(4);
    expect(nodeRadius(30)).toBe(22);
    expect(nodeRadius(300)).toBe(22);
    expect(nodeRadius(16)).toBeCloseTo(4 + 18 * Math.sqrt(15 / 29), 10);
  });
});

describe('layoutNetwork on the bundled profile', () => {
  const layout = layoutNetwork(graph, { ...box, seed: 1 });

  it('is deterministic: the same seed gives the same coordinates', () => {
    expect(rounded(layout, 'walmsley|mike')).toEqual([425, 312]);
    expect(rounded(layout, 'scaife|anna-m-m')).toEqual([461, 467]);
    expect(rounded(layout, 'rafner|janet')).toEqual([674, 137]);
    expect(layoutNetwork(graph, { ...box, seed: 1 })).toEqual(layout);
  });

  it('differs with another seed', () => {
    const other = layoutNetwork(graph, { ...box, seed: 2 });
    expect(rounded(other, 'scaife|anna-m-m')).not.toEqual(rounded(layout, 'scaife|anna-m-m'));
  });

  it('places every node, whole, inside the box', () => {
    expect([...layout.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const cases = [
      { l: layout, w: 800, h: 600 },
      { l: layoutNetwork(graph, { width: 300, height: 200, seed: 3 }), w: 300, h: 200 },
    ];
    for (const { l, w, h } of cases) {
      for (const n of graph.nodes) {
        const { x, y } = l.get(n.id)!;
        const r = nodeRadius(n.papers);
        expect(x - r).toBeGreaterThanOrEqual(0);
        expect(y - r).toBeGreaterThanOrEqual(0);
        expect(x + r).toBeLessThanOrEqual(w);
        expect(y + r).toBeLessThanOrEqual(h);
      }
    }
  });

  it('keeps nodes from overlapping more than a pixel', () => {
    for (const l of [layout, layoutNetwork(graph, { width: 300, height: 200, seed: 3 })]) {
      for (const a of graph.nodes) {
        for (const b of graph.nodes) {
          if (a.id >= b.id) continue;
          const [p, q] = [l.get(a.id)!, l.get(b.id)!];
          const gap = Math.hypot(p.x - q.x, p.y - q.y) - nodeRadius(a.papers) - nodeRadius(b.papers);
          expect(gap).toBeGreaterThan(-1);
        }
      }
    }
  });

  it('does not modify its input', () => {
    const before = structuredClone(graph);
    layoutNetwork(graph, { ...box, seed: 5, ticks: 50 });
    expect(graph).toEqual(before);
    expect(Object.keys(graph.nodes[0])).not.toContain('x');
    expect(typeof graph.edges[0].source).toBe('string');
  });
});

describe('layoutNetwork on small graphs', () => {
  it('returns nothing for an empty graph and the centre for one node', () => {
    expect(layoutNetwork({ nodes: [], edges: [] }, box).size).toBe(0);
    expect(layoutNetwork({ nodes: [node('a')], edges: [] }, box).get('a')).toEqual({ x: 400, y: 300 });
  });

  it('keeps disconnected parts in view and ignores edges to missing nodes', () => {
    const g: CoauthorGraph = {
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
      edges: [
        { source: 'a', target: 'b', weight: 2, firstYear: null },
        { source: 'c', target: 'd', weight: 1, firstYear: null },
        { source: 'd', target: 'zz', weight: 1, firstYear: null },
      ],
    };
    const l = layoutNetwork(g, { width: 200, height: 100, seed: 9, ticks: 100 });
    expect(l.size).toBe(5);
    for (const { x, y } of l.values()) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(200);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(100);
    }
  });
});
