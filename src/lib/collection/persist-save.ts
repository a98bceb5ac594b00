/** Keeps a collection for the next visit, in parts (see persist.ts); loaded after an import only. */
import type { Paper } from '../data/paper';
import type { LoadedCollection } from './collection.svelte';
import { KEY, PART_PAPERS, partKey, run, type Head } from './persist';

/** `held`: the collection is kept by the collection worker, which opens it again (persist.ts keptHeld). */
export async function saveCollection(c: LoadedCollection, held = false): Promise<string | null> {
  const parts: (readonly Paper[])[] = [];
  for (let i = 0; i < c.papers.length; i += PART_PAPERS) parts.push(c.papers.slice(i, i + PART_PAPERS));
  const head: Head = {
    profile: c.profile,
    source: c.source,
    problems: c.problems,
    parts: parts.length,
    held,
  };
  const write = (plain: <T>(v: T) => T) =>
    run('readwrite', (s) => {
      s.clear();
      parts.forEach((part, i) => s.put(plain(part), partKey(i)));
      return s.put(plain(head), KEY);
    });
  try {
    // IndexedDB clones the plain collection itself; a JSON round trip first would hold the main
    // thread at large sizes. Only if something in it cannot be cloned, fall back to plain JSON data.
    try {
      await write((v) => v);
    } catch (e) {
      if ((e as DOMException)?.name !== 'DataCloneError') throw e;
      await write((v) => JSON.parse(JSON.stringify(v)));
    }
    return null;
  } catch (e) {
    const name = (e as DOMException)?.name;
    return name === 'QuotaExceededError'
      ? 'The browser’s storage is full: this collection will not survive a reload. Use “Export everything” to keep it.'
      : `Could not keep the collection for the next visit (${name ?? String(e)}).`;
  }
}
