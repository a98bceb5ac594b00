/**
 * The page source's questions about words and communities: term filters, text search, the terms
 * view, and the coauthor communities. The tokeniser, the word index and Louvain are large and
 * slow, so they load on first use; tokenising and searching run in the text worker from
 * WORKER_FROM papers (its service runs on the page below that, or where no worker can start).
 */
import type { Communities } from '../../model/communities';
import { after, type Maybe } from '../maybe';
import type { TermsViewResult } from '../../workers/text-service';
import type { PageCollection } from './page-collection';
import type { TermsFeed } from '../../workers/text-feed';

/** From this size a text search asks the worker's word index; below it the page scans. */
export const SEARCH_IN_WORKER_FROM = 2000;

export class PageText {
  readonly #c: PageCollection;
  #communities: Maybe<Communities> | null = null;

  constructor(collection: PageCollection) {
    this.#c = collection;
  }

  /** True when a search goes to the text worker (a large collection). */
  get searchable(): boolean {
    return this.#c.papers.length >= SEARCH_IN_WORKER_FROM;
  }

  async #client() {
    const { textClientFor } = await import('../../workers/text-client');
    return textClientFor(this.#c.papers);
  }

  /**
   * Takes over the terms counted while the collection's file streamed in (a field in the
   * collection worker), before any question about words is asked.
   */
  async adoptTerms(feed: TermsFeed): Promise<void> {
    const { textClientFor } = await import('../../workers/text-client');
    textClientFor(this.#c.papers, feed);
  }

  /** The word index built ahead of the first search, a step per task (a field in the collection worker). */
  async indexWords(): Promise<void> {
    if (this.searchable) await (await this.#client()).indexWords();
  }

  async searchMask(query: string): Promise<Uint8Array> {
    const found = await (await this.#client()).search(query);
    return found.mask(this.#c.papers);
  }

  async termMask(keys: readonly string[]): Promise<Uint8Array> {
    const matcher = await (await this.#client()).matcher(keys);
    return matcher.mask(this.#c.papers, keys);
  }

  /**
   * The terms view of the papers at `indexes` (null: all). An answer that a newer terms question
   * replaced never comes: the newer one's does.
   */
  async terms(
    indexes: Int32Array | null,
    selected: readonly string[],
    limit: number,
  ): Promise<TermsViewResult> {
    const result = await (await this.#client()).view({ indexes, selected, limit });
    return result ?? new Promise<TermsViewResult>(() => {});
  }

  /** The key and the most used written form of each term, or null where no paper mentions it. */
  async lookupTerms(texts: readonly string[]): Promise<({ key: string; surface: string } | null)[]> {
    if (texts.length === 0) return [];
    const { normaliseTerm } = await import('../../model/terms');
    const keys = texts.map((t) => normaliseTerm(t));
    const known = keys.filter((k): k is string => k !== null);
    const matcher = await (await this.#client()).matcher(known);
    const mentioned = new Set(known.filter((k) => matcher.mask(this.#c.papers, [k]).includes(1)));
    return keys.map((k) => (k !== null && mentioned.has(k) ? { key: k, surface: matcher.surface(k) } : null));
  }

  communities(): Maybe<Communities> {
    this.#communities ??= import('../../model/communities').then(({ collectionCommunities }) => {
      const found = collectionCommunities(this.#c.papers, this.#c.people);
      this.#communities = found;
      return found;
    });
    return this.#communities;
  }

  communityMembers(index: number): Maybe<ReadonlySet<string>> {
    return after(this.communities(), (c) => new Set(c.list[index]?.members ?? []));
  }
}
