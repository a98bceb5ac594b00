/** Converts between the selection's clauses and URL state, resolving author names through name merging. */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from '../model/name-merge';
import {
  categoryClause,
  codeClause,
  communityClause,
  peopleClause,
  searchClause,
  termClause,
  yearClause,
  type Clause,
} from './clauses';
import type { Communities } from '../model/communities';
import { canonicalCategory } from '../data/arxiv-taxonomy';
import type { DecodeContext, Theme, UrlState } from './url-state';

export function selectionToUrl(
  clauses: readonly Clause[],
  people: PeopleIndex,
  theme: Theme | null,
): UrlState {
  const state: UrlState = {
    from: null,
    to: null,
    cat: [],
    author: [],
    q: '',
    code: false,
    term: [],
    community: null,
    theme,
  };
  for (const c of clauses) {
    if (c.source === 'timeline') {
      const v = c.value as { from: number; to: number };
      state.from = v.from;
      state.to = v.to;
    } else if (c.source === 'categories') state.cat = [...(c.value as string[])];
    else if (c.source === 'network')
      state.author = (c.value as string[]).map((id) => people.byId.get(id)?.name ?? id);
    else if (c.source === 'search') state.q = c.value as string;
    else if (c.source === 'code') state.code = true;
    else if (c.source === 'term') state.term = [...(c.value as string[])];
    else if (c.source === 'community') state.community = (c.value as number) + 1;
  }
  return state;
}

/**
 * The communities of a collection (`collectionCommunities`), passed in by callers that may meet a
 * `community=` parameter: Louvain and graphology then load only when a URL names a community.
 */
export type CommunitiesOf = (papers: readonly Paper[], people: PeopleIndex) => Communities;

/** The term functions of model/terms.ts, passed in by callers that may meet a `term=` parameter. */
export type TermsModule = Pick<
  typeof import('../model/terms'),
  'hasTerms' | 'normaliseTerm' | 'termSurface'
> & {
  /** The papers mentioning the keys as a mask, when known (the text worker's answer). */
  termMask?: (papers: readonly Paper[], keys: readonly string[]) => Uint8Array;
};

/** Code that URL decoding needs only for some parameters (loaded on demand by the page). */
export interface Decoders {
  communities?: CommunitiesOf;
  terms?: TermsModule;
}

export function urlToClauses(
  state: UrlState,
  people: PeopleIndex,
  papers: readonly Paper[],
  { communities, terms }: Decoders = {},
): Clause[] {
  const clauses: Clause[] = [];
  if (state.from !== null || state.to !== null) {
    const years = papers.map((p) => p.year).filter((y): y is number => y !== null);
    const from = state.from ?? Math.min(...years, state.to ?? Infinity);
    const to = state.to ?? Math.max(...years, state.from ?? -Infinity);
    clauses.push(yearClause({ from, to }));
  }
  if (state.cat.length) clauses.push(categoryClause(state.cat));
  const ids = [
    ...new Set(state.author.map((a) => people.resolve(a)).filter((id): id is string => Boolean(id))),
  ];
  if (ids.length)
    clauses.push(peopleClause(ids, people.paperPeople, (id) => people.byId.get(id)?.name ?? id));
  const community =
    state.community === null || !communities
      ? undefined
      : communityFor(state.community - 1, papers, people, communities);
  if (community) clauses.push(community);
  const keys = terms
    ? state.term.map((t) => terms.normaliseTerm(t)).filter((k): k is string => k !== null)
    : [];
  if (terms && keys.length)
    clauses.push(termClause(keys, terms.hasTerms, (k) => terms.termSurface(k, papers), terms.termMask));
  if (state.q) clauses.push(searchClause(state.q));
  if (state.code) clauses.push(codeClause());
  return clauses;
}

/** The clause for a community by index, or undefined when the collection has no such community. */
export function communityFor(
  index: number,
  papers: readonly Paper[],
  people: PeopleIndex,
  communities: CommunitiesOf,
): Clause | undefined {
  const c = communities(papers, people).list[index];
  return c && communityClause(index, c.label, new Set(c.members), people.paperPeople);
}

/** What URL decoding may accept for this collection (no community or term without their decoders). */
export function decodeContext(
  papers: readonly Paper[],
  people: PeopleIndex,
  { communities, terms }: Decoders = {},
): DecodeContext {
  const cats = new Map<string, string>();
  for (const p of papers) for (const c of p.categories) cats.set(c.toLowerCase(), c);
  return {
    category: (id) =>
      cats.get(id.toLowerCase()) ?? cats.get((canonicalCategory(id) ?? '').toLowerCase()) ?? null,
    person: (name) => people.resolve(name) !== undefined,
    term: (text) => {
      const key = terms ? terms.normaliseTerm(text) : null;
      return key !== null && papers.some((p) => terms!.hasTerms(p, [key])) ? key : null;
    },
    community: (n) => (communities ? n <= communities(papers, people).list.length : false),
  };
}
