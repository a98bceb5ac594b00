/**
 * Keeps the loaded collection across reloads in IndexedDB. Failures (private mode, quota) are
 * reported to the caller, never fatal.
 *
 * Chromium refuses a single stored value over about 127 MiB, which a collection of some 10^5
 * papers passes; so the papers are stored in parts of PART_PAPERS, all in one transaction (a
 * reload finds the whole collection or the one before, never a mix).
 */
import type { Paper } from '../data/paper';
import type { LoadedCollection } from './collection.svelte';
import { idbStore } from './idb';

const run = idbStore('research-trends-dashboard', 'collection');
const KEY = 'current';
const PART_PAPERS = 10_000;

/** What is stored under KEY: the collection without its papers, and how many parts hold them. */
type Head = Omit<LoadedCollection, 'papers'> & { parts?: number; papers?: readonly Paper[] };

// Zero-padded, so the parts come back in order: 'current' sorts before them all.
const partKey = (i: number) => `${KEY}/${String(i).padStart(6, '0')}`;

export async function saveCollection(c: LoadedCollection): Promise<string | null> {
  const parts: (readonly Paper[])[] = [];
  for (let i = 0; i < c.papers.length; i += PART_PAPERS) parts.push(c.papers.slice(i, i + PART_PAPERS));
  const head: Head = { profile: c.profile, source: c.source, problems: c.problems, parts: parts.length };
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

export async function loadCollection(): Promise<LoadedCollection | null> {
  try {
    // One read of the whole store: the head and its parts as one save left them.
    const [head, ...parts] = (await run('readonly', (s) => s.getAll())) as [Head | undefined, ...Paper[][]];
    if (!head) return null;
    // A collection kept before parts were used holds its papers itself.
    if (head.parts === undefined) return head as LoadedCollection;
    if (parts.length !== head.parts) return null;
    const { profile, source, problems } = head;
    return { profile, source, problems, papers: parts.flat() };
  } catch {
    return null;
  }
}

export async function clearCollection(): Promise<void> {
  try {
    await run('readwrite', (s) => s.clear());
  } catch {
    // Nothing stored, nothing to clear.
  }
}
