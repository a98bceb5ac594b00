/**
 * The reference the columnar store is checked against: the plain model functions on `Paper[]`,
 * filtered with the clause predicates and the crossfilter rule.
 */
import type { Paper } from '../../../src/lib/data/paper';
import { categoryRows } from '../../../src/lib/model/category-counts';
import { peopleOfPaper } from '../../../src/lib/model/coauthor-graph';
import type { PeopleIndex } from '../../../src/lib/model/name-merge';
import { timelineRows, yearSpan } from '../../../src/lib/model/timeline';
import type { Clause, SourceId } from '../../../src/lib/state/clauses';

/** Papers passing every clause but `except`'s (what `Selection.filter` does). */
export function filterExcept(
  papers: readonly Paper[],
  clauses: readonly Clause[],
  except?: SourceId,
): Paper[] {
  const preds = clauses.filter((c) => c.source !== except).map((c) => c.predicate);
  return papers.filter((p) => preds.every((f) => f(p)));
}

/** Every view's rows as the charts derive them today. */
export function referenceViews(papers: readonly Paper[], people: PeopleIndex, clauses: readonly Clause[]) {
  const span = yearSpan(papers)!;
  const forTimeline = filterExcept(papers, clauses, 'timeline');
  const forNetwork = filterExcept(papers, clauses, 'network');
  const personCounts = new Map<string, number>();
  for (const p of forNetwork)
    for (const id of peopleOfPaper(p, people)) personCounts.set(id, (personCounts.get(id) ?? 0) + 1);
  return {
    span,
    years: timelineRows(forTimeline, span),
    months: timelineRows(forTimeline, span, { granularity: 'month' }),
    cumulative: timelineRows(forTimeline, span, { cumulative: true }),
    categories: categoryRows(papers, filterExcept(papers, clauses, 'categories')),
    personCounts,
    selected: filterExcept(papers, clauses)
      .map((p) => p.id)
      .sort(),
  };
}
