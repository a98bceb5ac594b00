/** The paper list's answers from the page's collection: windows of rows in an order, abstracts, whole records. */
import type { Paper } from '../../data/paper';
import { orderedSubset, paperOrders, type PaperOrders } from '../../model/paper-order';
import type { HighlightsAnswer, PaperRow, PapersAnswer, PapersQuestion } from '../questions';
import type { PageCollection } from './page-collection';
import { paperRow } from '../paper-row';

const orders = new WeakMap<readonly Paper[], PaperOrders>();
const subsets = new WeakMap<readonly Paper[], Map<string, Int32Array>>();

export function rowOf(c: PageCollection, index: number): PaperRow {
  const p = c.papers[index];
  return paperRow(p, index, c.people.paperPeople.get(p.id) ?? []);
}

/** The papers of `papers` (a subset of the collection, in its order) in `order`, as collection indexes. */
function ordered(c: PageCollection, papers: readonly Paper[], order: PapersQuestion['order']): Int32Array {
  let byOrder = orders.get(c.papers);
  if (!byOrder) orders.set(c.papers, (byOrder = paperOrders(c.papers)));
  let kept = subsets.get(papers);
  if (!kept) subsets.set(papers, (kept = new Map()));
  let rows = kept.get(order);
  if (!rows) kept.set(order, (rows = orderedSubset(c.papers, byOrder[order], papers)));
  return rows;
}

export function papersOf(c: PageCollection, papers: readonly Paper[], q: PapersQuestion): PapersAnswer {
  const rows = ordered(c, papers, q.order);
  const start = Math.max(0, Math.min(q.offset, rows.length));
  const end = Math.max(start, Math.min(start + q.limit, rows.length));
  return { total: rows.length, rows: Array.from(rows.subarray(start, end), (i) => rowOf(c, i)) };
}

/**
 * The newest two, then the newest with code, then the one with most authors of those not picked
 * yet (ties: the newer); shown newest first. Newest is the list's order (date, then title).
 */
export function highlightsOf(c: PageCollection, papers: readonly Paper[]): HighlightsAnswer {
  const newest = ordered(c, papers, 'newest');
  const picked = new Set<number>(newest.subarray(0, 2));
  for (const i of newest) if (picked.size < 3 && c.papers[i].hasCode && !picked.has(i)) picked.add(i);
  let most = -1;
  for (const i of newest)
    if (!picked.has(i) && (most < 0 || c.papers[i].authors.length > c.papers[most].authors.length)) most = i;
  if (most >= 0 && picked.size < 4) picked.add(most);
  const rank = new Map(Array.from(newest, (i, k) => [i, k]));
  return { rows: [...picked].sort((a, b) => rank.get(a)! - rank.get(b)!).map((i) => rowOf(c, i)) };
}
