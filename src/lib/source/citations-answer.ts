/**
 * The Citations view's answer from the cited papers of a selection: the one piece of arithmetic
 * behind it, shared by the page (over the papers passing the filter) and a server (over the
 * citation records SQL returns), so both give the same answer.
 *
 * Only papers with a count or per-year counts change the answer; the others are counted
 * (`passing`) and nothing else, so a source may leave them out.
 */
import type { Paper } from '../data/paper';
import { citationSources, citationTotals, mostCited } from '../model/citation-counts';
import { citationsPerYear, hIndexOverTime } from '../model/citation-years';
import type { CitationsAnswer, CitedPaper } from './citations-question';

/** What the answer reads of a paper. */
export type CitedRecord = Pick<Paper, 'id' | 'title' | 'year' | 'citations' | 'citationsByYear'>;

/** Whether a paper changes a citations answer beyond being counted among the papers. */
export function hasCitations(p: Pick<Paper, 'citations' | 'citationsByYear'>): boolean {
  return Boolean(p.citations || p.citationsByYear);
}

/**
 * The answer over `records` (in collection order: ties among the most cited keep it), of
 * `passing` papers in all; `top` most cited listed, years stacked by `groupOf` (the paper's primary
 * group under the asked "Group by" kind).
 */
export function answerCitations<R extends CitedRecord>(
  records: readonly R[],
  passing: number,
  top: number,
  groupOf: (r: R) => string,
): CitationsAnswer {
  const totals = citationTotals(records);
  const perYear = citationsPerYear(records, groupOf);
  return {
    papers: passing,
    known: totals.known,
    withYears: perYear.withYears,
    total: totals.total,
    hIndex: totals.hIndex,
    i10: totals.i10,
    rows: perYear.rows.map((r) => ({ year: r.year, category: r.key ?? '', citations: r.citations })),
    undated: perYear.undated,
    hIndexByYear: hIndexOverTime(records),
    top: mostCited(records, top).map((r) => citedPaper(r, groupOf(r))),
    sources: citationSources(records),
  };
}

function citedPaper(r: CitedRecord, category: string): CitedPaper {
  const c = r.citations!;
  return {
    id: r.id,
    title: r.title,
    year: r.year,
    category,
    count: c.count,
    influential: c.influential ?? null,
    source: c.source,
    asOf: c.asOf,
  };
}
