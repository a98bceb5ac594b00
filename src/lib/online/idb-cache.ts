/**
 * The browser's response cache in IndexedDB, separate from the stored collection so that clearing
 * one never touches the other. Any failure (private mode, quota) just means no caching.
 */
import type { CachedResponse, ResponseCache } from './cache';

const DB = 'research-trends-online-cache';
const STORE = 'responses';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? req.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  } finally {
    db.close();
  }
}

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
