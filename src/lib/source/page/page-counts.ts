/**
 * Counting answers of the page's source, from the papers that pass a question's filter, by the
 * same model functions the charts have always used (so every number stays as it was).
 */
import type { Paper } from '../../data/paper';
import { topCoauthors } from '../../model/coauthor-graph';
import { paperGroups, primaryGroup } from '../../model/group-info';
import type { GroupKind } from '../../model/group-kinds';
import { memoByList } from '../../model/memo-by-list';
import { periodOf, yearSpan } from '../../model/timeline';
import { byCountThenId } from '../order';
import type { CodeAnswer, CountCell, CountsAnswer, CountsQuestion, SummaryAnswer } from '../questions';
import type { PageCollection } from './page-collection';

const SEP = '\u0001';

/** Papers per period and group (see CountsQuestion). */
export const countsOf = memoByList(
  (
    papers: readonly Paper[],
    period: CountsQuestion['period'],
    mode: CountsQuestion['categories'],
    kind: GroupKind = 'category',
  ) => {
    const dated = new Map<string, number>();
    const undated = new Map<string, number>();
    let datedPapers = 0;
    for (const p of papers) {
      const at = periodOf(p, period);
      if (at !== null) datedPapers++;
      const groups = mode === 'primary' ? [primaryGroup(p, kind)] : paperGroups(p, kind);
      const cats = groups.length === 0 ? [''] : groups;
      for (const c of cats) {
        if (at === null) undated.set(c, (undated.get(c) ?? 0) + 1);
        else dated.set(at + SEP + c, (dated.get(at + SEP + c) ?? 0) + 1);
      }
    }
    const cells: CountCell[] = [...dated].map(([key, count]) => {
      const [at, category] = key.split(SEP);
      return { period: at, category, count };
    });
    cells.sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : a.category < b.category ? -1 : 1,
    );
    return {
      cells,
      undated: [...undated]
        .map(([category, count]) => ({ category, count }))
        .sort((a, b) => (a.category < b.category ? -1 : 1)),
      papers: papers.length,
      dated: datedPapers,
    } satisfies CountsAnswer;
  },
);

export const codeOf = memoByList((papers: readonly Paper[]): CodeAnswer => {
  const byYear = new Map<number, { year: number; papers: number; withCode: number }>();
  let withCode = 0;
  for (const p of papers) {
    if (p.hasCode) withCode++;
    if (p.year === null) continue;
    let row = byYear.get(p.year);
    if (!row) byYear.set(p.year, (row = { year: p.year, papers: 0, withCode: 0 }));
    row.papers++;
    if (p.hasCode) row.withCode++;
  }
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year), papers: papers.length, withCode };
});

/**
 * The selection's numbers; its groups under `kind`. Under 'category' the papers without one are
 * left out (the summary's categories as they always were); under any other kind they are ''.
 * Remembered per list as the other answers are: clearing a filter asks for the whole collection's
 * summary again (a pass over every paper, 10–17 ms at 10^5).
 */
export const summaryOf = memoByList(
  (papers: readonly Paper[], c: PageCollection, kind: GroupKind = 'category'): SummaryAnswer => {
    const counts = new Map<string, number>();
    let undated = 0;
    for (const p of papers) {
      if (p.year === null) undated++;
      const group = primaryGroup(p, kind);
      if (group || kind !== 'category') counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    return {
      papers: papers.length,
      span: yearSpan(papers),
      undated,
      categories: [...counts].map(([id, count]) => ({ id, count })).sort(byCountThenId),
      topCoauthors: c.ownerId ? topCoauthors(papers, c.people, c.ownerId) : [],
    };
  },
);
