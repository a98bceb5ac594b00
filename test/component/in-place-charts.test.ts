// @vitest-environment jsdom
/**
 * The page's in-place updates of the timeline and categories charts (components/restack-bars.ts,
 * recount-categories.ts) against Plot: a chart drawn for one filter and updated in place for
 * another is, attribute for attribute, the chart Plot draws for the other.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CategoryCount } from '../../src/lib/model/category-counts';
import type { TimelineRow } from '../../src/lib/model/timeline';
import { pagePlot } from '../../src/lib/components/page-plot';
import { recountCategories } from '../../src/lib/components/recount-categories';
import { restackBars } from '../../src/lib/components/restack-bars';
import { categoriesFrame, categoriesSpec, categoryLines } from '../../src/lib/views/categories-spec';
import { timelineFrame, timelineSpec, type TimelineSpecInput } from '../../src/lib/views/timeline-spec';

const CATS = ['astro-ph.GA', 'astro-ph.SR', 'cs.LG', ''];
const colors = new Map([
  ['astro-ph.GA', '#1f77b4'],
  ['astro-ph.SR', '#ff7f0e'],
  ['cs.LG', '#2ca02c'],
]);

describe('the timeline restacked in place', () => {
  const periods = ['2019', '2020', '2021', '2022'];
  /** Rows of some categories per period, in the order the model gives them. */
  const rowsArb = fc
    .array(fc.nat({ max: 40 }), {
      minLength: periods.length * CATS.length,
      maxLength: periods.length * CATS.length,
    })
    .map((counts) =>
      periods.flatMap((period, p) =>
        CATS.map((category, c): TimelineRow => ({
          period,
          year: Number(period),
          category,
          count: counts[p * CATS.length + c],
        })),
      ),
    );
  const rangeArb = fc.option(
    fc.record({ from: fc.constant(2020), to: fc.integer({ min: 2020, max: 2022 }) }),
  );
  // The unfiltered counts stand over any filter's: 160 a period.
  const base = {
    ghost: new Map(periods.map((p) => [p, 160])),
    periods,
    colors,
    granularity: 'year' as const,
    cumulative: false,
    width: 480,
    height: 220,
  };

  test('gives the chart Plot draws for the new rows', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, rangeArb, rangeArb, (rowsA, rowsB, rangeA, rangeB) => {
        const a: TimelineSpecInput = { ...base, rows: rowsA, range: rangeA };
        const b: TimelineSpecInput = { ...base, rows: rowsB, range: rangeB };
        expect(timelineFrame(a)).toBe(timelineFrame(b));
        const drawn = pagePlot(timelineSpec(a));
        expect(restackBars(drawn, rowsB, rangeB)).toBe(true);
        expect(drawn.outerHTML).toBe(pagePlot(timelineSpec(b)).outerHTML);
      }),
      { numRuns: 40 },
    );
  });

  test('a change of axes, ghost or size is a new frame', () => {
    const a: TimelineSpecInput = { ...base, rows: [], range: null };
    const frame = timelineFrame(a);
    expect(timelineFrame({ ...a, width: 481 })).not.toBe(frame);
    expect(timelineFrame({ ...a, ghost: new Map([['2019', 3]]) })).not.toBe(frame);
    expect(timelineFrame({ ...a, cumulative: true })).not.toBe(frame);
    expect(timelineFrame({ ...a, colors: new Map([['cs.LG', '#000']]) })).not.toBe(frame);
    // A category without a colour is drawn anew (Plot's scale would take it in).
    const drawn = pagePlot(
      timelineSpec({ ...a, rows: [{ period: '2019', year: 2019, category: 'cs.LG', count: 3 }] }),
    );
    expect(restackBars(drawn, [{ period: '2019', year: 2019, category: 'math.AG', count: 3 }], null)).toBe(
      false,
    );
    // A bar taller than the ghost raises the y axis.
    expect(
      timelineFrame({ ...a, rows: [{ period: '2019', year: 2019, category: 'cs.LG', count: 900 }] }),
    ).not.toBe(frame);
  });
});

describe('the categories recounted in place', () => {
  const totals = [120, 35, 64, 9];
  const group = (id: string) => (id.startsWith('astro') ? 'Astrophysics' : id ? 'Computer Science' : 'Other');
  // Any count up to the category's total: room for the widest count is kept from the start.
  const rowsArb = fc.tuple(...totals.map((t) => fc.nat({ max: t }))).map((counts) =>
    CATS.map(
      (id, i): CategoryCount =>
        ({
          id,
          short: id || '—',
          name: id || 'No category',
          group: group(id),
          count: counts[i],
          total: totals[i],
        }) as CategoryCount,
    ),
  );
  const selectedArb = fc.subarray(CATS).map((ids) => new Set(ids));

  test('gives the chart Plot draws for the new counts and selection', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, selectedArb, selectedArb, (rowsA, rowsB, selA, selB) => {
        const a = { lines: categoryLines(rowsA), colors, selected: selA, width: 320 };
        const b = { lines: categoryLines(rowsB), colors, selected: selB, width: 320 };
        expect(categoriesFrame(a)).toBe(categoriesFrame(b));
        const drawn = pagePlot(categoriesSpec(a));
        expect(recountCategories(drawn, rowsB, selB)).toBe(true);
        expect(drawn.outerHTML).toBe(pagePlot(categoriesSpec(b)).outerHTML);
      }),
      { numRuns: 40 },
    );
  });

  test('wider totals, other rows or another width are a new frame; a selection is not', () => {
    const rows = CATS.map(
      (id, i) => ({ id, short: id, name: id, group: group(id), count: 1, total: totals[i] }) as CategoryCount,
    );
    const a = { lines: categoryLines(rows), colors, selected: new Set<string>(), width: 320 };
    const frame = categoriesFrame(a);
    const wide = rows.map((r) => ({ ...r, total: r.total * 1000 }));
    expect(categoriesFrame({ ...a, lines: categoryLines(wide) })).not.toBe(frame);
    // A selection's count, however wide, keeps the frame: the first filter moves no bar.
    const counted = rows.map((r) => ({ ...r, count: r.total - 1 }));
    expect(categoriesFrame({ ...a, lines: categoryLines(counted) })).toBe(frame);
    expect(categoriesFrame({ ...a, lines: categoryLines(rows.slice(1)) })).not.toBe(frame);
    expect(categoriesFrame({ ...a, width: 321 })).not.toBe(frame);
    // A chart of other rows is not recounted: it is drawn anew.
    expect(recountCategories(pagePlot(categoriesSpec(a)), rows.slice(1), new Set())).toBe(false);
  });
});
