/**
 * Readability measures of a node-link layout, for comparing engines: edge crossings (fewer is
 * better; scale-free) and overlapping node pairs at given radii.
 */

type Point = { x: number; y: number };
type Edge = { source: string; target: string };

/**
 * Pairs of edges that cross (sharing an endpoint is not a crossing). A uniform grid keeps it near
 * linear: each crossing is counted once, in the cell holding its point.
 */
export function edgeCrossings(
  positions: ReadonlyMap<string, Point>,
  edges: readonly Edge[],
  grid = 64,
): number {
  const segs = edges.flatMap((e) => {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    return a && b ? [{ a, b, s: e.source, t: e.target }] : [];
  });
  if (segs.length < 2) return 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { a, b } of segs) {
    x0 = Math.min(x0, a.x, b.x);
    x1 = Math.max(x1, a.x, b.x);
    y0 = Math.min(y0, a.y, b.y);
    y1 = Math.max(y1, a.y, b.y);
  }
  const w = (x1 - x0) / grid || 1;
  const h = (y1 - y0) / grid || 1;
  const cellX = (x: number) => Math.min(grid - 1, Math.floor((x - x0) / w));
  const cellY = (y: number) => Math.min(grid - 1, Math.floor((y - y0) / h));
  const cells: number[][] = Array.from({ length: grid * grid }, () => []);
  segs.forEach(({ a, b }, i) => {
    for (let cx = cellX(Math.min(a.x, b.x)); cx <= cellX(Math.max(a.x, b.x)); cx++) {
      for (let cy = cellY(Math.min(a.y, b.y)); cy <= cellY(Math.max(a.y, b.y)); cy++)
        cells[cy * grid + cx].push(i);
    }
  });
  let crossings = 0;
  cells.forEach((list, cell) => {
    for (let i = 0; i < list.length; i++) {
      const p = segs[list[i]];
      for (let j = i + 1; j < list.length; j++) {
        const q = segs[list[j]];
        if (p.s === q.s || p.s === q.t || p.t === q.s || p.t === q.t) continue;
        const hit = intersection(p.a, p.b, q.a, q.b);
        if (hit && cellY(hit.y) * grid + cellX(hit.x) === cell) crossings++;
      }
    }
  });
  return crossings;
}

/** Where segments ab and cd cross, or null (parallel or apart). */
function intersection(a: Point, b: Point, c: Point, d: Point): Point | null {
  const rx = b.x - a.x;
  const ry = b.y - a.y;
  const sx = d.x - c.x;
  const sy = d.y - c.y;
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den;
  const u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / den;
  if (t <= 0 || t >= 1 || u <= 0 || u >= 1) return null;
  return { x: a.x + t * rx, y: a.y + t * ry };
}

/** Pairs of nodes whose circles overlap, with radius `radius(id)`, after the layout is fitted to its box. */
export function nodeOverlaps(positions: ReadonlyMap<string, Point>, radius: (id: string) => number): number {
  const nodes = [...positions].map(([id, p]) => ({ ...p, r: radius(id) }));
  nodes.sort((a, b) => a.x - b.x);
  const maxR = Math.max(0, ...nodes.map((n) => n.r));
  let overlaps = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length && nodes[j].x - nodes[i].x < nodes[i].r + maxR; j++) {
      const dx = nodes[j].x - nodes[i].x;
      const dy = nodes[j].y - nodes[i].y;
      if (dx * dx + dy * dy < (nodes[i].r + nodes[j].r) ** 2) overlaps++;
    }
  }
  return overlaps;
}
