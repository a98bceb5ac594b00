/**
 * The first views of a file that is still streaming in: the papers read so far, answered by the
 * page's source for the questions that need no people (counts, the summary, code, citations, the
 * list). Names are merged once, at the end (it is the costly step), and words are counted then,
 * so until then the network, collaboration and terms wait: their questions stay unanswered
 * rather than show a network of unmerged names as if it were the collection's.
 */
import { emptyProfile, type Paper } from '../../data/paper';
import { mergePeople } from '../../model/name-merge';
import type { AnswerTo, CollectionInfo, DataSource, Question, QuestionKind } from '../questions';
import { PageSource } from './page-source';

const PREVIEWED: ReadonlySet<QuestionKind> = new Set([
  'counts',
  'summary',
  'code',
  'citations',
  'papers',
  'abstract',
]);
const NO_PEOPLE = mergePeople([]);

export class PreviewSource implements DataSource {
  readonly info: CollectionInfo;
  readonly #page: PageSource;

  /** `papers` read so far from `label` (file names); `share` of the bytes read, 0–1. */
  constructor(papers: readonly Paper[], label: string, asOf: string, share: number) {
    this.#page = new PageSource({
      papers,
      people: NO_PEOPLE,
      profile: emptyProfile(asOf),
      source: `${label} (reading: ${Math.floor(share * 100)}% so far)`,
      ownerId: undefined,
    });
    this.info = this.#page.info;
  }

  ask<Q extends Question>(question: Q): AnswerTo<Q> | Promise<AnswerTo<Q>> {
    return PREVIEWED.has(question.kind) ? this.#page.ask(question) : new Promise(() => {});
  }

  close(): void {
    this.#page.close();
  }
}
