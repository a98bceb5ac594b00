/**
 * Line breaking for the text an export adds around a chart (title, legend, source line). Widths
 * are estimated (no font metrics in Node), generously, so text never runs off the picture.
 */
import type { LegendItem } from './chart-export';

/**
 * Estimated width of `text` at `fontSize` from rough glyph classes of common sans-serif fonts
 * (Arial, Helvetica, Roboto, DejaVu are all within ~10%), rounded up; bold is a little wider.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijl.,:;'|!I ()[\]ft]/.test(ch)) em += 0.33;
    else if (/[mwMW@—]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.58;
  }
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Greedy word wrap to `maxWidth`; a word longer than a line is cut where it must be. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    let word = Array.from(w);
    while (!fits(word.join(''))) {
      let n = word.length - 1;
      while (n > 1 && !fits(word.slice(0, n).join(''))) n--;
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, n).join(''));
      word = word.slice(n);
    }
    const next = line ? `${line} ${word.join('')}` : word.join('');
    if (line && !fits(next)) {
      lines.push(line);
      line = word.join('');
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface PlacedLegendItem {
  item: LegendItem;
  /** Left edge of the swatch and the row index. */
  x: number;
  row: number;
}

/** Legend entries left to right, wrapping into rows no wider than `maxWidth`. */
export function layoutLegend(
  items: readonly LegendItem[],
  maxWidth: number,
  fontSize: number,
): { placed: PlacedLegendItem[]; rows: number } {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = fontSize * 1.4 + textWidth(item.label, fontSize);
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += w + fontSize * 1.2;
  }
  return { placed, rows: items.length ? row + 1 : 0 };
}
