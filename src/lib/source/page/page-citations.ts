/**
 * The Citations view's answer in the page: the shared citation arithmetic (citations-answer.ts)
 * over the papers passing the filter, stacked by each paper's primary group (arXiv category unless
 * grouped otherwise).
 */
import type { Paper } from '../../data/paper';
import { memoByList } from '../../model/memo-by-list';
import { primaryGroup } from '../../model/group-info';
import type { GroupKind } from '../../model/group-kinds';
import { answerCitations } from '../citations-answer';
import type { CitationsAnswer } from '../citations-question';

/** Citations of `papers` (see CitationsQuestion); `top` most cited listed. */
export const citationsOf = memoByList(
  (papers: readonly Paper[], top: number, group: GroupKind = 'category'): CitationsAnswer =>
    answerCitations(papers, papers.length, top, (p) => primaryGroup(p, group)),
);
