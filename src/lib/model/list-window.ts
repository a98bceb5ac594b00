/**
 * The geometry of a virtualised list whose rows are measured only once drawn: which rows to draw
 * for a scroll position, and where, so that rows never jump and the scrollbar spans all rows.
 *
 *   scrollTop ──► top = scrollTop × scale + correction ──► rows start…end, drawn from y down
 *
 * - scale is 1 unless all rows together are taller than a browser lets an element be
 *   (`maxHeight`); then the list scrolls proportionally.
 * - correction holds the rows on screen still when rows above them turn out taller or shorter
 *   than guessed. It moves into scrollTop only when scrolling stops (`settle`): setting scrollTop
 *   while the browser animates a scroll cuts the animation short.
 * - box, the height of the scrolled content, also changes only in `settle`, so a scroll to the
 *   end (End, a dragged scrollbar) lands on the end rather than short of a box that grew meanwhile.
 */
import { RowOffsets } from './row-offsets';

export interface Frame {
  /** Rows to draw: start inclusive, end exclusive. */
  start: number;
  end: number;
  /** Where the view's top is among the rows. */
  top: number;
  /** Where the first drawn row goes in the scrolled content. */
  y: number;
  /** The height of the scrolled content. */
  box: number;
}

export class ListWindow {
  readonly rows: RowOffsets;
  #scrollTop = 0;
  #correction = 0;
  #box: number;

  constructor(
    heights: ArrayLike<number>,
    /** Rows drawn beyond each edge of the view, so a fast scroll rarely shows a row being drawn. */
    readonly overscan = 20,
    /** Firefox caps an element's height near 1.8e7 px, Chromium near 3.3e7 px. */
    readonly maxHeight = 15_000_000,
  ) {
    this.rows = new RowOffsets(heights);
    this.#box = Math.min(this.rows.total, maxHeight);
  }

  frame(height: number): Frame {
    const top = this.#top(height);
    const start = Math.max(0, this.rows.rowAt(top) - this.overscan);
    const end = Math.min(this.rows.length, this.rows.rowAt(top + height) + 1 + this.overscan);
    return { start, end, top, y: this.#scrollTop + this.rows.top(start) - top, box: this.#box };
  }

  /** The view, `height` tall, scrolled to `scrollTop`. */
  scroll(scrollTop: number, height: number): void {
    const jumped = Math.abs(scrollTop - this.#scrollTop) * this.#scale(height) > 2 * height;
    this.#scrollTop = scrollTop;
    if (!jumped) return;
    // After a jump nothing on screen carries over, so nothing needs holding still; a jump to the
    // bottom of the scrollbar means the last row, however much the rows grew meanwhile.
    const atEnd = scrollTop + height >= this.#box - 1;
    this.#correction = atEnd ? this.rows.total - height - scrollTop * this.#scale(height) : 0;
  }

  /** Rows drawn and measured, as [row, height]; returns whether any height changed. */
  measure(sizes: readonly (readonly [number, number])[], height: number): boolean {
    const top = this.#top(height);
    const total = this.rows.total;
    const atEnd = total > height && top >= total - height - 1;
    let shift = 0;
    let changed = false;
    // Top down, so that a row's bottom moved only by rows above the view when compared with top.
    for (const [row, h] of [...sizes].sort((a, b) => a[0] - b[0])) {
      const above = this.rows.top(row + 1) <= top + shift;
      const delta = this.rows.set(row, h);
      if (above) shift += delta;
      changed ||= delta !== 0;
    }
    if (changed) {
      // Follow the rows in view; with the last row in view, keep it at the bottom.
      const target = atEnd ? this.rows.total - height : top + shift;
      this.#correction = target - this.#scrollTop * this.#scale(height);
    }
    return changed;
  }

  /**
   * Once scrolling has stopped: fits the box to the rows and moves the correction into scrollTop,
   * leaving the rows where they are on screen. `write` sets scrollTop (after drawing the new box)
   * and returns where it landed. Returns whether anything changed.
   */
  settle(height: number, write: (scrollTop: number) => number): boolean {
    const box = Math.min(this.rows.total, this.maxHeight);
    if (box === this.#box && Math.abs(this.#correction) < Math.max(1, this.#scale(height))) return false;
    const top = this.#top(height);
    this.#box = box;
    const scale = this.#scale(height);
    this.#scrollTop = top / scale;
    this.#correction = 0;
    const landed = write(this.#scrollTop);
    this.#scrollTop = landed;
    this.#correction = top - landed * scale;
    return true;
  }

  #scale(height: number): number {
    const total = this.rows.total;
    return total > this.maxHeight ? (total - height) / (this.#box - height) : 1;
  }

  #top(height: number): number {
    const top = this.#scrollTop * this.#scale(height) + this.#correction;
    return Math.min(Math.max(0, top), Math.max(0, this.rows.total - height));
  }
}
