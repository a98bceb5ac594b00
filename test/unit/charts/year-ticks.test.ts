/**
 * Year labels thinned by the room they have: every year on a wide chart, every 2nd, 5th, … as it
 * narrows or the type grows, so a phone's timeline never runs "2019202020212022" together.
 */
import { describe, expect, it } from 'vitest';
import { timelineSpec } from '../../../src/lib/views/timeline-spec';
import { everyNth, yearLabelRoom, yearTickEvery } from '../../../src/lib/views/year-ticks';

const years = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => String(first + i));

function timelineTicks(
  periods: string[],
  width: number,
  fontSize = 12,
  granularity: 'year' | 'month' = 'year',
) {
  const spec = timelineSpec({
    rows: [],
    ghost: new Map(),
    periods,
    colors: new Map(),
    granularity,
    cumulative: false,
    range: null,
    width,
    height: 240,
    fontSize,
  });
  return (spec.x as { ticks: string[] }).ticks;
}

describe('yearTickEvery', () => {
  it('labels every year when there is room, and steps 2, 5, 10 … as the room shrinks', () => {
    expect(yearTickEvery(8, 600, 12)).toBe(1);
    expect(yearTickEvery(8, 250, 12)).toBe(2);
    expect(yearTickEvery(31, 424, 12)).toBe(5);
    expect(yearTickEvery(120, 300, 12)).toBe(20);
    // Slide type needs more room per label.
    expect(yearTickEvery(31, 1400, 12)).toBe(1);
    expect(yearTickEvery(31, 1400, 28)).toBe(5);
    // Months: labels are years, so steps are whole years of twelve months.
    expect(yearTickEvery(96, 600, 12, 12)).toBe(12);
    expect(yearTickEvery(96, 200, 12, 12)).toBe(24);
  });

  it('leaves each label its room', () => {
    for (const [periods, width, font] of [
      [8, 250, 12],
      [40, 640, 12],
      [8, 1200, 28],
      [60, 300, 16],
    ])
      expect((width / periods) * yearTickEvery(periods, width, font)).toBeGreaterThanOrEqual(
        yearLabelRoom(font),
      );
  });

  it('takes every nth from the first', () => {
    expect(everyNth([2019, 2020, 2021, 2022, 2023], 2)).toEqual([2019, 2021, 2023]);
  });
});

describe('timeline year axis', () => {
  it('on a phone (about 290 px) labels every other year of eight; on the dashboard every year', () => {
    const span = years(2019, 2026);
    expect(timelineTicks(span, 290)).toEqual(['2019', '2021', '2023', '2025']);
    expect(timelineTicks(span, 760)).toEqual(span);
  });

  it('months: one label per year, fewer years when narrow', () => {
    const months = years(2019, 2026).flatMap((y) =>
      Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
    );
    expect(timelineTicks(months, 760, 12, 'month')).toHaveLength(8);
    expect(timelineTicks(months, 290, 12, 'month')).toEqual(['2019-01', '2021-01', '2023-01', '2025-01']);
  });
});
