/**
 * Kleinberg's burst detection for batched counts (Kleinberg 2002, "Bursty and hierarchical
 * structure in streams", §4.1): a two-state automaton over time batches, where batch t holds
 * `total` documents of which `hits` mention a term. The base state expects the overall rate p0,
 * the burst state s·p0; entering a burst costs γ·ln(batches). The cheapest state sequence
 * (Viterbi) marks the bursts.
 */

export interface Batch {
  total: number;
  hits: number;
}

export interface Burst {
  /** Indices of the first and last batch of the burst, inclusive. */
  start: number;
  end: number;
  /** Cost saved by calling the run a burst: how strong it is. */
  weight: number;
}

export interface BurstOptions {
  /** Rate multiplier of the burst state (default 2). */
  s?: number;
  /** Cost of entering a burst, per ln(batches) (default 1). */
  gamma?: number;
}

/** -ln of the binomial probability of `hits` of `total` at rate p (the constant C(n,k) dropped: it cancels). */
function cost(b: Batch, p: number): number {
  return -(b.hits * Math.log(p) + (b.total - b.hits) * Math.log(1 - p));
}

/** Bursts of a series of batches, in time order. Empty when the term never occurs or always does. */
export function detectBursts(batches: readonly Batch[], options: BurstOptions = {}): Burst[] {
  const s = options.s ?? 2;
  const gamma = options.gamma ?? 1;
  const hits = batches.reduce((n, b) => n + b.hits, 0);
  const total = batches.reduce((n, b) => n + b.total, 0);
  if (hits === 0 || hits >= total || batches.length < 2) return [];
  const p0 = hits / total;
  const p1 = Math.min(s * p0, 0.9999);
  const up = gamma * Math.log(batches.length);
  // best[q] = cheapest cost ending in state q; from[t][q] = previous state on that path.
  // The automaton starts in the base state.
  let best = [0, Infinity];
  const from: [number, number][] = [];
  const local = batches.map((b) => (b.total === 0 ? [0, 0] : [cost(b, p0), cost(b, p1)]));
  for (let t = 0; t < batches.length; t++) {
    const to0: [number, number] = best[0] <= best[1] ? [best[0], 0] : [best[1], 1];
    const to1: [number, number] = best[1] <= best[0] + up ? [best[1], 1] : [best[0] + up, 0];
    from.push([to0[1], to1[1]]);
    best = [to0[0] + local[t][0], to1[0] + local[t][1]];
  }
  const states: number[] = new Array(batches.length);
  let q = best[0] <= best[1] ? 0 : 1;
  for (let t = batches.length - 1; t >= 0; t--) {
    states[t] = q;
    q = from[t][q];
  }
  const bursts: Burst[] = [];
  for (let t = 0; t < states.length; t++) {
    if (states[t] !== 1) continue;
    const start = t;
    let weight = 0;
    for (; t < states.length && states[t] === 1; t++) weight += local[t][0] - local[t][1];
    bursts.push({ start, end: t - 1, weight });
  }
  return bursts;
}
