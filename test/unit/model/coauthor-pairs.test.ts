import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makePaper } from '../../../src/lib/data/paper';
import { buildCoauthorGraph } from '../../../src/lib/model/coauthor-graph';
import { coauthorPairs } from '../../../src/lib/model/coauthor-pairs';
import { mergePeople } from '../../../src/lib/model/name-merge';

const NAMES = ['Ann Lee', 'A. Lee', 'Bo Li', 'Cy Ng', 'Di Wu', 'Eve Ma', 'Fu Xi', 'Gil Ode', 'Hal Pi'];

describe('coauthorPairs', () => {
  it('counts the people and the links of the whole coauthor graph of any subset of papers', () => {
    const authorLists = fc.array(fc.array(fc.constantFrom(...NAMES), { maxLength: 6 }), { maxLength: 30 });
    fc.assert(
      fc.property(authorLists, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (lists, keep) => {
        const papers = lists.map((authors, i) =>
          makePaper({ id: `p${i}`, title: `P${i}`, authors, source: { file: 't' } }),
        );
        const people = mergePeople(papers);
        const subset = papers.filter((_, i) => keep[i]);
        const graph = buildCoauthorGraph(subset, people);
        expect(coauthorPairs(subset, people)).toEqual({
          people: graph.nodes.length,
          pairs: graph.edges.length,
        });
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
