/**
 * coauthor-pairs: what the network's "drawn of total" words cost. The top-graph answer now also
 * counts every distinct coauthor pair of the collection (`model/coauthor-pairs.ts`); measured
 * beside the top graph itself (500 people and their backbone), on 10^5 generated papers, both
 * from the person codes by paper (built once, timed apart).
 */
import { parseArxivJsonl } from '../src/lib/data/arxiv-jsonl';
import { codeRows, pairsOfRows } from '../src/lib/model/coauthor-pairs';
import { mergePeople } from '../src/lib/model/name-merge';
import { collectionTopGraph } from '../src/lib/model/network-top';
import { interleave, ms } from './stats';

export function runCoauthorPairsBench(lines: readonly string[], rounds: number) {
  const papers = parseArxivJsonl(lines.join('\n'), { file: 'bench.jsonl' }).papers;
  const people = mergePeople(papers, { owner: null });
  // The person codes by paper, built once per collection as the page source keeps them.
  const rowsStart = performance.now();
  const rows = codeRows(papers, people);
  const rowsMs = performance.now() - rowsStart;
  let pairs = 0;
  const timing = interleave(rounds, () => null, {
    pairs: () => (pairs = pairsOfRows(rows, null).pairs),
    topGraph: () => collectionTopGraph(papers, people, 500, { rows }).edges.length,
  });
  return {
    name: 'coauthor-pairs',
    papers: papers.length,
    people: people.people.length,
    pairs,
    rows_ms: ms(rowsMs),
    pairs_ms: ms(timing.pairs.median),
    top_graph_ms: ms(timing.topGraph.median),
    rounds,
  };
}
