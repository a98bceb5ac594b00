/**
 * Graph coarsening for multilevel layout: heavy-edge matching joins each node with its most
 * strongly tied unmatched neighbour, roughly halving the graph per level while keeping its shape.
 */

/** A weighted undirected graph on nodes 0..n-1. */
export interface LevelGraph {
  n: number;
  /** Endpoints of edge k: `source[k]`, `target[k]`. */
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array;
}

export interface Coarsened {
  graph: LevelGraph;
  /** Fine node → its coarse node. */
  parent: Uint32Array;
}

/** One level coarser. Deterministic: nodes are visited by degree, then index. */
export function coarsen(g: LevelGraph): Coarsened {
  const { n, source, target, weight } = g;
  const degree = new Uint32Array(n + 1);
  for (let k = 0; k < source.length; k++) {
    degree[source[k] + 1]++;
    degree[target[k] + 1]++;
  }
  const start = degree.slice();
  for (let v = 1; v <= n; v++) start[v] += start[v - 1];
  const next = start.slice(0, n);
  const adj = new Uint32Array(2 * source.length);
  const adjW = new Float64Array(2 * source.length);
  for (let k = 0; k < source.length; k++) {
    adj[next[source[k]]] = target[k];
    adjW[next[source[k]]++] = weight[k];
    adj[next[target[k]]] = source[k];
    adjW[next[target[k]]++] = weight[k];
  }
  // Low-degree nodes first, so leaves join their hub's neighbourhood before hubs pair up.
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) => start[a + 1] - start[a] - (start[b + 1] - start[b]) || a - b,
  );
  const parent = new Int32Array(n).fill(-1);
  let m = 0;
  for (const v of order) {
    if (parent[v] >= 0) continue;
    let best = -1;
    let bestW = -1;
    for (let j = start[v]; j < start[v + 1]; j++) {
      const u = adj[j];
      if (u !== v && parent[u] < 0 && adjW[j] > bestW) [best, bestW] = [u, adjW[j]];
    }
    parent[v] = m;
    if (best >= 0) parent[best] = m;
    m++;
  }
  const merged = new Map<number, number>();
  for (let k = 0; k < source.length; k++) {
    const a = parent[source[k]];
    const b = parent[target[k]];
    if (a === b) continue;
    const key = a < b ? a * m + b : b * m + a;
    merged.set(key, (merged.get(key) ?? 0) + weight[k]);
  }
  const coarse: LevelGraph = {
    n: m,
    source: new Uint32Array(merged.size),
    target: new Uint32Array(merged.size),
    weight: new Float64Array(merged.size),
  };
  let k = 0;
  for (const [key, w] of merged) {
    coarse.source[k] = Math.floor(key / m);
    coarse.target[k] = key % m;
    coarse.weight[k++] = w;
  }
  return { graph: coarse, parent: Uint32Array.from(parent) };
}
