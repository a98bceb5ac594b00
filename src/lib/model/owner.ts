/** Who a collection belongs to, when no profile says so. Kept apart so the page can ask without the summary's graph code. */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';

/**
 * The owner of a collection that is not a profile: the person on at least half of the papers
 * (the one on most, when several are). Null for a group's or a field's collection.
 */
export function inferOwner(papers: readonly Paper[], people: PeopleIndex): string | null {
  const top = people.people[0];
  return top && papers.length > 0 && top.papers * 2 >= papers.length ? top.name : null;
}
