/**
 * Communities of the coauthor graph by Louvain modularity (graphology-communities-louvain),
 * driven by a seeded random source so the same collection always splits the same way. The
 * profile's owner is left out: they are on every paper and would tie every group into one.
 * Communities are numbered by size (largest 0), ties by their first member's id.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { randomLcg } from 'd3-random';
import type { Paper } from '../data/paper';
import { buildCoauthorGraph, type CoauthorGraph } from './coauthor-graph';
import { labelCommunities, type CommunityLabel } from './community-labels';
import type { PeopleIndex } from './name-merge';

export interface Community extends CommunityLabel {
  index: number;
  /** Person ids, in the graph's order (most papers first). */
  members: string[];
}

export interface Communities {
  /** Person id → community index; the owner has none. */
  byPerson: ReadonlyMap<string, number>;
  list: Community[];
}

/** Person id → community index for the graph's nodes (owners left out). Does not modify its input. */
export function detectCommunities(
  graph: CoauthorGraph,
  options: { seed?: number } = {},
): Map<string, number> {
  const g = new Graph({ type: 'undirected' });
  const owners = new Set(graph.nodes.filter((n) => n.isOwner).map((n) => n.id));
  for (const n of graph.nodes) if (!owners.has(n.id)) g.addNode(n.id);
  for (const e of graph.edges) {
    if (g.hasNode(e.source) && g.hasNode(e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  }
  const raw: Record<string, number> =
    g.size === 0
      ? Object.fromEntries(g.nodes().map((id, i) => [id, i]))
      : louvain(g, { getEdgeWeight: 'weight', rng: randomLcg(options.seed ?? 1) });
  return renumber(
    graph.nodes.map((n) => n.id).filter((id) => id in raw),
    raw,
  );
}

/** Renumbers communities by size, largest first, ties by the first member in graph order. */
function renumber(order: readonly string[], raw: Record<string, number>): Map<string, number> {
  const groups = new Map<number, string[]>();
  for (const id of order) {
    const c = raw[id];
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c)!.push(id);
  }
  const first = new Map(order.map((id, i) => [id, i]));
  const sorted = [...groups.values()].sort(
    (a, b) => b.length - a.length || first.get(a[0])! - first.get(b[0])!,
  );
  const out = new Map<string, number>();
  sorted.forEach((members, i) => members.forEach((id) => out.set(id, i)));
  return out;
}

/** Above this many people, communities are found among the first COMMUNITY_PEOPLE (most papers). */
export const COMMUNITY_PEOPLE = 3000;

const memo = new WeakMap<readonly Paper[], WeakMap<PeopleIndex, Communities>>();

/**
 * The communities of a whole collection, labelled by their papers' terms and categories
 * (memoised per papers array and people index, so views and URL decoding share one result).
 */
export function collectionCommunities(papers: readonly Paper[], people: PeopleIndex): Communities {
  let byPeople = memo.get(papers);
  if (!byPeople) memo.set(papers, (byPeople = new WeakMap()));
  let result = byPeople.get(people);
  if (!result) {
    // A field-sized collection: the communities of its most prolific people (the ones the network
    // draws), not Louvain over 10^5 people and 10^5–10^6 links at start-up.
    const graph =
      people.people.length > COMMUNITY_PEOPLE
        ? buildCoauthorGraph(papers, people, {
            only: new Set(people.people.slice(0, COMMUNITY_PEOPLE).map((p) => p.id)),
          })
        : buildCoauthorGraph(papers, people);
    const byPerson = detectCommunities(graph, { seed: 1 });
    const count = Math.max(-1, ...byPerson.values()) + 1;
    const members: string[][] = Array.from({ length: count }, () => []);
    for (const [id, c] of byPerson) members[c].push(id);
    const labels = labelCommunities(papers, people, byPerson, count);
    result = { byPerson, list: members.map((m, index) => ({ index, members: m, ...labels[index] })) };
    byPeople.set(people, result);
  }
  return result;
}
