/**
 * Messages between the page and the collection worker (collection-worker.ts), which streams
 * files in, answers the first views while they are read, and keeps a field-size collection for
 * good: the page then holds no paper, only the answers it asks for (source/worker/).
 */
import type { AliasTable } from '../../model/name-merge';
import type { MergedCollection } from '../../data/merge-results';
import type { FileInput, FileReport } from '../../data/read-files';
import type { Problem, Profile } from '../../data/paper';
import type { CollectionInfo, Question } from '../../source/questions';
import type { CubeData } from '../../source/page/page-cube';

/**
 * From this many papers a streamed collection stays in the worker. Below it the papers come to
 * the page, which then offers what needs every paper at hand (owner, name merging, fill-in); a
 * researcher's or a group's list is far below it, a field far above.
 */
export const HOLD_IN_WORKER_FROM = 50_000;

/**
 * The most papers the worker takes from streamed files. A worker that runs out of memory takes
 * the whole tab with it, so a bigger file is refused with the count it reached instead: 10^6
 * generated arXiv papers, every view drawn, held about 3.6 GB in the tab's process (measured,
 * docs/performance.md), near the heap a Chromium worker may have.
 */
export const WORKER_MAX_PAPERS = 1_000_000;

/** How a collection is read: the as-of date, the alias table and from how many papers it is kept here. */
interface Reading {
  asOf: string;
  aliases: AliasTable;
  holdFrom: number;
}

export type ToWorker =
  /** JSON-lines files, streamed: at most `limit` papers; lines of another kind up to `wholeBytes` go back to the page. */
  | ({ type: 'stream'; files: File[]; limit: number; wholeBytes: number } & Reading)
  /** Files read whole (any format the app reads). */
  | ({ type: 'read'; files: FileInput[] } & Reading)
  | { type: 'kept'; aliases: AliasTable }
  | { type: 'ask'; id: number; source: number; question: Question }
  /** A file of the kept collection, answered as a Blob. */
  | { type: 'file'; id: number; format: HeldFileFormat };

/** The files of a kept collection the worker writes (held-file.ts). */
export type HeldFileFormat = 'parquet' | 'json';

/** A source the worker answers for: its id, its facts and its cubes (counts answered on the page). */
export interface SourceHandle {
  source: number;
  info: CollectionInfo;
  cube: CubeData | null;
}

/** A collection the worker keeps: what the page shows beside the answers. */
export interface HeldCollection extends SourceHandle {
  profile: Profile;
  label: string;
  problems: Problem[];
}

export type FromWorker =
  | { type: 'progress'; share: number; papers: number; problems: number }
  | ({ type: 'preview' } & SourceHandle)
  /** Small enough for the page: the papers themselves. */
  | { type: 'page'; merged: MergedCollection; reports: FileReport[] }
  | ({ type: 'held'; reports: FileReport[] } & HeldCollection)
  /** Lines of another kind: the page reads the files whole. */
  | { type: 'whole' }
  /** Nothing kept in IndexedDB for the worker to open. */
  | { type: 'none' }
  | { type: 'saved'; warning: string | null }
  | { type: 'answer'; id: number; answer: unknown }
  | { type: 'error'; id: number; message: string }
  | { type: 'failed'; message: string };
