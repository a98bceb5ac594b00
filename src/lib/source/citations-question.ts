/**
 * The Citations view's question: how often the papers passing the filter were cited, per year
 * and in total, and by whom counted. Totals and indexes are over the papers with a known count
 * (`known` says how many), so a list half of whose papers have counts never reads as half-cited.
 */
import type { GroupKind } from '../model/group-kinds';
import type { CitationSource } from '../model/citation-counts';
import type { Filter } from './filter';

export interface CitationsQuestion {
  kind: 'citations';
  filter: Filter;
  /** How many of the most cited papers to list. */
  top: number;
  /** What the per-year citations are stacked by (the "Group by" kind; default arXiv category). */
  group?: GroupKind;
}

/** A most-cited paper as the view lists it. */
export interface CitedPaper {
  id: string;
  title: string;
  year: number | null;
  /** Its primary category ('' when it has none). */
  category: string;
  count: number;
  /** Semantic Scholar's influential citations, when given. */
  influential: number | null;
  source: string;
  asOf: string;
}

export interface CitationsAnswer {
  /** Papers passing the filter. */
  papers: number;
  /** Of those, papers with a known count. */
  known: number;
  /** Of those, papers with per-year counts. */
  withYears: number;
  total: number;
  hIndex: number;
  i10: number;
  /** Citations received per year and primary category ('' none), by year then category. */
  rows: { year: number; category: string; citations: number }[];
  /** Citations in papers' totals but in none of their listed years. */
  undated: number;
  /** The h-index at each year end, over the papers with per-year counts. */
  hIndexByYear: { year: number; hIndex: number }[];
  /** Most cited first (ties: newer, then title). */
  top: CitedPaper[];
  /** Who counted, most papers first. */
  sources: CitationSource[];
}
