import type { GroupKind } from '../model/group-kinds';

/**
 * Names as a user writes them (in a URL or on the command line) resolved against the collection:
 * a category id in any case, a person in any written form, a term in any form, a community by
 * number, a paper by id. Each answer is in the order asked; null where nothing in the collection matches.
 */
export interface LookupQuestion {
  kind: 'lookup';
  categories: string[];
  people: string[];
  terms: string[];
  /** Community indexes (0 = largest). */
  communities: number[];
  /** Paper ids exactly as the collection has them (none when left out). */
  papers?: string[];
  /** Groups of another kind than 'category' (a venue, a keyword, a type, a field), in any case. */
  groups?: { kind: GroupKind; texts: string[] };
}

export interface LookupAnswer {
  categories: (string | null)[];
  people: ({ id: string; name: string } | null)[];
  /** The term's key and the written form most papers use. */
  terms: ({ key: string; surface: string } | null)[];
  communities: ({ index: number; label: string; members: number } | null)[];
  papers: ({ id: string; title: string } | null)[];
  /** The groups' ids as the collection writes them (absent when none were asked). */
  groups?: (string | null)[];
}
