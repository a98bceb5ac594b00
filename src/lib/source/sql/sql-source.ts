/**
 * A source whose answers come from SQL on an engine (DuckDB in process, ClickHouse over HTTP). It
 * checks each question (validate.ts) before writing any SQL, and gives the page source's answers
 * exactly; the differential tests hold it to that.
 *
 *   question ─► validQuestion ─► filter → WHERE (filter-sql) ─► one question's SQL ─► rows ─► answer
 */
import type { AnswerTo, CollectionInfo, DataSource, Question, QuestionKind, QuestionMap } from '../questions';
import type { SqlEngine } from './engine';
import { SqlScope } from './scope';
import { citationsAnswer } from './sql-citations';
import { codeAnswer, collaborationAnswer, countsAnswer, summaryAnswer } from './sql-counts';
import { communitiesAnswer, lookupAnswer } from './sql-lookup';
import { graphAnswer, topGraphAnswer } from './sql-network';
import { abstractAnswer, highlightsAnswer, papersAnswer, recordsAnswer } from './sql-papers';
import { termsAnswer } from './sql-terms';
import type { StoredCollection } from './stored';
import { validQuestion } from './validate';

export class SqlSource implements DataSource {
  readonly info: CollectionInfo;
  readonly #scope: SqlScope;
  #closed = false;

  constructor(engine: SqlEngine, stored: StoredCollection) {
    this.#scope = new SqlScope(engine, stored);
    // The page's own facts, computed at load: every "Group by" kind is answered here as there.
    this.info = stored.info;
  }

  ask<Q extends Question>(question: Q): Promise<AnswerTo<Q>> {
    if (this.#closed) return Promise.reject(new Error('The source is closed.'));
    try {
      return this.#answer(validQuestion(question)) as Promise<AnswerTo<Q>>;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  close(): void {
    this.#closed = true;
  }

  #answer(q: Question): Promise<AnswerTo<Question>> {
    const answer = SQL_ANSWERS[q.kind] as (s: SqlScope, q: Question) => Promise<AnswerTo<Question>>;
    return answer(this.#scope, q);
  }
}

/** Each kind of question and the SQL that answers it. */
const SQL_ANSWERS: {
  [K in QuestionKind]: (s: SqlScope, q: QuestionMap[K][0]) => Promise<QuestionMap[K][1]>;
} = {
  counts: countsAnswer,
  citations: citationsAnswer,
  code: codeAnswer,
  collaboration: collaborationAnswer,
  summary: summaryAnswer,
  'top-graph': topGraphAnswer,
  graph: graphAnswer,
  communities: (s) => Promise.resolve(communitiesAnswer(s)),
  papers: papersAnswer,
  abstract: abstractAnswer,
  highlights: highlightsAnswer,
  records: recordsAnswer,
  terms: termsAnswer,
  lookup: lookupAnswer,
};
