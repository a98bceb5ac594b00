/**
 * The categories view: every primary group of the collection under the "Group by" kind (arXiv
 * categories grouped by archive, venues, types, …), the papers without one as a group of their
 * own, with its papers in the selection over its papers in all. Its own clause is a set of groups.
 */
import { count, formatCount } from '../text/count-words';
import { categoryLines } from './categories-spec';
import { categoriesExport } from './categories-export';
import { categoryRowsFromCounts, type CategoryCount } from '../model/category-counts';
import { GROUP_NOUNS, NO_GROUP } from '../model/group-info';
import type { GroupKind } from '../model/group-kinds';
import { clauseValue, type Filter } from '../source/filter';
import type { CountsAnswer, CountsQuestion } from '../source/questions';
import { groupIds } from '../state/clauses';
import type { ViewRecipe } from './view';
import { answerShownAndAll, shownAndAllQuestions, type ShownAndAll } from './shown-and-all';

export function categoriesQuestions(
  filter: Filter,
  group: GroupKind = 'category',
): ShownAndAll<CountsQuestion> {
  return shownAndAllQuestions(filter, 'categories', 'year', group);
}

/** Papers per primary group, dated or not; the papers without one under ''. */
export function perCategory(counts: CountsAnswer): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of [...counts.cells, ...counts.undated]) out[c.category] = (out[c.category] ?? 0) + c.count;
  return out;
}

export function categoryRowsOf(
  shown: CountsAnswer,
  all: CountsAnswer,
  group: GroupKind = 'category',
): CategoryCount[] {
  return categoryRowsFromCounts(perCategory(all), perCategory(shown), group);
}

/** Papers in the answer without a group. */
export function uncategorised(counts: CountsAnswer): number {
  return perCategory(counts)[NO_GROUP] ?? 0;
}

/** "2 of 5 venues in the selection; most papers in Nature (3). 1 paper has no venue." */
export function categoriesSummary(
  rows: readonly CategoryCount[],
  shown: CountsAnswer,
  group: GroupKind = 'category',
): string {
  if (shown.papers === 0) return 'No papers in the selection.';
  const [one, many] = GROUP_NOUNS[group];
  const named = rows.filter((r) => r.id !== NO_GROUP);
  const top = named.filter((r) => r.count > 0).sort((a, b) => b.count - a.count)[0];
  const n = named.filter((r) => r.count > 0).length;
  const none = uncategorised(shown);
  const text = top
    ? `${n} of ${count(named.length, one, many)} in the selection; most papers in ${top.short} (${formatCount(top.count)}).`
    : `No paper in the selection has a ${one}.`;
  return none ? `${text} ${count(none, 'paper')} ${none === 1 ? 'has' : 'have'} no ${one}.` : text;
}

export const CATEGORIES: ViewRecipe = {
  id: 'categories',
  title: 'Categories',
  own: 'categories',
  async exportOf(frame) {
    const { shown, all } = await answerShownAndAll(
      frame.source,
      categoriesQuestions(frame.filter, frame.group),
    );
    return categoriesExport({
      lines: categoryLines(categoryRowsOf(shown, all, frame.group)),
      colors: frame.colors,
      selected: new Set(groupIds(clauseValue(frame.filter, 'categories'), frame.group)),
      width: frame.width ?? 480,
      title: CATEGORIES.title,
      filters: frame.labels,
      group: frame.group,
    });
  },
};
