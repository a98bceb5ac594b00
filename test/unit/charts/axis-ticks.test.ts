/** The timeline's count axis: round, whole steps from 0 to the first tick at or above the tallest bar. */
import { describe, expect, it } from 'vitest';
import { timelineSpec } from '../../../src/lib/views/timeline-spec';

function yAxis(tallest: number) {
  const periods = ['2024', '2025'];
  const spec = timelineSpec({
    rows: [{ period: '2025', year: 2025, category: 'astro-ph.GA', count: tallest }],
    ghost: new Map([['2024', 1]]),
    periods,
    colors: new Map([['astro-ph.GA', '#1f77b4']]),
    granularity: 'year',
    cumulative: false,
    range: null,
    width: 480,
    height: 240,
  });
  const y = spec.y as { ticks: number[]; domain: [number, number] };
  return { ticks: y.ticks, top: y.domain[1] };
}

describe('timeline count axis', () => {
  it('steps by 1, 2 or 5 × 10^k, never by odd numbers, and ends on a tick', () => {
    expect(yAxis(7601)).toEqual({ ticks: [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000], top: 8000 });
    expect(yAxis(4)).toEqual({ ticks: [0, 1, 2, 3, 4], top: 4 });
    expect(yAxis(13)).toEqual({ ticks: [0, 2, 4, 6, 8, 10, 12, 14], top: 14 });
    expect(yAxis(1).ticks).toEqual([0, 1]);
    for (let n = 1; n < 5000; n += 37) {
      const { ticks, top } = yAxis(n);
      const step = ticks[1];
      expect(String(step), `${n}`).toMatch(/^[125]0*$/);
      expect(top).toBeGreaterThanOrEqual(n);
      expect(top - step).toBeLessThan(n);
      expect(ticks.length).toBeLessThanOrEqual(12);
    }
  });
});
