/** Keeps a collection for the next visit, in parts (see persist.ts); loaded after an import only. */
import type { Paper } from '../data/paper';
import type { LoadedCollection } from './collection.svelte';
import { KEY, PART_PAPERS, partKey, partsOf, run, type Head } from './persist';

/** `held`: the collection is kept by the collection worker, which opens it again (persist.ts keptHeld). */
export async function saveCollection(c: LoadedCollection, held = false): Promise<string | null> {
  const generation = `g${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const parts = Math.ceil(c.papers.length / PART_PAPERS);
  const head: Head = { profile: c.profile, source: c.source, problems: c.problems, parts, held, generation };
  try {
    // One part per transaction, each a task apart: what waits for this thread (the worker's
    // answers) runs in between, and no transaction holds more than one part's copy.
    for (let i = 0; i < parts; i++) {
      const part = c.papers.slice(i * PART_PAPERS, (i + 1) * PART_PAPERS);
      await put(part, partKey(i, generation));
    }
    // The collection switches here; then the parts of the one before go.
    await put(head, KEY);
    const own = partsOf(generation);
    await drop(IDBKeyRange.bound(`${KEY}/`, own, false, true), IDBKeyRange.lowerBound(own + '\uffff', true));
    return null;
  } catch (e) {
    // The collection kept before stays; this save's parts go.
    await drop(IDBKeyRange.bound(partsOf(generation), partsOf(generation) + '\uffff'));
    const name = (e as DOMException)?.name;
    return name === 'QuotaExceededError'
      ? 'The browser’s storage is full: this collection will not survive a reload. Use “Export everything” to keep it.'
      : `Could not keep the collection for the next visit (${name ?? String(e)}).`;
  }
}

/**
 * IndexedDB clones the plain collection itself; a JSON round trip first would hold the thread at
 * large sizes. Only if something in it cannot be cloned, plain JSON data is stored instead.
 */
async function put(value: readonly Paper[] | Head, key: string): Promise<void> {
  try {
    await run('readwrite', (s) => s.put(value, key));
  } catch (e) {
    if ((e as DOMException)?.name !== 'DataCloneError') throw e;
    await run('readwrite', (s) => s.put(JSON.parse(JSON.stringify(value)), key));
  }
}

/** Deletes the keys in `ranges`, in one transaction. */
async function drop(...ranges: IDBKeyRange[]): Promise<void> {
  try {
    await run('readwrite', (s) => ranges.map((r) => s.delete(r)).at(-1)!);
  } catch {
    // Left for the next save to drop.
  }
}
