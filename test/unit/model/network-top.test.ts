import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoauthorGraph } from '../../../src/lib/model/coauthor-graph';
import { mergePeople } from '../../../src/lib/model/name-merge';
import {
  collectionTopGraph,
  edgeKey,
  LINKS_PER_PERSON,
  topPeopleGraph,
} from '../../../src/lib/model/network-top';
import {
  FAST_LAYOUT_FROM,
  layoutNetwork,
  nodeRadius,
  radiusScale,
} from '../../../src/lib/model/network-layout';
import { nodeAt } from '../../../src/lib/components/network/network-canvas';
import { layoutGraphOf } from '../../../src/lib/workers/layout-protocol';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';

// A lab-to-field sized collection: 3,000 generated papers, a few hundred people.
const { papers } = parseArxivJsonl(
  [...arxivLines(createSynthetic({ papers: 3000, seed: 7 }), 7)].join('\n'),
  {
    file: 'gen.jsonl',
  },
);
const people = mergePeople(papers);
const whole = buildCoauthorGraph(papers, people);

describe('topPeopleGraph', () => {
  it('keeps the people with the most papers, and says how many it left out', () => {
    const top = topPeopleGraph(whole, 200);
    expect(top.nodes).toHaveLength(200);
    expect(top.nodes).toEqual(whole.nodes.slice(0, 200));
    expect(top.hiddenPeople).toBe(whole.nodes.length - 200);
    const least = Math.min(...top.nodes.map((n) => n.papers));
    expect(whole.nodes.slice(200).every((n) => n.papers <= least)).toBe(true);
  });

  it('keeps each person’s strongest links and only links among the people shown', () => {
    const top = topPeopleGraph(whole, 300, { linksPerPerson: 2 });
    const ids = new Set(top.nodes.map((n) => n.id));
    expect(top.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const among = whole.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    expect(top.edges.length + top.hiddenEdges).toBe(among.length);
    // Every person's single strongest link among the shown people survives the backbone.
    const kept = new Set(top.edges.map(edgeKey));
    for (const n of top.nodes) {
      const strongest = among.find((e) => e.source === n.id || e.target === n.id);
      if (strongest) expect(kept.has(edgeKey(strongest))).toBe(true);
    }
  });

  it('leaves a small graph whole, and always keeps the owner', () => {
    const small = buildCoauthorGraph(papers.slice(0, 12), mergePeople(papers.slice(0, 12)));
    expect(topPeopleGraph(small, 500)).toMatchObject({
      nodes: small.nodes,
      edges: small.edges,
      hiddenPeople: 0,
    });
    const owned = {
      ...small,
      nodes: small.nodes.map((n, i) => ({ ...n, isOwner: i === small.nodes.length - 1 })),
    };
    expect(topPeopleGraph(owned, 2).nodes.map((n) => n.isOwner)).toEqual([false, false, true]);
    expect(LINKS_PER_PERSON).toBeGreaterThan(1);
  });

  it('gives the same graph from the people index as from the whole graph', () => {
    for (const [limit, minPapers] of [
      [150, 1],
      [400, 2],
      [5000, 1],
    ]) {
      const direct = collectionTopGraph(papers, people, limit, { minPapers });
      const { eligible, ...rest } = direct;
      expect(rest).toEqual(topPeopleGraph(whole, limit, { minPapers }));
      expect(eligible).toBe(whole.nodes.filter((n) => n.papers >= minPapers).length);
    }
  });

  it('counts only the shown people’s pairs when asked to (the per-filter graph)', () => {
    const top = topPeopleGraph(whole, 100);
    const only = new Set(top.nodes.map((n) => n.id));
    const part = buildCoauthorGraph(papers, people, { only });
    expect(part.nodes.map((n) => n.id).sort()).toEqual([...only].sort());
    const expected = whole.edges.filter((e) => only.has(e.source) && only.has(e.target));
    expect(part.edges).toEqual(expected);
    expect(part.nodes).toEqual(whole.nodes.filter((n) => only.has(n.id)));
  });

  it('gives the same per-filter graph as the whole one cut to the shown people, on any subset', () => {
    const only = new Set(topPeopleGraph(whole, 60).nodes.map((n) => n.id));
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: papers.length, maxLength: papers.length }), (keep) => {
        const subset = papers.filter((_, i) => keep[i]);
        const full = buildCoauthorGraph(subset, people);
        const part = buildCoauthorGraph(subset, people, { only });
        expect(part.nodes).toEqual(full.nodes.filter((n) => only.has(n.id)));
        expect(part.edges).toEqual(full.edges.filter((e) => only.has(e.source) && only.has(e.target)));
      }),
      { numRuns: 15 },
    );
  });
});

describe('layoutNetwork on a large graph', () => {
  it('switches to the multilevel layout, deterministic and inside the box', () => {
    const top = topPeopleGraph(whole, FAST_LAYOUT_FROM + 50);
    const options = { width: 640, height: 460, seed: 1, margin: 10 };
    const a = layoutNetwork(top, options);
    expect(layoutNetwork(top, options)).toEqual(a);
    expect(a.size).toBe(top.nodes.length);
    for (const p of a.values()) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.x).toBeLessThanOrEqual(630);
      expect(p.y).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeLessThanOrEqual(450);
    }
  });
});

describe('large drawings', () => {
  it('shrinks the nodes of a large graph together, never those of a small one', () => {
    const small = topPeopleGraph(whole, 30);
    expect(radiusScale(small, 640, 460)).toBe(1);
    const big = topPeopleGraph(whole, 600);
    const k = radiusScale(big, 640, 460);
    expect(k).toBeLessThan(1);
    const area = big.nodes.reduce((s, n) => s + Math.PI * nodeRadius(n.papers, k) ** 2, 0);
    expect(area / (640 * 460)).toBeLessThanOrEqual(0.19);
    expect(nodeRadius(1, 0.01)).toBe(1.5);
  });

  it('warm-starts deterministically, and the people already placed stay near their places', () => {
    const before = topPeopleGraph(whole, 400);
    const options = { width: 640, height: 460, seed: 1, margin: 10 };
    const first = layoutNetwork(before, options);
    const after = topPeopleGraph(whole, 460);
    const warm = layoutNetwork(after, { ...options, initial: first });
    expect(warm).toEqual(layoutNetwork(after, { ...options, initial: first }));
    const moved = before.nodes.map((n) =>
      Math.hypot(warm.get(n.id)!.x - first.get(n.id)!.x, warm.get(n.id)!.y - first.get(n.id)!.y),
    );
    moved.sort((a, b) => a - b);
    // Most people move less than a tenth of the drawing's width.
    expect(moved[Math.floor(moved.length / 2)]).toBeLessThan(64);
  });

  it('finds the person under a point, the largest on top, within a pointer slop', () => {
    const g = topPeopleGraph(whole, 50);
    const at = new Map(
      g.nodes.map((n, i) => [n.id, { x: 100 + (i % 10) * 50, y: 100 + Math.floor(i / 10) * 50 }]),
    );
    const pos = (id: string) => at.get(id)!;
    expect(nodeAt(g, pos, { x: 100, y: 100 })?.id).toBe(g.nodes[0].id);
    expect(nodeAt(g, pos, { x: 125, y: 125 })).toBeNull();
    expect(nodeAt(g, pos, { x: 100 + 50 + nodeRadius(g.nodes[1].papers) + 2, y: 100 }, 1, 3)?.id).toBe(
      g.nodes[1].id,
    );
    // Two people on one spot: the one drawn last (more papers) wins.
    at.set(g.nodes[5].id, { x: 100, y: 100 });
    expect(nodeAt(g, pos, { x: 100, y: 100 })?.id).toBe(g.nodes[0].id);
  });

  it('sends the worker only what the layout reads', () => {
    const g = topPeopleGraph(whole, 20);
    const shape = layoutGraphOf(g);
    expect(Object.keys(shape.nodes[0]).sort()).toEqual(['id', 'papers']);
    expect(Object.keys(shape.edges[0]).sort()).toEqual(['source', 'target', 'weight']);
    expect(layoutNetwork(shape, { width: 300, height: 200 })).toEqual(
      layoutNetwork(g, { width: 300, height: 200 }),
    );
  });
});
