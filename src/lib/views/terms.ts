/**
 * Terms over time: the selection's most used terms × years, shaded by the share of each year's
 * papers that use them, with rising, fading and bursting terms in words. Counting runs where the
 * source runs its text work (the text worker, for the page). Its own clause is a set of terms.
 */
import { termsHeight } from './terms-spec';
import { termsExport } from './trends-export';
import { clauseValue, filterWithout, type Filter } from '../source/filter';
import type { TermsQuestion } from '../source/questions';
import { trendSpanOf } from './trend-span';
import { answer, yearsOf, type ViewRecipe } from './view';

/** Term rows besides the selected terms. */
export const TERM_ROWS = 15;

export function termsQuestion(filter: Filter, limit = TERM_ROWS): TermsQuestion {
  return {
    kind: 'terms',
    filter: filterWithout(filter, 'term'),
    selected: [...(clauseValue(filter, 'term') ?? [])],
    limit,
  };
}

export const TERMS: ViewRecipe = {
  id: 'terms',
  title: 'Terms over time',
  own: 'term',
  async exportOf(frame) {
    const span = trendSpanOf(frame);
    const q = termsQuestion(frame.filter);
    const result = await answer(frame.source.ask(q));
    return termsExport(
      {
        cells: result.cells,
        rows: result.rows,
        years: yearsOf(span),
        selected: new Set(q.selected),
        bursts: result.bursts,
      },
      { width: frame.width ?? 640, height: termsHeight(result.rows.length), filters: frame.labels },
    );
  },
};
