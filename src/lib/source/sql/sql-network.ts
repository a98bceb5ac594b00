/**
 * The network's answers in SQL: the people it places (the collection's top people and a backbone
 * of their links, as `collectionTopGraph`) and the graph of a filter's papers among some people.
 */
import { topPeopleGraph } from '../../model/network-top';
import type { GraphAnswer, GraphQuestion, TopGraphAnswer, TopGraphQuestion } from '../questions';
import { int } from './dialect';
import { TRUE } from './engine';
import { graphAmong, pairCount } from './graph-sql';
import type { SqlScope } from './scope';

export async function topGraphAnswer(s: SqlScope, q: TopGraphQuestion): Promise<TopGraphAnswer> {
  const above = `papers >= ${int(q.minPapers)} OR is_owner = 1`;
  const P = s.t('people');
  const [count, top] = await Promise.all([
    s.rows(`SELECT count() FROM ${P} WHERE ${above}`),
    s.rows(`SELECT code FROM ${P} WHERE ${above} ORDER BY code LIMIT ${int(q.top)}`),
  ]);
  const chosen = top.map(([c]) => Number(c));
  const owner = s.stored.ownerCode;
  if (owner !== null && !chosen.includes(owner)) chosen.push(owner);
  const [graph, all] = await Promise.all([graphAmong(s, TRUE, chosen, q.group), collectionPairs(s)]);
  // Every node is kept (minPapers 0, limit = all): this only picks the backbone of their links.
  const top2 = topPeopleGraph(graph, graph.nodes.length, { minPapers: 0 });
  return {
    nodes: graph.nodes,
    edges: top2.edges,
    eligible: Number(count[0][0]),
    hiddenPeople: s.stored.info.people - graph.nodes.length,
    hiddenEdges: top2.hiddenEdges,
    pairs: all.pairs,
  };
}

/** The whole collection's people and pairs: counted once per loaded collection. */
const wholePairs = new WeakMap<object, Promise<{ people: number; pairs: number }>>();
function collectionPairs(s: SqlScope) {
  let counted = wholePairs.get(s.stored);
  if (!counted) wholePairs.set(s.stored, (counted = pairCount(s, TRUE)));
  return counted;
}

export async function graphAnswer(s: SqlScope, q: GraphQuestion): Promise<GraphAnswer> {
  const where = await s.where(q.filter);
  const only = q.only === null ? null : (await s.personCodes(q.only)).filter((c) => c !== null);
  const [graph, counts, drawnOf] = await Promise.all([
    graphAmong(s, where, only, q.group),
    s.rows(`SELECT count(), sum(truncated) FROM ${s.t('papers')} WHERE ${where}`),
    where === TRUE ? collectionPairs(s) : pairCount(s, where),
  ]);
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    papers: Number(counts[0][0]),
    truncated: Number(counts[0][1] ?? 0),
    ...drawnOf,
  };
}
