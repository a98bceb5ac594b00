/** What the page's source is built from: a loaded collection, with its people merged. */
import type { Paper, Profile } from '../../data/paper';
import type { PeopleIndex } from '../../model/name-merge';

export interface PageCollection {
  papers: readonly Paper[];
  people: PeopleIndex;
  profile: Profile;
  /** File names or a label for where the papers came from. */
  source: string;
  /** The owner's person id, when the collection has an owner. */
  ownerId: string | undefined;
}
