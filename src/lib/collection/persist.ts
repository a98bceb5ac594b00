/**
 * Keeps the loaded collection across reloads in IndexedDB (saved by persist-save.ts). Failures (private mode, quota) are
 * reported to the caller, never fatal.
 *
 * Chromium refuses a single stored value over about 127 MiB, which a collection of some 10^5
 * papers passes; so the papers are stored in parts of PART_PAPERS, all in one transaction (a
 * reload finds the whole collection or the one before, never a mix).
 */
import type { Paper } from '../data/paper';
import type { LoadedCollection } from './collection.svelte';
import { idbStore } from './idb';

export const run = idbStore('research-trends-dashboard', 'collection');
export const KEY = 'current';
/** Papers in one stored part (see persist-save.ts). */
export const PART_PAPERS = 10_000;

/** What is stored under KEY: the collection without its papers, and how many parts hold them. */
export type Head = Omit<LoadedCollection, 'papers'> & {
  parts?: number;
  papers?: readonly Paper[];
  /** Kept by the collection worker: opened there again, never read into the page. */
  held?: boolean;
};

// Zero-padded, so the parts come back in order: 'current' sorts before them all.
export const partKey = (i: number) => `${KEY}/${String(i).padStart(6, '0')}`;

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

/** Whether the kept collection is one the collection worker holds (read without its papers). */
export async function keptHeld(): Promise<boolean> {
  try {
    return Boolean(((await run('readonly', (s) => s.get(KEY))) as Head | undefined)?.held);
  } catch {
    return false;
  }
}

export async function clearCollection(): Promise<void> {
  try {
    await run('readwrite', (s) => s.clear());
  } catch {
    // Nothing stored, nothing to clear.
  }
}
