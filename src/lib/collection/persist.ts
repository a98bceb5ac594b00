/**
 * Keeps the loaded collection across reloads in IndexedDB (saved by persist-save.ts). Failures (private mode, quota) are
 * reported to the caller, never fatal.
 *
 * Chromium refuses a single stored value over about 127 MiB, which a collection of some 10^5
 * papers passes; so the papers are stored in parts of PART_PAPERS, each in a transaction of its
 * own (one transaction would hold every part's copy at once: a gigabyte at 10^6 papers), under
 * keys of their save's generation. The head, written last, names the generation: a reload finds
 * the whole collection or the one before, never a mix.
 */
import type { Paper } from '../data/paper';
import type { LoadedCollection } from './collection.svelte';
import { idbStore } from './idb';

export const run = idbStore('research-trends-dashboard', 'collection');
export const KEY = 'current';
/** Papers in one stored part (see persist-save.ts): a copy of some 30 ms, so questions interleave. */
export const PART_PAPERS = 4_000;

/** What is stored under KEY: the collection without its papers, and how many parts hold them. */
export type Head = Omit<LoadedCollection, 'papers'> & {
  parts?: number;
  papers?: readonly Paper[];
  /** Kept by the collection worker: opened there again, never read into the page. */
  held?: boolean;
  /** The save whose parts these are (none: parts kept before generations, `current/000000`…). */
  generation?: string;
};

/** The keys of a generation's parts (`g…`: after the digits of the parts kept before generations). */
export const partsOf = (generation?: string) => `${KEY}/${generation ? `${generation}/` : ''}`;
// Zero-padded, so the parts come back in order.
export const partKey = (i: number, generation?: string) =>
  `${partsOf(generation)}${String(i).padStart(6, '0')}`;

export async function loadCollection(): Promise<LoadedCollection | null> {
  try {
    // The head and its generation's parts in one transaction: as one save left them.
    let parts: Paper[][] = [];
    const head = (await run('readonly', (s) => {
      const get = s.get(KEY);
      get.onsuccess = () => {
        const h = get.result as Head | undefined;
        if (h?.parts === undefined) return;
        const from = partsOf(h.generation);
        const all = s.getAll(IDBKeyRange.bound(from + '0', from + '9\uffff'));
        all.onsuccess = () => (parts = all.result as Paper[][]);
      };
      return get;
    })) as Head | undefined;
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
