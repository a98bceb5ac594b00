/**
 * The browser's response cache in IndexedDB, separate from the stored collection so that clearing
 * one never touches the other. Any failure (private mode, quota) just means no caching.
 */
import type { CachedResponse, ResponseCache } from './cache';
import { idbStore } from '../collection/idb';

const run = idbStore('research-trends-online-cache', 'responses', { keyPath: 'key' });

/** A response cache in this browser's IndexedDB. */
export function createIndexedDbCache(): ResponseCache {
  return {
    async get(key) {
      try {
        return (await run('readonly', (s) => s.get(key))) as CachedResponse | undefined;
      } catch {
        return undefined;
      }
    },
    async put(entry) {
      try {
        await run('readwrite', (s) => s.put(entry));
      } catch {
        // Not kept: the next request goes to the network again.
      }
    },
  };
}
