/**
 * Bookkeeping for a result assembled from several responses: it is as old as its oldest part,
 * from the cache only when every part was, and stale when any part was.
 */

export interface PageTimes {
  fetchedAt: string;
  fromCache: boolean;
  stale?: boolean;
}

/** Combines the times of the parts; an empty list means "now, fresh". */
export function combineTimes(parts: readonly PageTimes[], now: string): PageTimes {
  if (parts.length === 0) return { fetchedAt: now, fromCache: false };
  const fetchedAt = parts.map((p) => p.fetchedAt).sort()[0];
  const stale = parts.some((p) => p.stale);
  return { fetchedAt, fromCache: parts.every((p) => p.fromCache), ...(stale ? { stale } : {}) };
}
