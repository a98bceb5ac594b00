/**
 * Where each row of a virtualised list starts, when rows have different heights that become known
 * only as they are drawn. A Fenwick tree of the heights: changing one height and finding the row
 * at a scroll offset both take O(log n), so 10^6 rows cost no more per frame than 100.
 */
export class RowOffsets {
  readonly #heights: Float64Array;
  /** Fenwick tree, 1-based: tree[i] sums the heights of rows (i - lowbit(i), i]. */
  readonly #tree: Float64Array;

  constructor(heights: ArrayLike<number>) {
    const n = heights.length;
    this.#heights = Float64Array.from(heights);
    this.#tree = new Float64Array(n + 1);
    for (let i = 1; i <= n; i++) {
      this.#tree[i] += this.#heights[i - 1];
      const parent = i + (i & -i);
      if (parent <= n) this.#tree[parent] += this.#tree[i];
    }
  }

  get length(): number {
    return this.#heights.length;
  }

  /** The height of all rows together. */
  get total(): number {
    return this.top(this.length);
  }

  height(row: number): number {
    return this.#heights[row];
  }

  /** The top of `row`: the heights of the rows before it (`length` gives the total). */
  top(row: number): number {
    let sum = 0;
    for (let i = row; i > 0; i -= i & -i) sum += this.#tree[i];
    return sum;
  }

  /** Sets the height of `row`; returns how much it grew (negative when it shrank). */
  set(row: number, height: number): number {
    const delta = height - this.#heights[row];
    if (delta === 0) return 0;
    this.#heights[row] = height;
    for (let i = row + 1; i < this.#tree.length; i += i & -i) this.#tree[i] += delta;
    return delta;
  }

  /** The row that covers offset `y`, clamped to the first and last row (0 when there are none). */
  rowAt(y: number): number {
    const n = this.#heights.length;
    let row = 0;
    let rest = y;
    for (let step = 1 << Math.floor(Math.log2(Math.max(n, 1))); step > 0; step >>= 1) {
      const next = row + step;
      if (next <= n && this.#tree[next] <= rest) {
        row = next;
        rest -= this.#tree[next];
      }
    }
    return Math.max(0, Math.min(row, n - 1));
  }
}
