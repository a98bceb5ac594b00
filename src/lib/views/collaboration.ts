/**
 * Collaboration over time: each year's coauthors, new ones under returning ones. It skips the
 * year filter (other years stay visible, dimmed) and its years select the timeline's range.
 */
import { collaborationExport } from './trends-export';
import { clauseValue, filterWithout, type Filter } from '../source/filter';
import type { CollaborationQuestion } from '../source/questions';
import { answer, type ViewRecipe } from './view';

export function collaborationQuestion(filter: Filter): CollaborationQuestion {
  return { kind: 'collaboration', filter: filterWithout(filter, 'timeline') };
}

export const COLLABORATION: ViewRecipe = {
  id: 'collaboration',
  title: 'Collaboration over time',
  own: 'timeline',
  async exportOf(frame) {
    if (!frame.info.span) throw new Error('no paper has a year, so there is no trend');
    const { years } = await answer(frame.source.ask(collaborationQuestion(frame.filter)));
    return collaborationExport(
      { rows: years, range: clauseValue(frame.filter, 'timeline') ?? null },
      { width: frame.width ?? 480, height: 240, filters: frame.labels },
    );
  },
};
