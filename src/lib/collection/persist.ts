/**
 * Keeps the loaded collection across reloads in IndexedDB. Failures (private mode, quota) are
 * reported to the caller, never fatal.
 */
import type { LoadedCollection } from './collection.svelte';
import { idbStore } from './idb';

const run = idbStore('research-trends-dashboard', 'collection');
const KEY = 'current';

export async function saveCollection(c: LoadedCollection): Promise<string | null> {
  try {
    // IndexedDB clones the plain collection itself; a JSON round trip first would hold the main
    // thread at large sizes. Only if something in it cannot be cloned, fall back to plain JSON data.
    try {
      await run('readwrite', (s) => s.put(c, KEY));
    } catch (e) {
      if ((e as DOMException)?.name !== 'DataCloneError') throw e;
      await run('readwrite', (s) => s.put(JSON.parse(JSON.stringify(c)), KEY));
    }
    return null;
  } catch (e) {
    const name = (e as DOMException)?.name;
    return name === 'QuotaExceededError'
      ? 'The browser’s storage is full: this collection will not survive a reload. Use “Export everything” to keep it.'
      : `Could not keep the collection for the next visit (${name ?? String(e)}).`;
  }
}

export async function loadCollection(): Promise<LoadedCollection | null> {
  try {
    return ((await run('readonly', (s) => s.get(KEY))) as LoadedCollection | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function clearCollection(): Promise<void> {
  try {
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
