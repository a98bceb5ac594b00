/**
 * The row of per-year rects with one tab stop that the year brush and the accessible overlay
 * both draw: where each rect stands and how the keys move between them, so every chart moves alike.
 */
import type { YearBand } from './year-bands';

/** The year a key moves to: ←/→ one year (stopping at the ends), Home/End the ends; null for other keys. */
export function yearAfterKey(years: readonly number[], year: number, key: string): number | null {
  const i = years.indexOf(year);
  const moves: Record<string, number> = {
    ArrowRight: i + 1,
    ArrowLeft: i - 1,
    Home: 0,
    End: years.length - 1,
  };
  if (!(key in moves)) return null;
  return years[Math.min(years.length - 1, Math.max(0, moves[key]))];
}

/** The rect attributes of a year's band: where it stands, and the year it is found by. */
export function bandRect(b: YearBand) {
  return { 'data-year': b.year, x: b.x, y: b.top, width: Math.max(0, b.w), height: Math.max(0, b.h) };
}

/** Moves the keyboard focus to the rect of `year` inside `svg`. */
export function focusYearRect(svg: SVGSVGElement | undefined, year: number): void {
  svg?.querySelector<SVGRectElement>(`[data-year="${year}"]`)?.focus();
}
