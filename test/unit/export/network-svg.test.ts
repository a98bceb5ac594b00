import { describe, expect, it } from 'vitest';
import { drawNetworkSvg, edgeWidth, labelWidth, networkLabels } from '../../../src/lib/views/network-draw';
import { buildCoauthorGraph } from '../../../src/lib/model/coauthor-graph';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { layoutNetwork, nodeRadius } from '../../../src/lib/model/network-layout';
import { HOSTILE_AUTHOR, bundled, document, hostilePapers } from './fixtures';

const people = mergePeople(bundled.papers, { owner: bundled.profile!.name });
const graph = buildCoauthorGraph(bundled.papers, people);
const positions = layoutNetwork(graph, { width: 640, height: 460, seed: 1, ticks: 300 });

describe('drawNetworkSvg', () => {
  it('draws every person and coauthorship, the owner ringed, and does not modify its input', () => {
    const before = JSON.stringify(graph);
    const labels = networkLabels(graph, positions, 12);
    const svg = drawNetworkSvg(document, {
      graph,
      positions,
      width: 640,
      height: 460,
      nodeColor: () => '#0072B2',
      labels,
      fontSize: 12,
    });
    expect(JSON.stringify(graph)).toBe(before);
    expect(svg.querySelectorAll('circle')).toHaveLength(29);
    expect(svg.querySelectorAll('line')).toHaveLength(56);
    expect(svg.querySelectorAll('circle[stroke="var(--text)"]')).toHaveLength(1);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('Mike Walmsley');
    expect(svg.querySelectorAll('text')).toHaveLength(labels.size);
    const heaviest = svg.querySelector('line')!;
    expect(Number(heaviest.getAttribute('stroke-width'))).toBe(edgeWidth(graph.edges[0].weight));
  });

  it('labels without overlapping each other or another person’s circle', () => {
    const labels = networkLabels(graph, positions, 12);
    expect(labels.get(graph.nodes.find((n) => n.isOwner)!.id)?.side).toBe('above');
    const boxes = [...labels].map(([id, { side }]) => {
      const n = graph.nodes.find((g) => g.id === id)!;
      const p = positions.get(id)!;
      const r = nodeRadius(n.papers);
      const half = labelWidth(n.name, 12) / 2;
      const y0 = side === 'above' ? p.y - r - 16 : p.y + r + 2;
      return { x0: p.x - half, x1: p.x + half, y0, y1: y0 + 14 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    expect(labels.size).toBeGreaterThan(15);
  });

  it('keeps every name inside the drawing: moved inwards at the sides, below or left out at the top', () => {
    // A phone-wide view: the layout box is narrower than most names are long near its edges.
    const [width, height] = [240, 420];
    const pos = layoutNetwork(graph, { width, height, seed: 1, ticks: 300, margin: 18 });
    const bounds = { x0: 0, x1: width, y0: 0, y1: height };
    const labels = networkLabels(graph, pos, 12, 40, 1, bounds);
    expect([...labels.values()].some((l) => l.dx !== 0)).toBe(true);
    for (const [id, { side, dx }] of labels) {
      const n = graph.nodes.find((g) => g.id === id)!;
      const p = pos.get(id)!;
      const r = nodeRadius(n.papers);
      const half = labelWidth(n.name, 12) / 2;
      const [y0, y1] = side === 'above' ? [p.y - r - 16, p.y - r - 2] : [p.y + r + 2, p.y + r + 16];
      expect(p.x + dx - half, n.name).toBeGreaterThanOrEqual(0);
      expect(p.x + dx + half, n.name).toBeLessThanOrEqual(width);
      expect(y0, n.name).toBeGreaterThanOrEqual(0);
      expect(y1, n.name).toBeLessThanOrEqual(height);
    }
    // Without bounds nothing moves (the export and the CLI pass their picture's box).
    expect([...networkLabels(graph, pos, 12).values()].every((l) => l.dx === 0)).toBe(true);
  });

  it('writes names as text, never as markup', () => {
    const papers = hostilePapers();
    const g = buildCoauthorGraph(papers, mergePeople(papers));
    const pos = layoutNetwork(g, { width: 300, height: 200 });
    const svg = drawNetworkSvg(document, {
      graph: g,
      positions: pos,
      width: 300,
      height: 200,
      nodeColor: () => '#000',
      labels: networkLabels(g, pos, 12),
      fontSize: 12,
    });
    expect(svg.querySelector('script')).toBeNull();
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain(HOSTILE_AUTHOR);
  });
});

describe('labelWidth', () => {
  it('estimates 0.6 × font size per character', () => {
    expect(labelWidth('abcde', 10)).toBe(30);
  });
});
