/** The Citations view's years: the rows its chart, table and summary share. */
import type { CitationsAnswer } from '../source/questions';

/** Every year from the first to the last with citations (gaps included), ascending. */
export function citationYears(a: CitationsAnswer): number[] {
  const listed = [...a.rows.map((r) => r.year), ...a.hIndexByYear.map((h) => h.year)];
  if (listed.length === 0) return [];
  const first = Math.min(...listed);
  const last = Math.max(...listed);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Citations per year, summed over categories, for every year of `citationYears`. */
export function citationYearTotals(
  a: CitationsAnswer,
): { year: number; citations: number; hIndex: number }[] {
  const sums = new Map<number, number>();
  for (const r of a.rows) sums.set(r.year, (sums.get(r.year) ?? 0) + r.citations);
  const h = new Map(a.hIndexByYear.map((x) => [x.year, x.hIndex]));
  return citationYears(a).map((year) => ({ year, citations: sums.get(year) ?? 0, hIndex: h.get(year) ?? 0 }));
}

/** The stack a category beyond the first few folds into. */
export const OTHER_CITED = 'Other';

/**
 * The answer's rows with only the `keep` most cited categories kept and the rest summed into
 * OTHER_CITED per year, so a list with dozens of topics keeps a legend one can read.
 */
export function stackedRows(a: CitationsAnswer, keep = 8): CitationsAnswer['rows'] {
  const byCategory = new Map<string, number>();
  for (const r of a.rows) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.citations);
  if (byCategory.size <= keep + 1) return a.rows;
  const kept = new Set(
    [...byCategory]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, keep)
      .map(([c]) => c),
  );
  const out = new Map<string, { year: number; category: string; citations: number }>();
  for (const r of a.rows) {
    const category = kept.has(r.category) ? r.category : OTHER_CITED;
    const key = `${r.year}\u0000${category}`;
    const row = out.get(key);
    if (row) row.citations += r.citations;
    else out.set(key, { year: r.year, category, citations: r.citations });
  }
  return [...out.values()].sort((x, y) => x.year - y.year || x.category.localeCompare(y.category));
}
