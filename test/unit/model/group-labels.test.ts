/**
 * OpenAlex topics and Semantic Scholar fields of study, from the real fixtures: every group has
 * one label without the internal prefix (never "X — X"), and its own colour, which is never the
 * grey of "no category".
 */
import { describe, expect, it } from 'vitest';
import { categoryTrendsSummary } from '../../../src/lib/views/category-trends-text';
import { categoryInfo, categoryShort, categoryTitle, titleOf } from '../../../src/lib/data/category-label';
import { parseOpenAlex } from '../../../src/lib/data/openalex';
import { parseSemanticScholar } from '../../../src/lib/data/semantic-scholar';
import { extendColors } from '../../../src/lib/model/category-trends';
import { categoryShares } from '../../helpers/category-shares';
import { categoryColors, distinctColors, OTHER_COLOR } from '../../../src/lib/model/palette';
import { yearSpan } from '../../../src/lib/model/timeline';
import { categoriesClause } from '../../../src/lib/state/clauses';
import { realText } from '../../helpers/real-fixtures';

const FIXTURES = {
  openalex: parseOpenAlex(realText('openalex_works_list_50_cursor.json'), { file: 'openalex.json' }).papers,
  s2: parseSemanticScholar(realText('s2_author_with_papers_turing.json'), { file: 's2.json' }).papers,
};
const PREFIX = /\b(?:openalex|s2):/;

/** Near-grey: the channels within 24 of each other. */
const greyish = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Math.max(r, g, b) - Math.min(r, g, b) < 24;
};

describe.each(Object.entries(FIXTURES))('%s groups', (name, papers) => {
  const groups = [...new Set(papers.flatMap((p) => p.categories))];

  it('are stored with the scheme prefix (the URL keeps the ids)', () => {
    expect(groups.length).toBeGreaterThan(8);
    for (const g of groups) expect(g).toMatch(name === 'openalex' ? /^openalex:/ : /^s2:/);
  });

  it('read with one label and no prefix', () => {
    for (const g of groups) {
      const title = categoryTitle(g);
      expect(title).not.toMatch(PREFIX);
      expect(title).toBe(categoryShort(g));
      expect(title).not.toMatch(/^(.+) — \1$/);
    }
    const first = categoryInfo(groups[0]);
    expect(titleOf(first)).toBe(categoryShort(groups[0]));
    const clause = categoriesClause(groups.slice(0, 2));
    expect(clause.label).not.toMatch(PREFIX);
    expect(clause.description).not.toMatch(PREFIX);
  });

  it('each have their own colour, none grey', () => {
    const colors = categoryColors(papers);
    const primaries = new Set(papers.flatMap((p) => p.categories.slice(0, 1)));
    expect(colors.size).toBe(primaries.size);
    const values = [...colors.values()];
    expect(new Set(values).size).toBe(values.length);
    for (const c of values) {
      expect(c).not.toBe(OTHER_COLOR);
      expect(greyish(c), c).toBe(false);
    }
  });

  it('name the category trends summary without a prefix', () => {
    const span = yearSpan(papers)!;
    const rows = categoryShares(papers, span, 'primary');
    expect(categoryTrendsSummary(rows, 'primary')).not.toMatch(PREFIX);
  });
});

describe('distinct colours', () => {
  it('go on past the palette without repeating or turning grey', () => {
    const colors = distinctColors(200);
    expect(new Set(colors).size).toBe(200);
    expect(colors.filter(greyish)).toEqual([]);
  });

  it('cross-listed-only categories get colours no primary category has', () => {
    const base = categoryColors(FIXTURES.openalex);
    const extra = ['openalex:A', 'openalex:B'];
    const out = extendColors(base, extra);
    const taken = new Set(base.values());
    for (const c of extra) expect(taken.has(out.get(c)!)).toBe(false);
    expect(out.get('openalex:A')).not.toBe(out.get('openalex:B'));
  });
});
