/**
 * The language a view filters in: the selection's clauses as plain values, one per source. It
 * crosses to a worker or a server as it is, so it holds no functions; where the papers that pass
 * a clause are found is the source's business (a mask in the page, columns in a worker, SQL on a
 * server).
 */
import type { GroupKind } from '../model/group-kinds';

/** Who published a clause: each view has its own, and is filtered by every clause but its own. */
export type SourceId =
  'timeline' | 'categories' | 'network' | 'community' | 'term' | 'search' | 'code' | 'cited';

/** The fixed order of clauses (and of chips). */
export const SOURCE_ORDER: readonly SourceId[] = [
  'timeline',
  'categories',
  'network',
  'community',
  'term',
  'search',
  'code',
  'cited',
];

export interface YearRange {
  from: number;
  to: number;
}

/**
 * What the Citations view selects: the papers cited in a span of years (from their per-year
 * counts), or chosen papers by id.
 */
export type CitedValue = ({ kind: 'years' } & YearRange) | { kind: 'papers'; ids: string[] };

export interface ClauseValues {
  /** Papers dated from `from` to `to`, inclusive; undated papers never pass. */
  timeline: YearRange;
  /**
   * Papers whose primary group under `kind` (an arXiv category, a venue, …) is one of `ids`; ''
   * is the group of papers without a value.
   */
  categories: GroupFilter;
  /** Papers on which every one of these people (person ids) appears. */
  network: string[];
  /** Papers with a member of the coauthor community of this index (0 = largest). */
  community: number;
  /** Papers whose title or abstract mentions every term (keys as `normaliseTerm` makes them). */
  term: string[];
  /** Papers whose title, abstract, authors or venue contain every word. */
  search: string;
  /** Papers that link their code. */
  code: true;
  /** Papers cited in those years (a per-year count above 0), or those papers. */
  cited: CitedValue;
}

export interface GroupFilter {
  kind: GroupKind;
  ids: string[];
}

export type FilterClause = { [S in SourceId]: { source: S; value: ClauseValues[S] } }[SourceId];

/** Clauses in source order, at most one per source; papers must pass every one. */
export type Filter = readonly FilterClause[];

export const NO_FILTER: Filter = Object.freeze([]);

/** The filter without the clause of `source`: what the view of that source is filtered by. */
export function filterWithout(filter: Filter, source: SourceId | null): Filter {
  if (source === null || !filter.some((c) => c.source === source)) return filter;
  return filter.filter((c) => c.source !== source);
}

/** A text that is equal for equal filters (same sources and values): a cache key. */
export function filterKey(filter: Filter): string {
  return filter.map(clauseKey).join('\u0001');
}

export function clauseKey(clause: FilterClause): string {
  return `${clause.source}\u0002${JSON.stringify(clause.value)}`;
}

/** The filter with `clause` added (or replacing its source's clause), in source order. */
export function filterWith(filter: Filter, clause: FilterClause): Filter {
  const rest = filter.filter((c) => c.source !== clause.source);
  return [...rest, clause].sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));
}

/** The value of `source`'s clause in the filter, if it has one. */
export function clauseValue<S extends SourceId>(filter: Filter, source: S): ClauseValues[S] | undefined {
  const c = filter.find((c) => c.source === source);
  return c ? (c.value as ClauseValues[S]) : undefined;
}

/** The earliest year a filter can name: below any year a paper may have. */
const BEFORE_ALL_YEARS = -100_000;

/**
 * The filter narrowed to papers dated up to `year` (the network as of a year): the year range
 * ends there, or one is added that does.
 */
export function filterUntil(filter: Filter, year: number): Filter {
  const range = clauseValue(filter, 'timeline');
  const to = range ? Math.min(range.to, year) : year;
  return filterWith(filter, { source: 'timeline', value: { from: range?.from ?? BEFORE_ALL_YEARS, to } });
}
