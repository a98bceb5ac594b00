import { describe, expect, it } from 'vitest';
import { ListWindow } from '../../../src/lib/model/list-window';

const VIEW = 700;
/** Where `row`'s top is on screen (0 = the view's top) with the list scrolled to `scrollTop`. */
function onScreen(list: ListWindow, row: number, scrollTop: number): number {
  const { y, start } = list.frame(VIEW);
  return y + list.rows.top(row) - list.rows.top(start) - scrollTop;
}
const guessed = (n: number) => new ListWindow(new Array(n).fill(100), 5);

describe('ListWindow', () => {
  it('draws the rows in view and a margin, where the rows belong', () => {
    const list = guessed(1000);
    expect(list.frame(VIEW)).toEqual({ start: 0, end: 13, top: 0, y: 0, box: 100_000 });
    list.scroll(5050, VIEW);
    expect(list.frame(VIEW)).toMatchObject({ start: 45, end: 63, top: 5050, y: 4500 });
  });

  it('holds the rows in view still when rows above them turn out taller', () => {
    const list = guessed(1000);
    list.scroll(5050, VIEW);
    expect(onScreen(list, 51, 5050)).toBe(50);
    // Rows 45–49 are above the view; 50 straddles its top and grows downwards like any page.
    expect(
      list.measure(
        [
          [47, 180],
          [45, 120],
          [50, 140],
          [46, 60],
        ],
        VIEW,
      ),
    ).toBe(true);
    expect(onScreen(list, 51, 5050)).toBe(90);
    expect(onScreen(list, 50, 5050)).toBe(-50);
    expect(list.measure([[47, 180]], VIEW)).toBe(false);
  });

  it('moves the correction into scrollTop once scrolling stops, without moving the rows', () => {
    const list = guessed(1000);
    list.scroll(5050, VIEW);
    list.measure([[46, 300]], VIEW);
    let written = -1;
    expect(list.settle(VIEW, (s) => (written = Math.round(s)))).toBe(true);
    expect(written).toBe(5250);
    expect(onScreen(list, 51, written)).toBe(50);
    expect(list.frame(VIEW).box).toBe(100_200);
    expect(list.settle(VIEW, () => 0)).toBe(false);
  });

  it('stays at the end of the list when the last rows turn out taller', () => {
    const list = guessed(1000);
    list.scroll(100_000 - VIEW, VIEW);
    list.measure(
      [
        [998, 150],
        [999, 250],
      ],
      VIEW,
    );
    const { end, top } = list.frame(VIEW);
    expect(end).toBe(1000);
    expect(top).toBe(100_200 - VIEW);
    // The last row ends at the view's bottom.
    expect(onScreen(list, 999, 100_000 - VIEW) + 250).toBe(VIEW);
  });

  it('shows the last row after a jump to the end of the scrollbar, though rows grew meanwhile', () => {
    const list = guessed(1000);
    list.scroll(5050, VIEW);
    list.measure([[55, 400]], VIEW);
    list.scroll(100_000 - VIEW, VIEW);
    expect(list.frame(VIEW)).toMatchObject({ end: 1000, top: 100_300 - VIEW });
  });

  it('does not jump when scrolling on into the end: the box grows once scrolling stops', () => {
    const list = guessed(30);
    list.scroll(2000, VIEW);
    list.measure(
      [
        [27, 150],
        [28, 150],
        [29, 150],
      ],
      VIEW,
    );
    list.scroll(2300, VIEW);
    expect(list.frame(VIEW).top).toBe(2300);
    list.settle(VIEW, (s) => s);
    expect(list.frame(VIEW)).toMatchObject({ top: 2300, box: 3150 });
    list.scroll(2450, VIEW);
    expect(list.frame(VIEW)).toMatchObject({ top: 2450, end: 30 });
  });

  it('does not jump to the end of a short list that grows past the view', () => {
    const list = guessed(5);
    list.measure(
      [
        [0, 300],
        [1, 300],
        [2, 300],
      ],
      VIEW,
    );
    expect(list.frame(VIEW).top).toBe(0);
  });

  it('forgets the correction after a jump, where nothing on screen carries over', () => {
    const list = guessed(1000);
    list.scroll(5050, VIEW);
    list.measure([[46, 300]], VIEW);
    list.scroll(50_000, VIEW);
    expect(list.frame(VIEW).top).toBe(50_000);
  });

  it('scrolls proportionally when the rows are taller than an element may be', () => {
    const list = new ListWindow(new Array(1_000_000).fill(100));
    const box = list.frame(VIEW).box;
    expect(box).toBe(15_000_000);
    list.scroll(box - VIEW, VIEW);
    expect(list.frame(VIEW)).toMatchObject({ end: 1_000_000, top: 100_000_000 - VIEW });
    // The drawn rows still fill the view: the last one ends at its bottom.
    expect(onScreen(list, 999_999, box - VIEW) + 100).toBeCloseTo(VIEW, 6);
  });
});
