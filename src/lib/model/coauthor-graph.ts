/**
 * The coauthor graph of a set of papers: one node per person, one edge per pair of people who
 * share a paper, weighted by their joint papers. Counts are over the papers passed in, so the
 * caller decides the filter.
 */
import type { Paper } from '../data/paper';
import { compareNames, type PeopleIndex } from './name-merge';

export interface GraphNode {
  id: string;
  name: string;
  papers: number;
  /** Dominant primary category of their papers; ties → alphabetical; null when none has one. */
  category: string | null;
  isOwner: boolean;
  forms: string[];
  firstYear: number | null;
  meanYear: number | null;
}

export interface GraphEdge {
  /** Ids ordered so that source < target. */
  source: string;
  target: string;
  /** Joint papers. */
  weight: number;
  firstYear: number | null;
}

export interface CoauthorGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

interface Tally {
  papers: number;
  categories: Map<string, number>;
  /** Earliest year, sum of years and number of dated papers (no per-paper arrays: a person may have 10^4 papers). */
  first: number;
  yearSum: number;
  dated: number;
}

/** Person ids of a paper: from the index, or resolved from its authors when the index never saw it. */
export function peopleOfPaper(paper: Paper, people: PeopleIndex): string[] {
  const known = people.paperPeople.get(paper.id);
  if (known) return known;
  const ids = paper.authors.map((a) => people.resolve(a)).filter((id) => id !== undefined);
  const owner = people.people.find((p) => p.isOwner);
  if (owner) ids.push(owner.id);
  return [...new Set(ids)];
}

/**
 * Builds the graph of `papers`. Nodes are sorted by papers (descending) then name, edges by
 * weight (descending) then ids. `minPapers` drops people with fewer papers (and their edges),
 * never the owner. `only` restricts the graph to those people: the network of a large collection
 * draws a few hundred of its people, and counting only their pairs keeps a filter change cheap.
 */
export function buildCoauthorGraph(
  papers: readonly Paper[],
  people: PeopleIndex,
  options: { minPapers?: number; only?: ReadonlySet<string> } = {},
): CoauthorGraph {
  const tallies = new Map<string, Tally>();
  const edges = new Map<string, GraphEdge>();
  const only = options.only;
  for (const paper of papers) {
    const all = peopleOfPaper(paper, people);
    const ids = only ? all.filter((id) => only.has(id)) : all;
    for (const id of ids) {
      let t = tallies.get(id);
      if (!t)
        tallies.set(id, (t = { papers: 0, categories: new Map(), first: Infinity, yearSum: 0, dated: 0 }));
      t.papers++;
      const primary = paper.categories[0];
      if (primary) t.categories.set(primary, (t.categories.get(primary) ?? 0) + 1);
      if (paper.year !== null) {
        t.first = Math.min(t.first, paper.year);
        t.yearSum += paper.year;
        t.dated++;
      }
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [source, target] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
        const key = `${source}\n${target}`;
        const edge = edges.get(key) ?? { source, target, weight: 0, firstYear: null };
        edge.weight++;
        if (paper.year !== null && (edge.firstYear === null || paper.year < edge.firstYear)) {
          edge.firstYear = paper.year;
        }
        edges.set(key, edge);
      }
    }
  }

  const minPapers = options.minPapers ?? 0;
  const nodes: GraphNode[] = [];
  for (const [id, t] of tallies) {
    const person = people.byId.get(id);
    if (!person || (t.papers < minPapers && !person.isOwner)) continue;
    nodes.push({
      id,
      name: person.name,
      papers: t.papers,
      category: dominant(t.categories),
      isOwner: person.isOwner,
      forms: [...person.forms],
      firstYear: t.dated ? t.first : null,
      meanYear: t.dated ? t.yearSum / t.dated : null,
    });
  }
  nodes.sort((a, b) => b.papers - a.papers || compareNames(a.name, b.name) || compare(a.id, b.id));
  const kept = new Set(nodes.map((n) => n.id));
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target));
  keptEdges.sort((a, b) => b.weight - a.weight || compare(a.source, b.source) || compare(a.target, b.target));
  return { nodes, edges: keptEdges };
}

/** The owner's coauthors by joint papers, largest first, ties by name. */
export function topCoauthors(
  papers: readonly Paper[],
  people: PeopleIndex,
  ownerId: string,
): { id: string; name: string; papers: number }[] {
  const joint = new Map<string, number>();
  for (const paper of papers) {
    const ids = peopleOfPaper(paper, people);
    if (!ids.includes(ownerId)) continue;
    for (const id of ids) if (id !== ownerId) joint.set(id, (joint.get(id) ?? 0) + 1);
  }
  return [...joint]
    .map(([id, n]) => ({ id, name: people.byId.get(id)?.name ?? id, papers: n }))
    .sort((a, b) => b.papers - a.papers || compareNames(a.name, b.name));
}

/** Coauthorships in a graph: distinct pairs of people who share at least one paper (its edges). */
export function countCoauthorships(graph: CoauthorGraph): number {
  return graph.edges.length;
}

function dominant(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [category, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && category < best))
      [best, bestCount] = [category, n];
  }
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
