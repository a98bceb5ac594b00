/**
 * What the network draws of a large collection: the people with the most papers (the owner
 * always) and a backbone of the strongest links among them. A field-sized collection has 10^4–10^5
 * people and several links each; drawing them all is slow and unreadable (the complaint users of
 * VOSviewer and Scholia networks make most), so the view shows the top of the graph and says so.
 */
import type { CodeRows } from './coauthor-pairs';
import type { Paper } from '../data/paper';
import { buildCoauthorGraph, type CoauthorGraph, type GraphEdge } from './coauthor-graph';
import type { PeopleIndex } from './name-merge';

/** People shown by default (the view's slider changes it). */
export const DEFAULT_TOP_PEOPLE = 500;
/** Links kept per person once a graph has more than `BACKBONE_FROM` links per person. */
export const LINKS_PER_PERSON = 4;
const BACKBONE_FROM = 3;

export interface TopGraph extends CoauthorGraph {
  /** People of the input left out (by the limit or the paper threshold). */
  hiddenPeople: number;
  /** Links among the shown people left out of the backbone. */
  hiddenEdges: number;
}

/** Edge key, as `buildCoauthorGraph` orders ids (source < target). */
export function edgeKey(e: Pick<GraphEdge, 'source' | 'target'>): string {
  return `${e.source}\n${e.target}`;
}

/**
 * The first `limit` people of `graph` (its nodes come sorted by papers, then name) with at least
 * `minPapers` papers, plus the owner; and their links: all of them when there are at most
 * BACKBONE_FROM per person, otherwise each person's LINKS_PER_PERSON strongest (a link stays when it
 * is among the strongest of either end). Does not modify its input.
 */
export function topPeopleGraph(
  graph: CoauthorGraph,
  limit: number,
  options: { minPapers?: number; linksPerPerson?: number } = {},
): TopGraph {
  const { minPapers = 1, linksPerPerson = LINKS_PER_PERSON } = options;
  const { chosen: kept } = choosePeople(graph.nodes, limit, minPapers);
  const ids = new Set(kept.map((n) => n.id));
  const among = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const edges = backbone(among, kept.length, linksPerPerson);
  return {
    nodes: kept,
    edges,
    hiddenPeople: graph.nodes.length - kept.length,
    hiddenEdges: among.length - edges.length,
  };
}

/**
 * The same as `topPeopleGraph(buildCoauthorGraph(papers, people), limit, options)` without building
 * the whole graph (10^5+ links at 10^5 papers, most never drawn): people come from the index, which is
 * sorted as graph nodes are, and only their pairs are counted. `eligible`: people above the threshold.
 */
export function collectionTopGraph(
  papers: readonly Paper[],
  people: PeopleIndex,
  limit: number,
  options: {
    minPapers?: number;
    linksPerPerson?: number;
    groupOf?: (p: Paper) => string | undefined;
    /** The code rows of `papers` (coauthor-pairs.ts): papers without the people chosen are passed over unread. */
    rows?: CodeRows;
  } = {},
): TopGraph & { eligible: number } {
  const { minPapers = 1, linksPerPerson = LINKS_PER_PERSON } = options;
  const { eligible, chosen } = choosePeople(people.people, limit, minPapers);
  const graph = buildCoauthorGraph(papers, people, {
    only: new Set(chosen.map((p) => p.id)),
    groupOf: options.groupOf,
    rows: options.rows && { table: options.rows, indexes: null },
  });
  const edges = backbone(graph.edges, graph.nodes.length, linksPerPerson);
  return {
    nodes: graph.nodes,
    edges,
    hiddenPeople: people.people.length - graph.nodes.length,
    hiddenEdges: graph.edges.length - edges.length,
    eligible,
  };
}

/**
 * The first `limit` of `sorted` (most papers first) with at least `minPapers` papers, plus the
 * owner wherever they rank; `eligible` counts those above the threshold.
 */
function choosePeople<T extends { isOwner: boolean; papers: number }>(
  sorted: readonly T[],
  limit: number,
  minPapers: number,
): { chosen: T[]; eligible: number } {
  const above = sorted.filter((p) => p.isOwner || p.papers >= minPapers);
  const chosen = above.slice(0, Math.max(0, limit));
  const owner = above.find((p) => p.isOwner);
  if (owner && !chosen.includes(owner)) chosen.push(owner);
  return { chosen, eligible: above.length };
}

/** All of `edges` (strongest first) when they are few per person, else each person's strongest. */
function backbone(edges: GraphEdge[], people: number, linksPerPerson: number): GraphEdge[] {
  if (edges.length > BACKBONE_FROM * people) {
    // Edges come strongest first, so a person's first `linksPerPerson` edges are their strongest.
    const degree = new Map<string, number>();
    return edges.filter((e) => {
      const a = degree.get(e.source) ?? 0;
      const b = degree.get(e.target) ?? 0;
      if (a >= linksPerPerson && b >= linksPerPerson) return false;
      degree.set(e.source, a + 1);
      degree.set(e.target, b + 1);
      return true;
    });
  }
  return edges;
}
