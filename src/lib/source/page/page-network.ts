/** The network's answers from the page's collection: the people it places, and their graph under a filter. */
import type { Paper } from '../../data/paper';
import { buildCoauthorGraph } from '../../model/coauthor-graph';
import { memoByList } from '../../model/memo-by-list';
import { collectionTopGraph } from '../../model/network-top';
import { coauthorPairs } from '../../model/coauthor-pairs';
import type { GraphAnswer, GraphQuestion, TopGraphAnswer, TopGraphQuestion } from '../questions';
import type { PageCollection } from './page-collection';

export function topGraphOf(c: PageCollection, q: TopGraphQuestion): TopGraphAnswer {
  const top = collectionTopGraph(c.papers, c.people, q.top, { minPapers: q.minPapers });
  return { ...top, pairs: pairsOf(c.papers, c.people).pairs };
}

const pairsOf = memoByList(coauthorPairs);

const graphOf = memoByList(
  (papers: readonly Paper[], people: PageCollection['people'], only: ReadonlySet<string> | null) =>
    buildCoauthorGraph(papers, people, only ? { only } : {}),
);
/** The `only` sets of recent questions by their ids, so that equal questions reuse one graph. */
const onlySets = new Map<string, ReadonlySet<string>>();

export function graphOfFilter(c: PageCollection, papers: readonly Paper[], q: GraphQuestion): GraphAnswer {
  const graph = graphOf(papers, c.people, q.only ? onlyOf(q.only) : null);
  let truncated = 0;
  for (const p of papers) if (p.authorsTruncated) truncated++;
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    papers: papers.length,
    truncated,
    ...pairsOf(papers, c.people),
  };
}

function onlyOf(ids: readonly string[]): ReadonlySet<string> {
  const key = ids.join('\n');
  let set = onlySets.get(key);
  if (!set) {
    if (onlySets.size > 8) onlySets.clear();
    onlySets.set(key, (set = new Set(ids)));
  }
  return set;
}
