/**
 * Category trends: each category's share of a year's papers (or, with cross-lists, of its
 * listings) as a normalised stacked area; minor categories fold into "Other". Its own clause is
 * the categories view's: clicking a category filters by it.
 */
import { categoryTrendsExport } from './trends-export';
import {
  extendColors,
  foldMinor,
  OTHER,
  type CategoryMode,
  type CategoryShare,
} from '../model/category-trends';
import { NO_GROUP } from '../model/group-info';
import { FOLDED_COLOR } from '../model/palette';
import type { GroupKind } from '../model/group-kinds';
import type { YearSpan } from '../model/timeline';
import { clauseValue, filterWithout, type Filter } from '../source/filter';
import type { CountsAnswer, CountsQuestion } from '../source/questions';
import { groupIds } from '../state/clauses';
import { trendSpanOf } from './trend-span';
import { answer, yearsOf, type ViewRecipe } from './view';

/** Categories drawn before the rest fold into OTHER. */
export const SHOWN_CATEGORIES = 8;

export function categoryTrendsQuestion(
  filter: Filter,
  mode: CategoryMode,
  group: GroupKind = 'category',
): CountsQuestion {
  return {
    kind: 'counts',
    filter: filterWithout(filter, 'categories'),
    period: 'year',
    categories: mode === 'primary' ? 'primary' : 'listed',
    group,
  };
}

/**
 * Groups by their count over all years (descending, ties by name), then one row per group and
 * year of the span; a year without papers has share NaN (a gap, not a zero). The papers without
 * a group ('') are a group too, last: a year of such papers is a year with papers.
 */
export function categorySharesOf(counts: CountsAnswer, span: YearSpan): CategoryShare[] {
  const years = span.last - span.first + 1;
  const totals = new Float64Array(years);
  const byCat = new Map<string, Float64Array>();
  const sums = new Map<string, number>();
  for (const c of counts.cells) {
    const y = Number(c.period) - span.first;
    sums.set(c.category, (sums.get(c.category) ?? 0) + c.count);
    if (y < 0 || y >= years) continue;
    let row = byCat.get(c.category);
    if (!row) byCat.set(c.category, (row = new Float64Array(years)));
    row[y] += c.count;
    totals[y] += c.count;
  }
  const order = [...sums.keys()].sort(
    (a, b) =>
      Number(a === NO_GROUP) - Number(b === NO_GROUP) || sums.get(b)! - sums.get(a)! || a.localeCompare(b),
  );
  const rows: CategoryShare[] = [];
  for (const cat of order) {
    const row = byCat.get(cat);
    for (let y = 0; y < years; y++) {
      const count = row?.[y] ?? 0;
      rows.push({ year: span.first + y, category: cat, count, share: totals[y] ? count / totals[y] : NaN });
    }
  }
  return rows;
}

/**
 * The rows drawn: the top groups, OTHER, then the papers without a group (never folded away),
 * with colours for those only cross-listed (the group without a value stays grey).
 */
export function categoryTrendsOf(counts: CountsAnswer, span: YearSpan, colors: ReadonlyMap<string, string>) {
  const shares = categorySharesOf(counts, span);
  const rows = [
    ...foldMinor(
      shares.filter((r) => r.category !== NO_GROUP),
      SHOWN_CATEGORIES,
    ),
    ...shares.filter((r) => r.category === NO_GROUP),
  ];
  const cats = [...new Set(rows.map((r) => r.category))];
  const palette = extendColors(
    colors,
    cats.filter((c) => c !== OTHER && c !== NO_GROUP),
  );
  // Both greys drawn at once: "Other" takes the darker one.
  if (cats.includes(OTHER) && cats.includes(NO_GROUP)) palette.set(OTHER, FOLDED_COLOR);
  return { rows, palette };
}

export const CATEGORY_TRENDS: ViewRecipe = {
  id: 'category-trends',
  title: 'Category trends',
  own: 'categories',
  async exportOf(frame) {
    const span = trendSpanOf(frame);
    const counts = await answer(
      frame.source.ask(categoryTrendsQuestion(frame.filter, 'primary', frame.group)),
    );
    const { rows, palette } = categoryTrendsOf(counts, span, frame.colors);
    return categoryTrendsExport(
      {
        rows,
        colors: palette,
        selected: new Set(groupIds(clauseValue(frame.filter, 'categories'), frame.group)),
        years: yearsOf(span),
      },
      { width: frame.width ?? 480, height: 300, filters: frame.labels },
      frame.group,
    );
  },
};
