/**
 * The communities of a stored collection, found once at load as the page finds them
 * (model/communities.ts `collectionCommunities`): Louvain (seed 1, owner left out) on the coauthor
 * graph — here the graph SQL returns, among the same people — and labels from the papers' terms.
 */
import type { Paper } from '../../data/paper';
import { COMMUNITY_PEOPLE, detectCommunities } from '../../model/communities';
import { labelCommunities } from '../../model/community-labels';
import type { PeopleIndex } from '../../model/name-merge';
import { TRUE } from './engine';
import { graphAmong } from './graph-sql';
import type { SqlScope } from './scope';
import type { StoredCollection } from './stored';

export async function findCommunities(
  scope: SqlScope,
  papers: readonly Paper[],
  people: PeopleIndex,
): Promise<StoredCollection['communities']> {
  const all = people.people.length;
  const only = all > COMMUNITY_PEOPLE ? Array.from({ length: COMMUNITY_PEOPLE }, (_, code) => code) : null;
  const graph = await graphAmong(scope, TRUE, only);
  const byPerson = detectCommunities(graph, { seed: 1 });
  const count = Math.max(-1, ...byPerson.values()) + 1;
  const members: string[][] = Array.from({ length: count }, () => []);
  for (const [id, c] of byPerson) members[c].push(id);
  const labels = labelCommunities(papers, people, byPerson, count);
  const codeOf = new Map(people.people.map((p, code) => [p.id, code]));
  return {
    list: members.map((m, index) => ({ index, members: m, ...labels[index] })),
    codes: members.map((m) => m.map((id) => codeOf.get(id)!)),
  };
}
