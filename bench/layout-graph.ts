/**
 * The layout benchmark's graph: the coauthor graph of a generated collection, cut to its top
 * people by papers and its strongest edges (the backbone the network view would draw).
 */
import type { Paper } from '../src/lib/data/paper';
import { buildCoauthorGraph, type CoauthorGraph } from '../src/lib/model/coauthor-graph';
import { mergePeople } from '../src/lib/model/name-merge';
import { createSynthetic } from '../src/dev/synthetic';

/** A deterministic graph of `nodes` people and at most `edges` edges. */
export function benchGraph(nodes: number, edges: number, seed = 1): CoauthorGraph {
  const synthetic = createSynthetic({ papers: nodes * 12, seed, collaborationRate: 0.001 });
  const papers = [...synthetic.papers()].map(
    (p) =>
      ({
        id: `p${p.index}`,
        year: p.year,
        categories: p.categories,
        authors: p.authors.map((a) => synthetic.people[a].display),
      }) as unknown as Paper,
  );
  const full = buildCoauthorGraph(papers, mergePeople(papers));
  const kept = full.nodes.slice(0, nodes);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: full.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).slice(0, edges),
  };
}
