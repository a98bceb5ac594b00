/** The collaboration view's answer in the page: its rows per year under the filter. */
import type { Paper } from '../../data/paper';
import { collaborationByYear } from '../../model/collaboration';
import { memoByList } from '../../model/memo-by-list';
import { yearSpan } from '../../model/timeline';
import type { CollaborationAnswer } from '../questions';
import type { PageCollection } from './page-collection';

export function collaborationOf(c: PageCollection, papers: readonly Paper[]): CollaborationAnswer {
  const span = yearSpan(c.papers);
  return { years: span ? collaborationRows(papers, c.people, span) : [], papers: papers.length };
}
const collaborationRows = memoByList(collaborationByYear);
