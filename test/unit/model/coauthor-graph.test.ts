import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { buildCoauthorGraph, countCoauthorships, topCoauthors } from '../../../src/lib/model/coauthor-graph';
import { mergePeople } from '../../../src/lib/model/name-merge';

const paper = (id: string, authors: string[], year: number, category: string, truncated = false): Paper =>
  makePaper({
    id,
    title: id,
    source: { file: 't' },
    authors,
    year,
    categories: [category],
    authorsTruncated: truncated,
  });

describe('buildCoauthorGraph on hand-made papers', () => {
  const papers = [
    paper('p1', ['Ann Lee', 'Bo Li', 'Cy Ng'], 2020, 'astro-ph.GA'),
    paper('p2', ['A. Lee', 'Bo Li'], 2021, 'cs.LG'),
    paper('p3', ['Ann Lee', 'Di Wu'], 2019, 'cs.LG'),
  ];
  const people = mergePeople(papers);
  const graph = buildCoauthorGraph(papers, people);

  it('makes one node per person with papers, category and years', () => {
    expect(graph.nodes.map((n) => [n.id, n.papers, n.category, n.firstYear, n.meanYear])).toEqual([
      ['lee|ann', 3, 'cs.LG', 2019, 2020],
      ['li|bo', 2, 'astro-ph.GA', 2020, 2020.5], // 1 GA + 1 LG: tie → alphabetical
      ['ng|cy', 1, 'astro-ph.GA', 2020, 2020],
      ['wu|di', 1, 'cs.LG', 2019, 2019],
    ]);
    expect(graph.nodes[0]).toMatchObject({ name: 'Ann Lee', forms: ['Ann Lee', 'A. Lee'], isOwner: false });
  });

  it('joins every two people on a paper, weighted by joint papers, ids in order', () => {
    expect(graph.edges).toEqual([
      { source: 'lee|ann', target: 'li|bo', weight: 2, firstYear: 2020 },
      { source: 'lee|ann', target: 'ng|cy', weight: 1, firstYear: 2020 },
      { source: 'lee|ann', target: 'wu|di', weight: 1, firstYear: 2019 },
      { source: 'li|bo', target: 'ng|cy', weight: 1, firstYear: 2020 },
    ]);
    expect(countCoauthorships(graph)).toBe(4);
  });

  it('counts over the papers passed in', () => {
    const g = buildCoauthorGraph(papers.slice(1), people);
    expect(g.nodes.map((n) => `${n.id}:${n.papers}`)).toEqual(['lee|ann:2', 'li|bo:1', 'wu|di:1']);
    expect(g.edges.map((e) => e.weight)).toEqual([1, 1]);
  });

  it('drops people below minPapers with their edges, never the owner', () => {
    expect(buildCoauthorGraph(papers, people, { minPapers: 2 })).toMatchObject({
      nodes: [{ id: 'lee|ann' }, { id: 'li|bo' }],
      edges: [{ source: 'lee|ann', target: 'li|bo', weight: 2 }],
    });
    const owned = mergePeople(papers, { owner: 'Di Wu' });
    const g = buildCoauthorGraph(papers, owned, { minPapers: 4 });
    expect(g.nodes.map((n) => [n.id, n.papers, n.isOwner])).toEqual([['wu|di', 3, true]]);
    expect(g.edges).toEqual([]);
  });

  it('ranks the owner’s coauthors by joint papers, then name', () => {
    expect(topCoauthors(papers, people, 'lee|ann')).toEqual([
      { id: 'li|bo', name: 'Bo Li', papers: 2 },
      { id: 'ng|cy', name: 'Cy Ng', papers: 1 },
      { id: 'wu|di', name: 'Di Wu', papers: 1 },
    ]);
  });

  it('resolves the authors of papers the index has not seen', () => {
    const extra = paper('p4', ['Bo Li', 'Cy Ng', 'Zed Unknown'], 2022, 'cs.LG');
    const g = buildCoauthorGraph([extra], people);
    expect(g.nodes.map((n) => n.id)).toEqual(['li|bo', 'ng|cy']);
  });

  it('does not modify its input', () => {
    const before = structuredClone(papers);
    buildCoauthorGraph(papers, people, { minPapers: 2 });
    topCoauthors(papers, people, 'lee|ann');
    expect(papers).toEqual(before);
  });
});

describe('buildCoauthorGraph on the bundled profile', () => {
  const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
  const { papers, profile } = parseProfileText(seed, { file: 'x', asOf: '2026-11-26' });
  const people = mergePeople(papers, { owner: profile!.name });
  const graph = buildCoauthorGraph(papers, people);
  const owner = 'walmsley|mike';

  it('has the 29 people and 56 coauthor pairs counted by hand', () => {
    // Pairs per paper: 7 papers of 3 people (owner listed) → 21, 2 papers of 2 → 2, 7 papers of
    // 3 listed + the owner behind "et al." → 42; 65 in all, 56 distinct (9 repeats).
    expect(graph.nodes).toHaveLength(29);
    expect(countCoauthorships(graph)).toBe(56);
    expect(graph.edges.reduce((n, e) => n + e.weight, 0)).toBe(65);
    expect(graph.edges.filter((e) => e.source === owner || e.target === owner)).toHaveLength(28);
    for (const e of graph.edges) expect(e.source < e.target).toBe(true);
  });

  it('weights the strongest ties', () => {
    expect(graph.edges.slice(0, 4).map((e) => `${e.source}–${e.target}:${e.weight}`)).toEqual([
      'scaife|anna-m-m–walmsley|mike:5',
      'bowles|micah–walmsley|mike:3',
      'lintott|chris–walmsley|mike:3',
      'slijepcevic|inigo-val–walmsley|mike:2',
    ]);
    expect(graph.edges[4].weight).toBe(1);
  });

  it('describes the owner and a frequent coauthor', () => {
    expect(graph.nodes[0]).toMatchObject({
      id: owner,
      papers: 16,
      isOwner: true,
      category: 'astro-ph.GA',
      firstYear: 2019,
      meanYear: 2022.875,
    });
    expect(graph.nodes[1]).toMatchObject({ name: 'Anna M. M. Scaife', papers: 5, category: 'astro-ph.GA' });
  });

  it('lists the owner’s top coauthors', () => {
    expect(topCoauthors(papers, people, owner).slice(0, 4)).toEqual([
      { id: 'scaife|anna-m-m', name: 'Anna M. M. Scaife', papers: 5 },
      { id: 'lintott|chris', name: 'Chris Lintott', papers: 3 },
      { id: 'bowles|micah', name: 'Micah Bowles', papers: 3 },
      { id: 'slijepcevic|inigo-val', name: 'Inigo Val Slijepcevic', papers: 2 },
    ]);
    expect(topCoauthors(papers, people, owner)).toHaveLength(28);
  });

  it('keeps only the owner and repeat coauthors with minPapers 2', () => {
    const g = buildCoauthorGraph(papers, people, { minPapers: 2 });
    expect(g.nodes.map((n) => n.name)).toEqual([
      'Mike Walmsley',
      'Anna M. M. Scaife',
      'Chris Lintott',
      'Micah Bowles',
      'Inigo Val Slijepcevic',
    ]);
    // 4 ties to the owner + Slijepcevic–Scaife, Slijepcevic–Bowles, Bowles–Scaife, Scaife–Lintott.
    expect(countCoauthorships(g)).toBe(8);
  });
});
