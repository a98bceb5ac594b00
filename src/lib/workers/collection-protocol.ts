/**
 * Messages between the page and the collection worker (collection-worker.ts), which streams
 * files in, answers the first views while they are read, and keeps a field-size collection for
 * good: the page then holds no paper, only the answers it asks for (source/worker/).
 */
import type { AliasTable } from '../model/name-merge';
import type { MergedCollection } from '../data/merge-results';
import type { FileReport } from '../data/read-files';
import type { Problem, Profile } from '../data/paper';
import type { CollectionInfo, Question } from '../source/questions';
import type { CubeData } from '../source/page/page-cube';

/**
 * From this many papers a streamed collection stays in the worker. Below it the papers come to
 * the page, which then offers what needs every paper at hand (owner, name merging, fill-in); a
 * researcher's or a group's list is far below it, a field far above.
 */
export const HOLD_IN_WORKER_FROM = 50_000;

export type ToWorker =
  | {
      type: 'stream';
      files: File[];
      asOf: string;
      aliases: AliasTable;
      holdFrom: number;
      limit: number;
      wholeBytes: number;
    }
  | { type: 'kept'; aliases: AliasTable }
  | { type: 'ask'; id: number; source: number; question: Question };

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
