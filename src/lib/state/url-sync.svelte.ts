/**
 * Keeps the selection and the address bar in step: a filter change pushes a history entry (text
 * typing, and every change after the first of one gesture such as a drag, replaces it instead),
 * Back/Forward restore the clauses, and the first load reads them.
 */
import type { Clause } from './clauses';
import type { CollectionStore } from './collection.svelte';
import { changeGesture } from './gesture';
import type { Selection } from './selection.svelte';
import { decodeUrlState, encodeUrlState, listParam, type Theme } from './url-state';
import {
  decodeContext,
  selectionToUrl,
  urlToClauses,
  type Decoders,
  type TermsModule,
} from './selection-url';

export class UrlSync {
  notices = $state<string[]>([]);
  theme = $state<Theme | null>(null);
  #lastSearch = '';
  /** The clauses at the last write, and the gesture that write belonged to. */
  #written: ReadonlySet<Clause> = new Set();
  #gesture: number | null = null;

  constructor(
    private readonly collection: CollectionStore,
    private readonly selection: Selection,
  ) {}

  /**
   * Applies the current address to the selection: at once, or after loading the code a parameter
   * needs (graphology and Louvain for `community=`; for `term=`, the text worker's answer to
   * which papers mention the terms).
   */
  restore(): Promise<void> {
    const search = location.search;
    const params = new URLSearchParams(search);
    if (!params.has('community') && !params.has('term')) {
      this.#apply(search, {});
      return Promise.resolve();
    }
    return Promise.all([
      params.has('community') ? import('../model/communities') : null,
      params.has('term') ? this.#termsDecoder(params) : null,
    ]).then(([communities, terms]) => {
      if (location.search !== search) return;
      this.#apply(search, { communities: communities?.collectionCommunities, terms: terms ?? undefined });
    });
  }

  /** Term decoding for the terms named in `params`, from the text worker (which tokenises). */
  async #termsDecoder(params: URLSearchParams): Promise<TermsModule> {
    const [{ normaliseTerm }, { textClientFor }] = await Promise.all([
      import('../model/terms'),
      import('../workers/text-client'),
    ]);
    const keys = listParam(params, 'term')
      .map(normaliseTerm)
      .filter((k): k is string => k !== null);
    const matcher = await textClientFor(this.collection.papers).matcher(keys);
    return {
      normaliseTerm,
      hasTerms: matcher.has,
      termSurface: (key) => matcher.surface(key),
      termMask: matcher.mask,
    };
  }

  #apply(search: string, decoders: Decoders): void {
    const { papers, people } = this.collection;
    const { state, notices } = decodeUrlState(search, decodeContext(papers, people, decoders));
    this.notices = notices;
    this.theme = state.theme;
    this.selection.replaceAll(urlToClauses(state, people, papers, decoders));
    this.#lastSearch = search.replace(/^\?/, '');
    this.#written = new Set(this.selection.clauses);
    this.#gesture = null;
  }

  /** Writes the selection to the address; call from an effect. */
  write(): void {
    const clauses = this.selection.clauses;
    const state = selectionToUrl(clauses, this.collection.people, this.theme);
    const next = encodeUrlState(state, new URLSearchParams(location.search));
    const gesture = changeGesture(this.#written, clauses);
    this.#written = new Set(clauses);
    if (next === this.#lastSearch) return;
    const sameGesture = gesture !== null && gesture === this.#gesture;
    this.#gesture = gesture;
    const onlyText = sameExceptQ(next, this.#lastSearch);
    const url = `${location.pathname}${next ? `?${next}` : ''}${location.hash}`;
    if (onlyText || sameGesture) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#lastSearch = next;
  }

  /** Starts listening to Back/Forward; returns the stop function. */
  listen(): () => void {
    const onPop = () => void this.restore();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }
}

function sameExceptQ(a: string, b: string): boolean {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  if (pa.get('q') === pb.get('q')) return false;
  pa.delete('q');
  pb.delete('q');
  // Typing extends the same entry; clearing or starting a search is its own step.
  return (
    pa.toString() === pb.toString() &&
    Boolean(new URLSearchParams(a).get('q')) &&
    Boolean(new URLSearchParams(b).get('q'))
  );
}
