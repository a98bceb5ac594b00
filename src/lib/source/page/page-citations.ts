/**
 * The Citations view's answer in the page: the citation arithmetic of model/ over the papers
 * passing the filter, stacked by each paper's primary group (arXiv category unless grouped otherwise).
 */
import type { Paper } from '../../data/paper';
import { citationSources, citationTotals, mostCited } from '../../model/citation-counts';
import { citationsPerYear, hIndexOverTime } from '../../model/citation-years';
import { memoByList } from '../../model/memo-by-list';
import { primaryGroup } from '../../model/group-info';
import type { GroupKind } from '../../model/group-kinds';
import type { CitationsAnswer, CitedPaper } from '../citations-question';

/** Citations of `papers` (see CitationsQuestion); `top` most cited listed. */
export const citationsOf = memoByList(
  (papers: readonly Paper[], top: number, group: GroupKind = 'category'): CitationsAnswer => {
    const totals = citationTotals(papers);
    const perYear = citationsPerYear(papers, (p) => primaryGroup(p, group));
    return {
      papers: totals.papers,
      known: totals.known,
      withYears: perYear.withYears,
      total: totals.total,
      hIndex: totals.hIndex,
      i10: totals.i10,
      rows: perYear.rows.map((r) => ({ year: r.year, category: r.key ?? '', citations: r.citations })),
      undated: perYear.undated,
      hIndexByYear: hIndexOverTime(papers),
      top: mostCited(papers, top).map((p) => citedPaper(p, group)),
      sources: citationSources(papers),
    };
  },
);

function citedPaper(p: Paper, group: GroupKind): CitedPaper {
  const c = p.citations!;
  return {
    id: p.id,
    title: p.title,
    year: p.year,
    category: primaryGroup(p, group),
    count: c.count,
    influential: c.influential ?? null,
    source: c.source,
    asOf: c.asOf,
  };
}
