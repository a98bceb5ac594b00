/**
 * The orders answers are given in, shared by every source so that engines which return rows in
 * no particular order sort them the same way. Ids compare by code unit (not by locale), which any
 * engine can reproduce.
 */

/** Most first, then by id. */
export function byCountThenId(a: { id: string; count: number }, b: { id: string; count: number }): number {
  return b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
