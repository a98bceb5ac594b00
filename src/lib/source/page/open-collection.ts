/**
 * A parsed collection made ready for the page's source: people merged (the owner, when there is
 * one, on every paper), the owner resolved. The CLI and the page open collections alike.
 */
import type { Paper, Profile } from '../../data/paper';
import { mergePeople, type AliasTable } from '../../model/name-merge';
import { inferOwner } from '../../model/owner';
import type { PageCollection } from './page-collection';

export interface OpenOptions {
  aliases?: AliasTable;
  /** The owner of a collection that is not a profile; undefined: inferred (the person on half the papers). */
  owner?: string | null;
}

export function openCollection(
  loaded: { papers: readonly Paper[]; profile: Profile; source: string },
  options: OpenOptions = {},
): PageCollection {
  const { papers, profile } = loaded;
  const aliases = options.aliases;
  let people = mergePeople(papers, { owner: profile.name, aliases });
  const owner = profile.name ?? (options.owner !== undefined ? options.owner : inferOwner(papers, people));
  // A list that is one person's without saying so: that person is on every paper too.
  if (!profile.name && owner) people = mergePeople(papers, { owner, aliases });
  return {
    papers,
    people,
    profile: { ...profile },
    source: loaded.source,
    ownerId: owner ? people.resolve(owner) : undefined,
  };
}
