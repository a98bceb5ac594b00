import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Timing helpers for a noisy shared machine: variants run interleaved (A B A B …) in one process,
 * so a burst of load from elsewhere hits both sides alike; results are medians and 95th percentiles.
 */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** The q-quantile (0..1) of `values`, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(ms: readonly number[]): Timing {
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), runs: ms.length };
}

/**
 * Runs every variant `rounds` times, interleaved; `setup(round)` makes the round's input (the same
 * for every variant), untimed. Returns each variant's milliseconds.
 */
export function interleave<I>(
  rounds: number,
  setup: (round: number) => I,
  variants: Record<string, (input: I) => unknown>,
  warmup = 2,
): Record<string, Timing> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const names = Object.keys(variants);
  for (let round = 0; round < rounds + warmup; round++) {
    const input = setup(round);
    // Alternate which side goes first, so neither always runs on a warmer cache.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      // One side's garbage is collected before the other's turn, not during it.
      collectYoung();
      const t = performance.now();
      sink = variants[name](input);
      const elapsed = performance.now() - t;
      if (round >= warmup) times[name].push(elapsed);
    }
  }
  return Object.fromEntries(names.map((k) => [k, summarise(times[k])]));
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** A young-generation collection: cheap, and clears what the previous variant left. */
export function collectYoung(): void {
  gc({ type: 'minor' });
}

/** Results are kept here so the engine cannot drop the timed work as unused. */
export let sink: unknown;

/** Milliseconds, rounded for tables: 3 significant digits below 10, else whole or one decimal. */
export function ms(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (value < 0.1) return Number(value.toPrecision(2));
  if (value < 10) return Math.round(value * 100) / 100;
  return Math.round(value * 10) / 10;
}
