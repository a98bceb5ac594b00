/**
 * Views drawn as the selection over the whole collection (timeline, categories) ask two counts
 * questions: the filter without the view's own clause (so its own choice does not empty it), and
 * no filter at all.
 */
import type { GroupKind } from '../model/group-kinds';
import { filterWithout, NO_FILTER, type Filter, type SourceId } from '../source/filter';
import type { CountsAnswer, CountsQuestion, DataSource, Period } from '../source/questions';
import { answer } from './view';

export interface ShownAndAll<T> {
  shown: T;
  all: T;
}

/** Primary-group counts per `period` of the selection without `own`'s clause, and of every paper. */
export function shownAndAllQuestions(
  filter: Filter,
  own: SourceId,
  period: Period,
  group: GroupKind,
): ShownAndAll<CountsQuestion> {
  const ask = (f: Filter): CountsQuestion => ({
    kind: 'counts',
    filter: f,
    period,
    categories: 'primary',
    group,
  });
  return { shown: ask(filterWithout(filter, own)), all: ask(NO_FILTER) };
}

/** Both answers, asked together (an export's). */
export async function answerShownAndAll(
  source: DataSource,
  q: ShownAndAll<CountsQuestion>,
): Promise<ShownAndAll<CountsAnswer>> {
  const [shown, all] = await Promise.all([answer(source.ask(q.shown)), answer(source.ask(q.all))]);
  return { shown, all };
}
