/**
 * What the text worker does, as a plain class (tested in Node; the page runs it itself where a
 * worker cannot start). It holds the titles, abstracts, authors, venues and years of one
 * collection and answers three questions: the terms view of a selection (rows, year cells,
 * trends, bursts, summary), which papers mention given terms (a term filter) and which papers
 * contain a text search's words (from a word index, `model/word-index.ts`). Tokenising happens on
 * the first terms question and is cached per paper, so its cost, large at 10^5 papers, is paid
 * once — off the page's thread.
 */
import { TermDictionary, type TermText } from '../model/term-dictionary';
import { countTerms, hasTerms, termSurface, type TermCount } from '../model/terms';
import {
  termBursts,
  termTrends,
  termYearCells,
  type TermBurst,
  type TermCell,
  type TermTrend,
} from '../model/term-trends';
import { yearSpan } from '../model/timeline';
import { searchSource, type SearchText } from '../model/search-text';
import { WordIndex } from '../model/word-index';
import { termRows, termsSummary } from '../model/terms-view';

/** What the worker holds of a paper. */
export type TextRecord = TermText & SearchText;

export interface TermsViewQuery {
  /** Indexes of the papers in view (ascending), or null for all. */
  indexes: Int32Array | null;
  /** Term keys of the term filter: always get a row. */
  selected: readonly string[];
  /** Rows besides the selected terms. */
  limit: number;
}

export interface TermsViewResult {
  rows: TermCount[];
  cells: TermCell[];
  trends: { rising: TermTrend[]; fading: TermTrend[]; from: number } | null;
  bursts: TermBurst[];
  summary: string;
  /** Papers in view. */
  papers: number;
}

export interface TermMatch {
  key: string;
  /** Indexes of the papers mentioning the term, ascending. */
  indexes: Int32Array;
  /** The written form most papers of the collection use. */
  surface: string;
}

export class TextService {
  #papers: TextRecord[] = [];
  /** This collection's terms: they go with the service, not into the next collection's counts. */
  readonly #terms = new TermDictionary();
  readonly #words = new WordIndex();
  readonly #indexOnArrival: boolean;
  readonly #termsOnly: boolean;
  #last: { indexes: Int32Array | null; visible: TermText[] } | null = null;
  /** The view of the whole collection, by limit and selected terms; the collection's year span. */
  #whole: { key: string; result: TermsViewResult } | null = null;
  #span: { value: ReturnType<typeof yearSpan> } | null = null;

  /**
   * `indexOnArrival`: index each paper's words as it arrives (the worker: a little work per paper,
   * off the page, so the first search does not wait); else on the first search (the page, where
   * small collections search without this service and should not pay for an index).
   * `termsOnly`: tokenise each paper as it arrives and keep only its terms and year, not its text
   * (a worker fed a file as it streams in, beside the collection's own copy, which searches).
   */
  constructor({ indexOnArrival = false, termsOnly = false } = {}) {
    this.#indexOnArrival = indexOnArrival && !termsOnly;
    this.#termsOnly = termsOnly;
  }

  /** Adds papers (in collection order) to the collection being sent. */
  append(papers: readonly TextRecord[]): void {
    for (const p of papers) this.#papers.push(p);
    if (this.#termsOnly) for (const p of papers) this.#keepTermsOnly(p);
    if (this.#indexOnArrival) this.#indexWords();
    this.#last = null;
    this.#whole = null;
    this.#span = null;
  }

  get size(): number {
    return this.#papers.length;
  }

  view(query: TermsViewQuery): TermsViewResult {
    // The whole collection's view (no filter, or the last one removed) counts every paper, so it
    // takes the longest, and it never changes: it is kept.
    const whole = query.indexes === null ? `${query.limit}\n${query.selected.join('\n')}` : null;
    if (whole !== null && this.#whole?.key === whole) return this.#whole.result;
    const result = this.#count(query);
    if (whole !== null) this.#whole = { key: whole, result };
    return result;
  }

  #count(query: TermsViewQuery): TermsViewResult {
    const span = (this.#span ??= { value: yearSpan(this.#papers) }).value;
    const visible = this.#visible(query.indexes);
    const ranked = countTerms(this.#terms, visible, { limit: 40 });
    const rows = termRows(this.#terms, ranked, query.selected, visible, query.limit);
    const cells = span ? termYearCells(this.#terms, visible, rows, span) : [];
    // Rising and fading among the top 20, as the CLI lists them: rare terms swing by chance.
    const trends = span ? termTrends(this.#terms, visible, ranked.slice(0, 20), span) : null;
    const bursts = span ? termBursts(this.#terms, visible, rows, span) : [];
    const summary = termsSummary(rows, trends, bursts, visible.length);
    return { rows, cells, trends, bursts, summary, papers: visible.length };
  }

  /** Per key, the papers of the whole collection that mention it. */
  match(keys: readonly string[]): TermMatch[] {
    return keys.map((key) => ({
      key,
      indexes: this.#where((p) => hasTerms(this.#terms, p, [key])),
      surface: termSurface(this.#terms, key, this.#papers),
    }));
  }

  /** Indexes of the papers whose title, abstract, authors or venue contain every word of `query`. */
  search(query: string): Int32Array {
    if (this.#termsOnly) throw new Error('This text service keeps terms only: search where the text is.');
    this.#indexWords();
    // Searched: the lists of the last papers indexed go into the block (a no-op once there).
    this.#words.settle();
    return this.#words.find(query);
  }

  /**
   * Indexes the words of up to `count` more papers; true once every paper is (the first search
   * then only looks up). For a field held where its questions are answered: a step at a time.
   */
  indexSomeWords(count: number): boolean {
    const end = Math.min(this.#papers.length, this.#words.size + count);
    this.#indexTo(end);
    if (end < this.#papers.length) return false;
    this.#words.settle();
    return true;
  }

  /** Tokenises `p` (its terms are cached by the dictionary) and lets its text go. */
  #keepTermsOnly(p: TextRecord): void {
    this.#terms.termsOf(p);
    const kept = p as { -readonly [K in keyof TextRecord]: TextRecord[K] };
    kept.title = '';
    kept.abstract = '';
    kept.authors = [];
    kept.venue = '';
  }

  /** Indexes the words of the papers not yet indexed. */
  #indexWords(): void {
    this.#indexTo(this.#papers.length);
  }

  /** Indexes the words of the papers not yet indexed before `end`. */
  #indexTo(end: number): void {
    for (let i = this.#words.size; i < end; i++) this.#words.addText(searchSource(this.#papers[i]));
  }

  /** Indexes of the papers for which `test` holds, ascending. */
  #where(test: (p: TextRecord) => boolean): Int32Array {
    const found: number[] = [];
    this.#papers.forEach((p, i) => {
      if (test(p)) found.push(i);
    });
    return Int32Array.from(found);
  }

  /** The papers at `indexes`; the same array for the same indexes (the term counters memoise on it). */
  #visible(indexes: Int32Array | null): TermText[] {
    if (this.#last && sameIndexes(this.#last.indexes, indexes)) return this.#last.visible;
    const visible = indexes ? Array.from(indexes, (i) => this.#papers[i]) : this.#papers;
    this.#last = { indexes, visible };
    return visible;
  }
}

function sameIndexes(a: Int32Array | null, b: Int32Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
