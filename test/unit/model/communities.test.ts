import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { buildCoauthorGraph } from '../../../src/lib/model/coauthor-graph';
import { collectionCommunities, detectCommunities } from '../../../src/lib/model/communities';
import { mergePeople } from '../../../src/lib/model/name-merge';

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers, profile } = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });
const people = mergePeople(papers, { owner: profile!.name });
const graph = buildCoauthorGraph(papers, people);

describe('communities', () => {
  it('gives the same partition for the same seed, run twice', () => {
    const a = detectCommunities(graph, { seed: 7 });
    const b = detectCommunities(graph, { seed: 7 });
    expect([...b]).toEqual([...a]);
    expect([...detectCommunities(graph, { seed: 1 })]).toEqual([...detectCommunities(graph, { seed: 1 })]);
  });

  it('leaves the owner out and numbers communities by size', () => {
    const byPerson = detectCommunities(graph);
    const owner = people.resolve('Mike Walmsley')!;
    expect(byPerson.has(owner)).toBe(false);
    expect(byPerson.size).toBe(people.people.length - 1);
    const sizes = [...new Set(byPerson.values())].map(
      (c) => [...byPerson.values()].filter((v) => v === c).length,
    );
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });

  it('splits the bundled profile into 9 groups, the largest around the radio-galaxy work', () => {
    const { list } = collectionCommunities(papers, people);
    expect(list).toHaveLength(9);
    const names = list[0].members.map((id) => people.byId.get(id)!.name);
    expect(names).toContain('Anna M. M. Scaife');
    expect(list[0].terms).toContain('radio galaxy');
    expect(list[0].categories[0]).toBe('astro-ph.GA');
    expect(list[0].papers).toBe(7);
  });

  it('does not modify the graph', () => {
    const before = JSON.stringify(graph);
    detectCommunities(graph, { seed: 3 });
    expect(JSON.stringify(graph)).toBe(before);
  });
});
