/**
 * Whom a collection belongs to: the profile's person when every loaded paper can be theirs, else
 * the person on at least half of the papers, else nobody (a group). Shared by the page and the CLI.
 */
import type { Paper, Profile } from '../data/paper';
import type { PeopleIndex } from './name-merge';

/** A named profile that does not describe every loaded paper. */
export interface ProfileMismatch {
  name: string;
  /** Papers with a complete author list that does not name the profile's person. */
  notListed: number;
  total: number;
}

export interface OwnerChoice {
  /** The owner: the profile's person, the inferred one, or null for a group. */
  name: string | null;
  /** The owner is the profile's person and the whole collection is theirs (no menu to pick another). */
  fromProfile: boolean;
  mismatch: ProfileMismatch | null;
}

/**
 * The person on at least half of the papers. When several are on equally many, the one who is
 * first author most often; still tied, nobody (a group's collection). `people` is merged without
 * an owner, so its paper lists hold the listed authors in order.
 */
export function inferOwner(papers: readonly Paper[], people: PeopleIndex): string | null {
  const top = people.people[0];
  if (!top || papers.length === 0 || top.papers * 2 < papers.length) return null;
  const tied = people.people.filter((p) => p.papers === top.papers);
  if (tied.length === 1) return top.name;
  const firsts = new Map<string, number>(tied.map((p) => [p.id, 0]));
  for (const ids of people.paperPeople.values()) {
    const n = firsts.get(ids[0]);
    if (n !== undefined) firsts.set(ids[0], n + 1);
  }
  const most = Math.max(...firsts.values());
  const leaders = tied.filter((p) => firsts.get(p.id) === most);
  return leaders.length === 1 ? leaders[0].name : null;
}

/** How many papers have a complete author list without `name` (matched by name merging). */
export function papersNotListing(name: string, papers: readonly Paper[], people: PeopleIndex): number {
  const id = people.resolve(name);
  let n = 0;
  for (const p of papers) {
    if (p.authors.length === 0 || p.authorsTruncated) continue;
    if (id === undefined || !people.paperPeople.get(p.id)?.includes(id)) n++;
  }
  return n;
}

/** The owner of `papers` under `profile`; `unowned` is their people merged without an owner. */
export function chooseOwner(
  papers: readonly Paper[],
  profile: Profile | null | undefined,
  unowned: PeopleIndex,
): OwnerChoice {
  const name = profile?.name ?? null;
  const notListed = name ? papersNotListing(name, papers, unowned) : 0;
  if (name && notListed === 0) return { name, fromProfile: true, mismatch: null };
  return {
    name: inferOwner(papers, unowned),
    fromProfile: false,
    mismatch: name ? { name, notListed, total: papers.length } : null,
  };
}

/** "The profile's metrics describe Jane Doe; 49 of the 50 loaded papers do not list Jane Doe among their authors." */
export function describeMismatch(m: ProfileMismatch, hasMetrics: boolean): string {
  const what = hasMetrics ? 'The profile’s metrics describe' : 'The profile names';
  const verb = m.notListed === 1 ? 'does' : 'do';
  return `${what} ${m.name}; ${m.notListed} of the ${m.total} loaded papers ${verb} not list ${m.name} among their authors.`;
}
