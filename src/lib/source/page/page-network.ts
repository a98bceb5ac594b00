/** The network's answers from the page's collection: the people it places, and their graph under a filter. */
import type { Paper } from '../../data/paper';
import { buildCoauthorGraph } from '../../model/coauthor-graph';
import { primaryGroup } from '../../model/group-info';
import type { GroupKind } from '../../model/group-kinds';
import { memoByList } from '../../model/memo-by-list';
import { collectionTopGraph } from '../../model/network-top';
import { codeRows, pairsOfRows } from '../../model/coauthor-pairs';
import type { GraphAnswer, GraphQuestion, TopGraphAnswer, TopGraphQuestion } from '../questions';
import type { PageCollection } from './page-collection';
import type { Selected } from './page-filter';

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
  const rows = codeRows(c.papers, c.people);
  const top = collectionTopGraph(c.papers, c.people, q.top, { minPapers: q.minPapers, groupOf, rows });
  return { ...top, pairs: pairsOf(c.papers, c, null).pairs };
}

/** People and pairs of a selection (`papers` with their `indexes` in the collection; null: all). */
const pairsOf = memoByList((papers: readonly Paper[], c: PageCollection, indexes: Int32Array | null) =>
  pairsOfRows(codeRows(c.papers, c.people), indexes),
);

// The accessor is one object per kind, so the memo keeps one graph per list, collection, indexes,
// `only` and kind.
const graphOf = memoByList(
  (
    papers: readonly Paper[],
    c: PageCollection,
    indexes: Int32Array | null,
    only: ReadonlySet<string> | null,
    groupOf: (p: Paper) => string | undefined,
  ) =>
    buildCoauthorGraph(
      papers,
      c.people,
      only ? { only, groupOf, rows: { table: codeRows(c.papers, c.people), indexes } } : { groupOf },
    ),
);
/** The `only` sets of recent questions by their ids, so that equal questions reuse one graph. */
const onlySets = new Map<string, ReadonlySet<string>>();

export function graphOfFilter(
  c: PageCollection,
  { papers, indexes }: Selected,
  q: GraphQuestion,
): GraphAnswer {
  const graph = graphOf(papers, c, indexes, q.only ? onlyOf(q.only) : null, GROUP_OF[q.group ?? 'category']);
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    papers: papers.length,
    truncated: truncatedOf(papers),
    ...pairsOf(papers, c, indexes),
  };
}

// A pass over every paper of the list, as long as the graph's own at 10^6 papers (each paper is
// a memory read away): remembered per list too.
const truncatedOf = memoByList((papers: readonly Paper[]) => {
  let truncated = 0;
  for (const p of papers) if (p.authorsTruncated) truncated++;
  return truncated;
});

function onlyOf(ids: readonly string[]): ReadonlySet<string> {
  const key = ids.join('\n');
  let set = onlySets.get(key);
  if (!set) {
    if (onlySets.size > 8) onlySets.clear();
    onlySets.set(key, (set = new Set(ids)));
  }
  return set;
}
