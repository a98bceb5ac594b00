import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makePaper } from '../../../src/lib/data/paper';
import { buildCoauthorGraph } from '../../../src/lib/model/coauthor-graph';
import { codeRows, pairsOfRows } from '../../../src/lib/model/coauthor-pairs';
import { mergePeople } from '../../../src/lib/model/name-merge';

const NAMES = ['Ann Lee', 'A. Lee', 'Bo Li', 'Cy Ng', 'Di Wu', 'Eve Ma', 'Fu Xi', 'Gil Ode', 'Hal Pi'];

describe('pairsOfRows', () => {
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
        const expected = { people: graph.nodes.length, pairs: graph.edges.length };
        expect(pairsOfRows(codeRows(subset, people), null)).toEqual(expected);
        // The same from the rows of the whole list, at the subset's indexes.
        const indexes = Int32Array.from(papers.flatMap((_, i) => (keep[i] ? [i] : [])));
        expect(pairsOfRows(codeRows(papers, people), indexes)).toEqual(expected);
        // The graph of a few people drawn passes over the other papers by their rows, alike.
        const only = new Set(people.people.filter((_, i) => i % 2 === 0).map((p) => p.id));
        const rows = { table: codeRows(papers, people), indexes };
        expect(buildCoauthorGraph(subset, people, { only, rows })).toEqual(
          buildCoauthorGraph(subset, people, { only }),
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
