/**
 * A view's question to its source, kept answered: whenever the question changes it is asked
 * again, an answer that comes at once is used at once (the click's own frame), and an answer to
 * a question that a newer one replaced is dropped. Call during component set-up.
 */
import type { AnswerTo, DataSource, Question } from '../source/questions';

export interface Asked<A> {
  /** The answer to the latest question answered so far; null before the first. */
  readonly answer: A | null;
  /** True while the latest question waits for its answer. */
  readonly pending: boolean;
  /** The last failure's message, until a later answer comes. */
  readonly error: string | null;
}

/**
 * Asks `question()` of `source()` and keeps the latest answer. A null question asks nothing (the
 * view has nothing to ask yet) and keeps the last answer; a new source forgets it.
 */
export function asked<Q extends Question>(
  source: () => DataSource,
  question: () => Q | null,
): Asked<AnswerTo<Q>> {
  let answer = $state.raw<AnswerTo<Q> | null>(null);
  let pending = $state(false);
  let error = $state<string | null>(null);
  let latest = 0;
  let asking: DataSource | null = null;
  $effect.pre(() => {
    const q = question();
    const s = source();
    // Another collection: the last one's answer is not this one's.
    if (s !== asking) {
      asking = s;
      answer = null;
    }
    if (q === null) return;
    const id = ++latest;
    let value: AnswerTo<Q> | Promise<AnswerTo<Q>>;
    try {
      value = s.ask(q);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      return;
    }
    if (!(value instanceof Promise)) {
      answer = value;
      pending = false;
      error = null;
      return;
    }
    pending = true;
    value.then(
      (a) => {
        if (id !== latest) return;
        answer = a;
        pending = false;
        error = null;
      },
      (e: unknown) => {
        if (id !== latest) return;
        pending = false;
        error = e instanceof Error ? e.message : String(e);
      },
    );
  });
  return {
    get answer() {
      return answer;
    },
    get pending() {
      return pending;
    },
    get error() {
      return error;
    },
  };
}

/** A view's pair of questions (views/shown-and-all.ts), each kept answered. */
export function askedBoth<Q extends Question>(
  source: () => DataSource,
  questions: () => { shown: Q; all: Q },
): { shown: Asked<AnswerTo<Q>>; all: Asked<AnswerTo<Q>> } {
  return { shown: asked(source, () => questions().shown), all: asked(source, () => questions().all) };
}
