/**
 * Seeded draws for the synthetic generator: every draw takes the random source explicitly, so one
 * seed gives one collection.
 */

/** A source of uniform numbers in [0, 1), such as d3-random's `randomLcg(seed)`. */
export type Random = () => number;

/** A cumulative distribution over 0..n-1, drawn from by binary search. */
export class Distribution {
  readonly #cdf: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.#cdf = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) this.#cdf[i] = sum += weights[i];
    for (let i = 0; i < weights.length; i++) this.#cdf[i] /= sum;
  }

  get size(): number {
    return this.#cdf.length;
  }

  /** An index drawn with probability proportional to its weight. */
  draw(random: Random): number {
    const u = random();
    let lo = 0;
    let hi = this.#cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/k^s for ranks 1..n: a few items take most draws, as with prolific authors. */
export function zipf(n: number, s: number): Distribution {
  const w = new Float64Array(n);
  for (let k = 0; k < n; k++) w[k] = 1 / (k + 1) ** s;
  return new Distribution(w);
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** An integer in [min, max], uniformly. */
export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A log-uniform integer in [min, max]: collaboration sizes span orders of magnitude. */
export function logInteger(random: Random, min: number, max: number): number {
  return Math.round(Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min))));
}
