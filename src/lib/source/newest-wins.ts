/**
 * Which questions a newer one replaces, for the sources that answer later (a server, the
 * collection worker): kinds one view asks at a time (its list, its graph, its terms), where only
 * the newest answer matters.
 */
import type { Question, QuestionKind } from './questions';

export const NEWEST_WINS: readonly QuestionKind[] = ['papers', 'graph', 'terms', 'highlights', 'records'];

/**
 * What a newer question replaces: the same question under another filter or at another offset
 * (a view's next one), never a question of another shape (the list's count and its rows).
 */
export function slotOf(question: Question): string {
  const {
    filter: _filter,
    offset: _offset,
    ...shape
  } = question as Question & { filter?: unknown; offset?: unknown };
  return JSON.stringify(shape);
}
