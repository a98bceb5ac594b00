/**
 * The coauthor graph of a set of papers: one node per person, one edge per pair of people who
 * share a paper, weighted by their joint papers. Counts are over the papers passed in, so the
 * caller decides the filter.
 */
import type { Paper } from '../data/paper';
import { compareNames, type PeopleIndex } from './name-merge';
import { peopleOfPaper, personCodes } from './person-codes';
import type { CodeRows } from './coauthor-pairs';

export { peopleOfPaper };

export interface GraphNode {
  id: string;
  name: string;
  papers: number;
  /** Dominant primary category (or group, see `groupOf`) of their papers; ties → alphabetical; null when none has one. */
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

/**
 * Builds the graph of `papers`. Nodes are sorted by papers (descending) then name, edges by
 * weight (descending) then ids. `minPapers` drops people with fewer papers (and their edges),
 * never the owner. `only` restricts the graph to those people: the network of a large collection
 * draws a few hundred of its people, and counting only their pairs keeps a filter change cheap.
 */
export function buildCoauthorGraph(
  papers: readonly Paper[],
  people: PeopleIndex,
  options: {
    minPapers?: number;
    only?: ReadonlySet<string>;
    groupOf?: (p: Paper) => string | undefined;
    /**
     * With `only`: the code rows of the collection and the indexes of `papers` in it (null: all),
     * so that papers with none of the people drawn are passed over without reading them.
     */
    rows?: { table: CodeRows; indexes: Int32Array | null };
  } = {},
): CoauthorGraph {
  const groupOf = options.groupOf ?? ((p: Paper) => p.categories[0]);
  // People and pairs are keyed by person code (numbers), not by id strings and joined id pairs:
  // hashing those strings was most of a filter's graph at 10^5 papers. With `only`, a paper's
  // people are checked by code, and papers with none of the people drawn are passed over.
  const codes = personCodes(people);
  const wanted = options.only ? onlyMask(codes, options.only) : null;
  const tallies = new Map<string, Tally>();
  const edges = new Map<number, GraphEdge>();
  const rows = wanted ? options.rows : undefined;
  for (let r = 0; r < papers.length; r++) {
    if (rows) {
      const { offsets, codes: coded } = rows.table;
      const row = rows.indexes ? rows.indexes[r] : r;
      let any = 0;
      for (let i = offsets[row]; i < offsets[row + 1] && !any; i++) any = wanted![coded[i]] ?? 0;
      if (!any) continue;
    }
    const paper = papers[r];
    let cs = codes.of(paper);
    let n = cs.length;
    if (wanted) {
      n = 0;
      for (let i = 0; i < cs.length; i++) n += wanted[cs[i]] ?? 0;
      if (n === 0) continue;
    }
    let ids = peopleOfPaper(paper, people);
    if (wanted && n < ids.length) {
      const all = ids;
      ids = all.filter((_, i) => wanted[cs[i]] === 1);
      cs = cs.filter((c) => wanted[c] === 1);
    }
    for (const id of ids) {
      let t = tallies.get(id);
      if (!t)
        tallies.set(id, (t = { papers: 0, categories: new Map(), first: Infinity, yearSum: 0, dated: 0 }));
      t.papers++;
      const primary = groupOf(paper);
      if (primary) t.categories.set(primary, (t.categories.get(primary) ?? 0) + 1);
      if (paper.year !== null) {
        t.first = Math.min(t.first, paper.year);
        t.yearSum += paper.year;
        t.dated++;
      }
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = cs[i] < cs[j] ? cs[i] * PAIR + cs[j] : cs[j] * PAIR + cs[i];
        let edge = edges.get(key);
        if (!edge) {
          const [source, target] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
          edges.set(key, (edge = { source, target, weight: 0, firstYear: null }));
        }
        edge.weight++;
        if (paper.year !== null && (edge.firstYear === null || paper.year < edge.firstYear)) {
          edge.firstYear = paper.year;
        }
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

/** Person codes stay below 2^26, so a pair of them is one safe integer: low × PAIR + high. */
const PAIR = 2 ** 26;

const masks = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** `only` as a 0/1 array by person code, kept per set (a filter change reuses the drawn people's). */
function onlyMask(codes: ReturnType<typeof personCodes>, only: ReadonlySet<string>): Uint8Array {
  let mask = masks.get(only);
  if (!mask || mask.length < codes.size) masks.set(only, (mask = codes.mask(only)));
  return mask;
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
