/**
 * A source whose answers come from SQL on an engine (DuckDB in process, ClickHouse over HTTP). It
 * checks each question (validate.ts) before writing any SQL, and gives the page source's answers
 * exactly; the differential tests hold it to that.
 *
 *   question ─► validQuestion ─► filter → WHERE (filter-sql) ─► one question's SQL ─► rows ─► answer
 */
import type { AnswerTo, CollectionInfo, DataSource, Question } from '../questions';
import type { SqlEngine } from './engine';
import { SqlScope } from './scope';
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
    this.info = servedInfo(stored.info);
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
    const s = this.#scope;
    switch (q.kind) {
      case 'counts':
        return countsAnswer(s, q);
      case 'citations':
        // Refused before any SQL (validate.ts); kept so every kind has its line.
        return Promise.reject(new RangeError('Citations are answered in the page only.'));
      case 'code':
        return codeAnswer(s, q);
      case 'collaboration':
        return collaborationAnswer(s, q);
      case 'summary':
        return summaryAnswer(s, q);
      case 'top-graph':
        return topGraphAnswer(s, q);
      case 'graph':
        return graphAnswer(s, q);
      case 'communities':
        return Promise.resolve(communitiesAnswer(s));
      case 'papers':
        return papersAnswer(s, q);
      case 'abstract':
        return abstractAnswer(s, q);
      case 'highlights':
        return highlightsAnswer(s, q);
      case 'records':
        return recordsAnswer(s, q);
      case 'terms':
        return termsAnswer(s, q);
      case 'lookup':
        return lookupAnswer(s, q);
    }
  }
}

/**
 * The collection's facts as the server answers them: the same as the page's, but grouped by arXiv
 * category only (its tables hold each paper's primary category; validate.ts refuses other kinds).
 */
export function servedInfo(info: CollectionInfo): CollectionInfo {
  const categorised = info.categories.reduce((n, c) => n + c.count, 0);
  return { ...info, groupKinds: [{ kind: 'category', papers: categorised }], defaultGroup: 'category' };
}
