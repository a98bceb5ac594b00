/**
 * Responses kept with the time they were fetched, so that asking again is instant and works
 * offline. The browser keeps them in IndexedDB (`idb-cache.ts`); Node and tests use memory.
 */

export interface CachedResponse {
  /** The request URL without personal parameters (the polite-pool address). */
  key: string;
  body: string;
  /** When the response arrived, ISO date-time. */
  fetchedAt: string;
}

/** Where responses are kept. Failures to read or write are swallowed: the cache is a bonus. */
export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  put(entry: CachedResponse): Promise<void>;
}

/** A cache that lives as long as the process (the CLI, tests). */
export function createMemoryCache(): ResponseCache & { entries: Map<string, CachedResponse> } {
  const entries = new Map<string, CachedResponse>();
  return {
    entries,
    get: async (key) => entries.get(key),
    put: async (entry) => void entries.set(entry.key, entry),
  };
}

/** The cache key of a URL: `mailto` is who asked, not what was asked, so it is left out. */
export function cacheKey(url: string): string {
  return url
    .replace(/([?&])mailto=[^&#]*(&?)/, (_, sep: string, next: string) => (next ? sep : ''))
    .replace(/[?&]$/, '');
}
