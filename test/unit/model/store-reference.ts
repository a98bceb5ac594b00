/**
 * The reference the columnar store is checked against: the plain model functions on `Paper[]`,
 * filtered with the clause predicates and the crossfilter rule.
 */
import type { Paper } from '../../../src/lib/data/paper';
import { categoryRows } from '../../../src/lib/model/category-counts';
import { peopleOfPaper } from '../../../src/lib/model/coauthor-graph';
import type { PeopleIndex } from '../../../src/lib/model/name-merge';
import { yearSpan } from '../../../src/lib/model/timeline';
import { timelineRows } from '../../helpers/timeline-rows';
import type { FilterClause } from '../../../src/lib/source/filter';
import { filterExcept as plainFilter } from '../../helpers/filter-reference';

/** Every view's rows as the charts derive them today. */
export function referenceViews(
  papers: readonly Paper[],
  people: PeopleIndex,
  clauses: readonly FilterClause[],
) {
  const filterExcept = (
    list: readonly Paper[],
    cs: readonly FilterClause[],
    except?: FilterClause['source'],
  ) => plainFilter(list, cs, people.paperPeople, except);
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
