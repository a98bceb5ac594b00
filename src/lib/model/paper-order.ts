/**
 * The paper list's orders, computed once per collection so that a filter change only has to pick
 * the members out of an order (O(n), no comparisons) instead of sorting again.
 *
 *   all papers ──paperOrders──► newest / oldest / title: Int32Array of indexes into `all`
 *   filtered papers ──membership──► mask ──orderedSubset──► the rows to show, as indexes
 *
 * The result equals sorting the filtered list with `localeCompare` (titles) and string order
 * (dates, null as ''): newest = date descending then title, oldest = date then title.
 */
import type { Paper } from '../data/paper';

export type PaperSort = 'newest' | 'oldest' | 'title';

export type PaperOrders = Readonly<Record<PaperSort, Int32Array>>;

/**
 * Each sort of `all`, as indexes into it, each computed when first asked for: collating every
 * title is the one slow step, and only "Title A–Z" needs it. Ties keep collection order, as a
 * stable sort would.
 */
export function paperOrders(all: readonly Paper[]): PaperOrders {
  let byDate: { newest: Int32Array; oldest: Int32Array } | undefined;
  let byTitle: Int32Array | undefined;
  return {
    get newest() {
      return (byDate ??= dateOrders(all)).newest;
    },
    get oldest() {
      return (byDate ??= dateOrders(all)).oldest;
    },
    get title() {
      return (byTitle ??= Int32Array.from(all.keys()).sort(titleThenIndex(all)));
    },
  };
}

// Not Intl.Collator#compare: it gives the same order, but V8's localeCompare has a fast path for
// one-byte strings, and titles are mostly one-byte.
const titleThenIndex = (all: readonly Paper[]) => (a: number, b: number) =>
  all[a].title.localeCompare(all[b].title) || a - b;

/**
 * Papers bucketed by date (a counting sort: there are few distinct dates, ordered as strings),
 * then each bucket by title, which collates only papers of the same date.
 */
function dateOrders(all: readonly Paper[]): { newest: Int32Array; oldest: Int32Array } {
  const dates = all.map((p) => p.date ?? '');
  const distinct = [...new Set(dates)].sort();
  const rankOf = new Map(distinct.map((d, r) => [d, r]));
  const ranks = new Int32Array(all.length);
  const starts = new Int32Array(distinct.length + 1);
  for (let i = 0; i < all.length; i++) starts[(ranks[i] = rankOf.get(dates[i])!) + 1]++;
  for (let r = 0; r < distinct.length; r++) starts[r + 1] += starts[r];

  const oldest = new Int32Array(all.length);
  const next = starts.slice(0, -1);
  for (let i = 0; i < all.length; i++) oldest[next[ranks[i]]++] = i;
  const byTitle = titleThenIndex(all);
  const newest = new Int32Array(all.length);
  for (let r = 0, k = all.length; r < distinct.length; r++) {
    const bucket = oldest.subarray(starts[r], starts[r + 1]);
    if (bucket.length > 1) bucket.sort(byTitle);
    k -= bucket.length;
    newest.set(bucket, k);
  }
  return { newest, oldest };
}

/**
 * Marks which papers of `all` are in `papers`. `Selection.filter` keeps collection order, which
 * allows one merge-like pass; any other order falls back to a set.
 */
export function membership(all: readonly Paper[], papers: readonly Paper[]): Uint8Array {
  const mask = new Uint8Array(all.length);
  let j = 0;
  for (let i = 0; i < all.length && j < papers.length; i++) {
    if (all[i] === papers[j]) {
      mask[i] = 1;
      j++;
    }
  }
  if (j === papers.length) return mask;
  const members = new Set(papers);
  for (let i = 0; i < all.length; i++) mask[i] = members.has(all[i]) ? 1 : 0;
  return mask;
}

/** The rows to show: `order` cut to the papers of `all` that are in `papers`, as indexes into `all`. */
export function orderedSubset(
  all: readonly Paper[],
  order: Int32Array,
  papers: readonly Paper[],
): Int32Array {
  if (papers === all) return order;
  const mask = membership(all, papers);
  const rows = new Int32Array(papers.length);
  let k = 0;
  for (let i = 0; i < order.length; i++) if (mask[order[i]]) rows[k++] = order[i];
  return k === rows.length ? rows : rows.subarray(0, k);
}
