/**
 * In-memory inputs for the counting benchmark (source-counts): generated papers as light rows (the
 * fields the counts read), without prose, so 10^6 of them fit comfortably.
 */
import type { StoreInput } from '../src/lib/model/columnar-store';
import { createSynthetic } from '../src/dev/synthetic';

export interface BenchRow extends StoreInput {
  /** Primary category, the one a click picks from. */
  primary: string;
  year: number;
}

/** `n` generated papers; authors are written as their display names. */
export function benchRows(n: number, seed = 1): BenchRow[] {
  const synthetic = createSynthetic({ papers: n, seed });
  const rows: BenchRow[] = [];
  for (const p of synthetic.papers()) {
    rows.push({
      id: `p${p.index}`,
      year: p.year,
      date: `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
      categories: p.categories,
      primary: p.categories[0],
      authors: p.authors.map((a) => synthetic.people[a].display),
      hasCode: p.hasCode,
      authorsTruncated: false,
    });
  }
  return rows;
}

/** A seeded random year range and 1–3 primary categories, as a user's clicks would make. */
export function randomYearCategoryQuery(random: () => number, categories: readonly string[]) {
  const a = 1995 + Math.floor(random() * 31);
  const b = 1995 + Math.floor(random() * 31);
  const pool = [...categories];
  const picked: string[] = [];
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n && pool.length; i++)
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return { years: { from: Math.min(a, b), to: Math.max(a, b) }, categories: picked };
}
