/**
 * A parsed collection made ready for the page's source: people merged (the owner, when there is
 * one, on every paper), the owner resolved. The CLI and the page open collections alike.
 */
import type { Paper, Profile } from '../../data/paper';
import { MERGE_LIMIT, mergePeople, type AliasTable } from '../../model/name-merge';
import { chooseOwner } from '../../model/owner';
import type { PageCollection } from './page-collection';

export interface OpenOptions {
  aliases?: AliasTable;
  /** The owner picked for a collection that is not one person's profile; undefined: chosen by the rules of model/owner.ts. */
  owner?: string | null;
}

export function openCollection(
  loaded: { papers: readonly Paper[]; profile: Profile; source: string },
  options: OpenOptions = {},
): PageCollection {
  const { papers, profile } = loaded;
  const aliases = options.aliases;
  // Above MERGE_LIMIT papers names are keyed exactly (see name-merge.ts).
  const exact = papers.length > MERGE_LIMIT;
  const unowned = mergePeople(papers, { aliases, exact });
  const choice = chooseOwner(papers, profile, unowned);
  const owner = options.owner !== undefined && !choice.fromProfile ? options.owner : choice.name;
  // The owner is on every paper, listed or hidden behind "et al.".
  const people = owner ? mergePeople(papers, { owner, aliases, exact }) : unowned;
  return {
    papers,
    people,
    profile: { ...profile },
    source: loaded.source,
    ownerId: owner ? people.resolve(owner) : undefined,
  };
}
