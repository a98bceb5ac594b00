/**
 * The categories view: every primary category of the collection, grouped by archive, with its
 * papers in the selection over its papers in all. Its own clause is a set of categories.
 */
import { count, formatCount } from '../text/count-words';
import { categoryLines } from './categories-spec';
import { categoriesExport } from './categories-export';
import { categoryRowsFromCounts, type CategoryCount } from '../model/category-counts';
import { clauseValue, filterWithout, NO_FILTER, type Filter } from '../source/filter';
import type { CountsAnswer, CountsQuestion } from '../source/questions';
import { answer, type ViewRecipe } from './view';

export function categoriesQuestions(filter: Filter): { shown: CountsQuestion; all: CountsQuestion } {
  const ask = (f: Filter): CountsQuestion => ({
    kind: 'counts',
    filter: f,
    period: 'year',
    categories: 'primary',
  });
  return { shown: ask(filterWithout(filter, 'categories')), all: ask(NO_FILTER) };
}

/** Papers per primary category, dated or not; papers without a category left out. */
export function perCategory(counts: CountsAnswer): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of [...counts.cells, ...counts.undated])
    if (c.category !== '') out[c.category] = (out[c.category] ?? 0) + c.count;
  return out;
}

export function categoryRowsOf(shown: CountsAnswer, all: CountsAnswer): CategoryCount[] {
  return categoryRowsFromCounts(perCategory(all), perCategory(shown));
}

/** Papers in the answer without a category. */
export function uncategorised(counts: CountsAnswer): number {
  let n = 0;
  for (const c of [...counts.cells, ...counts.undated]) if (c.category === '') n += c.count;
  return n;
}

export function categoriesSummary(rows: readonly CategoryCount[], shown: CountsAnswer): string {
  const top = [...rows].sort((a, b) => b.count - a.count)[0];
  const n = rows.filter((r) => r.count > 0).length;
  const none = uncategorised(shown);
  const text =
    top && top.count > 0
      ? `${n} of ${count(rows.length, 'category', 'categories')} in the selection; most papers in ${top.short} (${formatCount(top.count)}).`
      : none
        ? 'No categorised papers in the selection.'
        : 'No papers in the selection.';
  return none ? `${text} ${count(none, 'paper')} ${none === 1 ? 'has' : 'have'} no category.` : text;
}

export const CATEGORIES: ViewRecipe = {
  id: 'categories',
  title: 'Categories',
  own: 'categories',
  async exportOf(frame) {
    const q = categoriesQuestions(frame.filter);
    const [shown, all] = await Promise.all([
      answer(frame.source.ask(q.shown)),
      answer(frame.source.ask(q.all)),
    ]);
    return categoriesExport({
      lines: categoryLines(categoryRowsOf(shown, all)),
      colors: frame.colors,
      selected: new Set(clauseValue(frame.filter, 'categories') ?? []),
      width: frame.width ?? 480,
      title: CATEGORIES.title,
      filters: frame.labels,
    });
  },
};
