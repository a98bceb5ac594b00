/**
 * The people of a collection, decided in one place for the page and the server alike: whose
 * profile it is (the profile's name, else the person on at least half of the papers), and how
 * names become people — merged up to MERGE_LIMIT papers, keyed by their exact normalised form
 * above it (merging costs seconds there; see StoreOptions).
 */
import type { Paper } from '../data/paper';
import { MERGE_LIMIT } from './columnar-store';
import { mergePeople, type AliasTable, type PeopleIndex } from './name-merge';
import { inferOwner } from './owner';

export interface CollectionPeople {
  people: PeopleIndex;
  ownerName: string | null;
  ownerId: string | undefined;
}

/** The people index of `papers` (exact keys above MERGE_LIMIT papers). */
export function peopleIndex(
  papers: readonly Paper[],
  options: { owner?: string | null; aliases?: AliasTable },
): PeopleIndex {
  return mergePeople(papers, { ...options, exact: papers.length > MERGE_LIMIT });
}

/** The owner and the people of a collection whose profile names `profileName` (or nobody). */
export function collectionPeople(
  papers: readonly Paper[],
  profileName: string | null,
  aliases?: AliasTable,
): CollectionPeople {
  const unowned = profileName ? null : peopleIndex(papers, { aliases });
  const ownerName = profileName ?? inferOwner(papers, unowned!);
  const people = ownerName === null ? unowned! : peopleIndex(papers, { owner: ownerName, aliases });
  return { people, ownerName, ownerId: ownerName ? people.resolve(ownerName) : undefined };
}
