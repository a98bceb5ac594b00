/** The network's answers from the page's collection: the people it places, and their graph under a filter. */
import type { Paper } from '../../data/paper';
import { buildCoauthorGraph } from '../../model/coauthor-graph';
import { primaryGroup } from '../../model/group-info';
import type { GroupKind } from '../../model/group-kinds';
import { memoByList } from '../../model/memo-by-list';
import { collectionTopGraph } from '../../model/network-top';
import { coauthorPairs } from '../../model/coauthor-pairs';
import type { GraphAnswer, GraphQuestion, TopGraphAnswer, TopGraphQuestion } from '../questions';
import type { PageCollection } from './page-collection';

/** A person's `category` under a kind: the paper's primary group (none without a value, as ever). */
const GROUP_OF: { [K in GroupKind]: (p: Paper) => string | undefined } = {
  category: (p) => primaryGroup(p, 'category') || undefined,
  field: (p) => primaryGroup(p, 'field') || undefined,
  venue: (p) => primaryGroup(p, 'venue') || undefined,
  keyword: (p) => primaryGroup(p, 'keyword') || undefined,
  type: (p) => primaryGroup(p, 'type') || undefined,
};

export function topGraphOf(c: PageCollection, q: TopGraphQuestion): TopGraphAnswer {
  const groupOf = GROUP_OF[q.group ?? 'category'];
  const top = collectionTopGraph(c.papers, c.people, q.top, { minPapers: q.minPapers, groupOf });
  return { ...top, pairs: pairsOf(c.papers, c.people).pairs };
}

const pairsOf = memoByList(coauthorPairs);

// The accessor is one object per kind, so the memo keeps one graph per list, people, `only` and kind.
const graphOf = memoByList(
  (
    papers: readonly Paper[],
    people: PageCollection['people'],
    only: ReadonlySet<string> | null,
    groupOf: (p: Paper) => string | undefined,
  ) => buildCoauthorGraph(papers, people, only ? { only, groupOf } : { groupOf }),
);
/** The `only` sets of recent questions by their ids, so that equal questions reuse one graph. */
const onlySets = new Map<string, ReadonlySet<string>>();

export function graphOfFilter(c: PageCollection, papers: readonly Paper[], q: GraphQuestion): GraphAnswer {
  const graph = graphOf(papers, c.people, q.only ? onlyOf(q.only) : null, GROUP_OF[q.group ?? 'category']);
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
