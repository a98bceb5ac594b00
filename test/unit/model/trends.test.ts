import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { extendColors } from '../../../src/lib/model/category-trends';
import { categoryShares } from '../../helpers/category-shares';
import { collaborationByYear } from '../../../src/lib/model/collaboration';
import { peopleOfPaper } from '../../../src/lib/model/coauthor-graph';
import { mergePeople, type PeopleIndex } from '../../../src/lib/model/name-merge';
import { createSynthetic } from '../../../src/dev/synthetic';
import { arxivLines } from '../../../src/dev/synthetic-record';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';
import type { Paper } from '../../../src/lib/data/paper';
import type { YearSpan } from '../../../src/lib/model/timeline';
import { yearSpan } from '../../../src/lib/model/timeline';

const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
const { papers, profile } = parseProfileText(seed, { file: 'seed', asOf: '2026-11-26' });
const people = mergePeople(papers, { owner: profile!.name });
const span = yearSpan(papers)!;

describe('collaboration by year', () => {
  it('splits each year’s coauthors into new and returning, without the owner', () => {
    const rows = collaborationByYear(papers, people, span);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(rows[0]).toMatchObject({ returning: 0 });
    expect(rows.find((r) => r.year === 2020)).toMatchObject({ papers: 0, coauthors: 0 });
    // Every coauthor is new exactly once.
    expect(rows.reduce((n, r) => n + r.newCoauthors, 0)).toBe(people.people.length - 1);
    for (const r of rows) expect(r.newCoauthors + r.returning).toBe(r.coauthors);
  });
});

/** The definition, with a set of person ids per year: what the typed-array version must equal. */
function collaborationBySets(papers: readonly Paper[], index: PeopleIndex, years: YearSpan) {
  const owners = new Set(index.people.filter((p) => p.isOwner).map((p) => p.id));
  const rows = [];
  const seen = new Set<string>();
  for (let year = years.first; year <= years.last; year++) {
    const those = papers.filter((p) => p.year === year);
    const ids = new Set(those.flatMap((p) => peopleOfPaper(p, index)).filter((id) => !owners.has(id)));
    const fresh = [...ids].filter((id) => !seen.has(id)).length;
    rows.push({
      year,
      papers: those.length,
      coauthors: ids.size,
      newCoauthors: fresh,
      returning: ids.size - fresh,
    });
    for (const id of ids) seen.add(id);
  }
  return rows;
}

describe('collaboration by year, typed arrays against sets', () => {
  const generated = parseArxivJsonl(
    [...arxivLines(createSynthetic({ papers: 3000, seed: 7 }), 7)].join('\n'),
    {
      file: 'g.jsonl',
    },
  ).papers;
  const generatedPeople = mergePeople(generated);
  const generatedSpan = yearSpan(generated)!;

  it('equals the set definition on any subset of a generated collection and of the profile', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: generated.length, maxLength: generated.length }),
        (keep) => {
          const subset = generated.filter((_, i) => keep[i]);
          expect(collaborationByYear(subset, generatedPeople, generatedSpan)).toEqual(
            collaborationBySets(subset, generatedPeople, generatedSpan),
          );
        },
      ),
      { numRuns: 20 },
    );
    expect(collaborationByYear(papers, people, span)).toEqual(collaborationBySets(papers, people, span));
    // A span narrower than the papers': papers outside it are left out.
    const narrow = { first: 2021, last: 2023 };
    expect(collaborationByYear(papers, people, narrow)).toEqual(collaborationBySets(papers, people, narrow));
  });
});

/** The definition, with a map of year counts per category: what the typed version must equal. */
function sharesByMaps(papers: readonly Paper[], years: YearSpan, mode: 'primary' | 'all') {
  const counts = new Map<string, Map<number, number>>();
  const totals = new Map<number, number>();
  for (const p of papers) {
    if (p.year === null) continue;
    for (const c of mode === 'primary' ? p.categories.slice(0, 1) : p.categories) {
      if (!counts.has(c)) counts.set(c, new Map());
      const m = counts.get(c)!;
      m.set(p.year, (m.get(p.year) ?? 0) + 1);
      totals.set(p.year, (totals.get(p.year) ?? 0) + 1);
    }
  }
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const order = [...counts].sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]));
  return order.flatMap(([category, m]) =>
    Array.from({ length: years.last - years.first + 1 }, (_, i) => {
      const year = years.first + i;
      const total = totals.get(year) ?? 0;
      const count = m.get(year) ?? 0;
      return { year, category, count, share: total ? count / total : NaN };
    }),
  );
}

describe('category shares, typed against maps', () => {
  const generated = parseArxivJsonl(
    [...arxivLines(createSynthetic({ papers: 3000, seed: 5 }), 5)].join('\n'),
    {
      file: 'g.jsonl',
    },
  ).papers;
  it('equals the map definition on any subset, both modes, also with a narrower span', () => {
    const full = yearSpan(generated)!;
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: generated.length, maxLength: generated.length }),
        fc.constantFrom<'primary' | 'all'>('primary', 'all'),
        fc.integer({ min: 0, max: 10 }),
        (keep, mode, trim) => {
          const subset = generated.filter((_, i) => keep[i]);
          const span = { first: full.first + trim, last: full.last - trim };
          expect(categoryShares(subset, span, mode)).toEqual(sharesByMaps(subset, span, mode));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('category shares', () => {
  const cross = [
    makePaper({ title: 'a', year: 2020, categories: ['astro-ph.GA', 'cs.LG'], source: { file: 't' } }),
    makePaper({ title: 'b', year: 2020, categories: ['astro-ph.GA'], source: { file: 't' } }),
    makePaper({ title: 'c', year: 2022, categories: ['cs.LG'], source: { file: 't' } }),
  ];
  it('counts primary categories once per paper; each year adds up to 1; empty years are gaps', () => {
    const rows = categoryShares(cross, { first: 2020, last: 2022 }, 'primary');
    expect(rows.filter((r) => r.year === 2020).map((r) => [r.category, r.share])).toEqual([
      ['astro-ph.GA', 1],
      ['cs.LG', 0],
    ]);
    expect(rows.filter((r) => r.year === 2021).every((r) => Number.isNaN(r.share))).toBe(true);
  });
  it('counts cross-lists in "all" mode', () => {
    const rows = categoryShares(cross, { first: 2020, last: 2022 }, 'all');
    expect(rows.filter((r) => r.year === 2020).map((r) => [r.category, r.count, r.share])).toEqual([
      ['astro-ph.GA', 2, 2 / 3],
      ['cs.LG', 1, 1 / 3],
    ]);
  });
  it('gives cross-listed-only categories unused palette colours', () => {
    const base = new Map([['astro-ph.GA', '#0072B2']]);
    const out = extendColors(base, ['astro-ph.GA', 'cs.LG']);
    expect(out.get('astro-ph.GA')).toBe('#0072B2');
    expect(out.get('cs.LG')).toBe('#E69F00');
    expect(base.size).toBe(1);
  });
});
