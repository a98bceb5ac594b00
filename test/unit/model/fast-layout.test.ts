import { describe, expect, it } from 'vitest';
import type { CoauthorGraph, GraphNode } from '../../../src/lib/model/coauthor-graph';
import { fastLayout } from '../../../src/lib/model/fast-layout';
import { coarsen } from '../../../src/lib/model/graph-coarsen';
import { edgeCrossings, nodeOverlaps } from '../../../src/dev/layout-quality';
import { benchGraph } from '../../../bench/layout-graph';

const node = (id: string): GraphNode => ({
  id,
  name: id,
  papers: 1,
  category: null,
  isOwner: false,
  forms: [id],
  firstYear: null,
  meanYear: null,
});

/** Two cliques of 60 joined by one edge. */
function twoClusters(): CoauthorGraph {
  const nodes = Array.from({ length: 120 }, (_, i) => node(`n${String(i).padStart(3, '0')}`));
  const edges = [];
  for (let i = 0; i < 120; i++) {
    for (let j = i + 1; j < 120; j++) {
      if (Math.floor(i / 60) === Math.floor(j / 60) && (j - i) % 7 === 1)
        edges.push({ source: nodes[i].id, target: nodes[j].id, weight: 1, firstYear: null });
    }
  }
  edges.push({ source: nodes[0].id, target: nodes[60].id, weight: 1, firstYear: null });
  return { nodes, edges };
}

describe('fastLayout', () => {
  const graph = twoClusters();

  it('is deterministic, places every node at a finite position, and leaves its input alone', () => {
    const before = JSON.stringify(graph);
    const a = fastLayout(graph, { seed: 3, coarsest: 20 });
    expect(JSON.stringify(graph)).toBe(before);
    expect(fastLayout(graph, { seed: 3, coarsest: 20 })).toEqual(a);
    expect([...a.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect([...a.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('keeps clusters apart: members sit nearer their own centre than the other', () => {
    const p = fastLayout(graph, { seed: 1, coarsest: 20 });
    const centre = (from: number) => {
      const ps = graph.nodes.slice(from, from + 60).map((n) => p.get(n.id)!);
      return { x: ps.reduce((s, q) => s + q.x, 0) / 60, y: ps.reduce((s, q) => s + q.y, 0) / 60 };
    };
    const [a, b] = [centre(0), centre(60)];
    const d = (q: { x: number; y: number }, c: { x: number; y: number }) => Math.hypot(q.x - c.x, q.y - c.y);
    const right = graph.nodes.filter((n, i) =>
      i < 60 ? d(p.get(n.id)!, a) < d(p.get(n.id)!, b) : d(p.get(n.id)!, b) < d(p.get(n.id)!, a),
    );
    expect(right.length).toBeGreaterThan(110);
  });

  it('warm-starts from given positions', () => {
    const first = fastLayout(graph, { seed: 1, coarsest: 20 });
    const warm = fastLayout(graph, { initial: first, levelIterations: 1 });
    const moved = graph.nodes.map((n) =>
      Math.hypot(warm.get(n.id)!.x - first.get(n.id)!.x, warm.get(n.id)!.y - first.get(n.id)!.y),
    );
    expect(Math.max(...moved)).toBeLessThan(50);
  });

  it('lays out the benchmark graph with fewer crossings than a random placement', () => {
    const g = benchGraph(300, 1200);
    const ours = fastLayout(g);
    let s = 1;
    const random = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 1000;
    const scattered = new Map(g.nodes.map((n) => [n.id, { x: random(), y: random() }]));
    expect(edgeCrossings(ours, g.edges)).toBeLessThan(edgeCrossings(scattered, g.edges) / 3);
  });
});

describe('coarsen', () => {
  it('pairs strongly tied neighbours and sums the weights between groups', () => {
    // 0=1 (weight 5), 2=3 (weight 5), 1-2 (weight 1), 0-3 (weight 1).
    const g = {
      n: 4,
      source: Uint32Array.of(0, 2, 1, 0),
      target: Uint32Array.of(1, 3, 2, 3),
      weight: Float64Array.of(5, 5, 1, 1),
    };
    const { graph, parent } = coarsen(g);
    expect(graph.n).toBe(2);
    expect(parent[0]).toBe(parent[1]);
    expect(parent[2]).toBe(parent[3]);
    expect([...graph.weight]).toEqual([2]);
  });
});

describe('layout quality', () => {
  const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }]));
  it('counts crossing edges once, and not edges that only share an endpoint', () => {
    const p = at([
      ['a', 0, 0],
      ['b', 10, 10],
      ['c', 0, 10],
      ['d', 10, 0],
      ['e', 20, 20],
    ]);
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'd' },
      { source: 'b', target: 'e' },
    ];
    expect(edgeCrossings(p, edges)).toBe(1);
    expect(edgeCrossings(p, edges, 1)).toBe(1);
  });

  it('counts overlapping circles', () => {
    expect(
      nodeOverlaps(
        at([
          ['a', 0, 0],
          ['b', 5, 0],
          ['c', 50, 0],
        ]),
        () => 4,
      ),
    ).toBe(1);
  });
});
