/**
 * Clause builders. A clause is `{source, value, predicate, label}`: the value feeds chips, brushes
 * and the URL; the predicate filters. One builder per source, so the same clause comes from a
 * click, a key press or a URL.
 */
import type { Paper } from '../data/paper';
import { categoryShort, categoryTitle } from '../data/category-label';
import { textMatcher } from '../model/search-text';
import { NO_CATEGORY, paperColumns } from '../model/paper-columns';
import type { FoundPapers } from '../model/found-papers';

export type SourceId = 'timeline' | 'categories' | 'network' | 'community' | 'term' | 'search' | 'code';

/**
 * The value views read when a source has no clause: one shared empty list, so a view's derived
 * selection stays equal (and its chart is not redrawn) while other sources' clauses change.
 */
export const NONE: readonly string[] = Object.freeze([]);

export interface YearRange {
  from: number;
  to: number;
}

export interface ClauseValues {
  timeline: YearRange;
  categories: string[];
  network: string[];
  /** Community index (0 = largest) in the collection's coauthor communities. */
  community: number;
  /** Term keys as `normaliseTerm` makes them (`galaxy`, `radio galaxy`). */
  term: string[];
  search: string;
  code: true;
}

export interface Clause<S extends SourceId = SourceId> {
  source: S;
  value: ClauseValues[S];
  predicate: (p: Paper) => boolean;
  /**
   * Optional fast path: per paper of a collection, 1 where `predicate` holds (read from the
   * collection's columns instead of every paper object).
   */
  mask?: (papers: readonly Paper[]) => Uint8Array;
  /** Short text for the chip: "2021–2023", "astro-ph.GA". */
  label: string;
  /** Longer text for screen readers and tooltips. */
  description: string;
}

/** Papers from `from` to `to` inclusive; papers without a year never match. */
export function yearClause(range: YearRange): Clause<'timeline'> {
  const from = Math.min(range.from, range.to);
  const to = Math.max(range.from, range.to);
  const label = from === to ? String(from) : `${from}–${to}`;
  return {
    source: 'timeline',
    value: { from, to },
    predicate: (p) => p.year !== null && p.year >= from && p.year <= to,
    mask: (papers) => {
      const { year } = paperColumns(papers);
      const out = new Uint8Array(year.length);
      // NO_YEAR is below any real year, so a paper without one never matches.
      for (let i = 0; i < year.length; i++) out[i] = year[i] >= from && year[i] <= to ? 1 : 0;
      return out;
    },
    label,
    description: `Years ${label}`,
  };
}

/** Papers whose primary category is one of `ids`. */
export function categoryClause(ids: readonly string[]): Clause<'categories'> {
  const set = new Set(ids);
  return {
    source: 'categories',
    value: [...ids],
    predicate: (p) => p.categories.length > 0 && set.has(p.categories[0]),
    mask: (papers) => {
      const { primary, categories } = paperColumns(papers);
      const wanted = new Uint8Array(categories.size);
      for (const id of set) {
        const code = categories.get(id);
        if (code !== undefined) wanted[code] = 1;
      }
      const out = new Uint8Array(primary.length);
      for (let i = 0; i < primary.length; i++) out[i] = primary[i] !== NO_CATEGORY ? wanted[primary[i]] : 0;
      return out;
    },
    label: ids.map(categoryShort).join(', '),
    description: `Categories: ${ids.map(categoryTitle).join('; ')}`,
  };
}

/** Papers on which every one of the people appears (joint papers when there are several). */
export function peopleClause(
  ids: readonly string[],
  paperPeople: ReadonlyMap<string, readonly string[]>,
  nameOf: (id: string) => string,
): Clause<'network'> {
  const names = ids.map(nameOf);
  return {
    source: 'network',
    value: [...ids],
    predicate: (p) => {
      const people = paperPeople.get(p.id);
      return people !== undefined && ids.every((id) => people.includes(id));
    },
    label: names.join(' & '),
    description: ids.length > 1 ? `Joint papers of ${names.join(' and ')}` : `Papers with ${names[0]}`,
  };
}

/**
 * Papers whose title, abstract, authors or venue contain every word of `query`. `found`: the
 * papers the text worker found for it (large collections), instead of searching on the page.
 */
export function searchClause(query: string, found?: FoundPapers): Clause<'search'> {
  return {
    source: 'search',
    value: query,
    predicate: found ? (p) => found.has(p) : textMatcher(query),
    ...(found ? { mask: (papers: readonly Paper[]) => found.mask(papers) } : {}),
    label: `“${query}”`,
    description: `Text search: ${query}`,
  };
}

export function codeClause(): Clause<'code'> {
  return {
    source: 'code',
    value: true,
    predicate: (p) => p.hasCode,
    label: 'Has code',
    description: 'Papers with code available',
  };
}

/**
 * Papers whose title or abstract mentions every term (keys from `normaliseTerm`; `surface` names
 * them). `has` is `hasTerms` of model/terms.ts or the text worker's matcher (passed in, so the
 * tokeniser loads with the terms view, not with the page); `mask`, the matcher's fast path.
 */
export function termClause(
  keys: readonly string[],
  has: (paper: Paper, keys: readonly string[]) => boolean,
  surface: (key: string) => string = (k) => k,
  mask?: (papers: readonly Paper[], keys: readonly string[]) => Uint8Array,
): Clause<'term'> {
  const terms = keys.map(surface);
  return {
    source: 'term',
    value: [...keys],
    predicate: (p) => has(p, keys),
    ...(mask ? { mask: (papers: readonly Paper[]) => mask(papers, keys) } : {}),
    label: terms.map((t) => `“${t}”`).join(' & '),
    description: `Papers mentioning ${terms.join(' and ')}`,
  };
}

/** Papers with at least one member of a coauthor community. */
export function communityClause(
  index: number,
  name: string,
  members: ReadonlySet<string>,
  paperPeople: ReadonlyMap<string, readonly string[]>,
): Clause<'community'> {
  return {
    source: 'community',
    value: index,
    predicate: (p) => paperPeople.get(p.id)?.some((id) => members.has(id)) === true,
    label: `Community ${index + 1}: ${name}`,
    description: `Papers with a member of coauthor community ${index + 1} (${name})`,
  };
}
