import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowOffsets } from '../../../src/lib/model/row-offsets';

/** The obvious O(n) answers the tree must agree with. */
const top = (heights: number[], row: number) => heights.slice(0, row).reduce((s, h) => s + h, 0);
const rowAt = (heights: number[], y: number) => {
  let row = 0;
  while (row < heights.length - 1 && top(heights, row + 1) <= y) row++;
  return row;
};

describe('RowOffsets', () => {
  it('gives tops, the total and the row at an offset', () => {
    const rows = new RowOffsets([10, 20, 30]);
    expect([0, 1, 2, 3].map((r) => rows.top(r))).toEqual([0, 10, 30, 60]);
    expect(rows.total).toBe(60);
    expect([-5, 0, 9.5, 10, 29, 30, 59, 60, 1e9].map((y) => rows.rowAt(y))).toEqual([
      0, 0, 0, 1, 1, 2, 2, 2, 2,
    ]);
  });

  it('moves the rows below when one height changes, and says by how much', () => {
    const rows = new RowOffsets([10, 20, 30]);
    expect(rows.set(0, 15)).toBe(5);
    expect(rows.set(0, 15)).toBe(0);
    expect(rows.top(2)).toBe(35);
    expect(rows.rowAt(34)).toBe(1);
    expect(rows.height(0)).toBe(15);
  });

  it('handles an empty list', () => {
    const rows = new RowOffsets([]);
    expect(rows.total).toBe(0);
    expect(rows.rowAt(100)).toBe(0);
  });

  it('agrees with summing the heights after any changes', () => {
    const height = fc.integer({ min: 1, max: 200 });
    fc.assert(
      fc.property(
        fc.array(height, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), height)),
        fc.nat({ max: 9000 }),
        (heights, changes, y) => {
          const rows = new RowOffsets(heights);
          for (const [i, h] of changes) rows.set(i % heights.length, h);
          for (const [i, h] of changes) heights[i % heights.length] = h;
          for (let r = 0; r <= heights.length; r++) expect(rows.top(r)).toBe(top(heights, r));
          expect(rows.rowAt(y)).toBe(rowAt(heights, y));
        },
      ),
    );
  });
});
