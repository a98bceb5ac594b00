/**
 * What a loaded collection keeps beside its tables (in `meta`): the facts a source reports at
 * once, the dictionaries questions are validated against, and the communities, found once at load
 * by the app's own Louvain code.
 */
import type { Community } from '../../model/communities';
import type { AliasTable } from '../../model/name-merge';
import type { CollectionInfo } from '../questions';

export interface StoredCollection {
  info: CollectionInfo;
  /** The owner's person code, when the collection has an owner. */
  ownerCode: number | null;
  /** Every category id a paper lists (primary or cross-list), sorted. */
  categories: string[];
  communities: {
    list: Community[];
    /** Per community, its members' person codes. */
    codes: number[][];
  };
  /** The alias table names were merged with (name lookups follow it too). */
  aliases: AliasTable;
}

/** Meta keys. */
export const META = {
  collection: 'collection',
  /** `LoadState` of the load that wrote the tables. */
  load: 'load',
} as const;

export interface LoadState {
  /** What was loaded: files, sizes and dates, the as-of date and the loader's version. */
  fingerprint: string;
  /** Papers per batch and batches in all. */
  batchSize: number;
  batches: number;
  /** Batches written completely, in order. */
  done: number;
  /** Dictionary sizes after `done` batches (ids run from 1). */
  terms: number;
  surfaces: number;
  complete: boolean;
}
