/**
 * The counting questions: papers per period and group, code per year, collaboration per year,
 * and a selection's numbers in words (re-exported by questions.ts with every other question).
 */
import type { CollaborationYear } from '../model/collaboration';
import type { GroupKind } from '../model/group-kinds';
import type { YearSpan } from '../model/timeline';
import type { Filter } from './filter';

export type Period = 'year' | 'month';

/**
 * Papers per period and category (or group of another kind, see `group`). `primary`: each paper
 * once, under its primary group; `listed`: once under each group it has (cross-lists too). A
 * paper without a group counts under ''. Month periods put year-only dates in January.
 */
export interface CountsQuestion {
  kind: 'counts';
  filter: Filter;
  period: Period;
  categories: 'primary' | 'listed';
  /** What papers are grouped by (cells' `category` holds the group); 'category' when absent. */
  group?: GroupKind;
}

export interface CountCell {
  /** `2022` or `2022-04`. */
  period: string;
  category: string;
  count: number;
}

export interface CountsAnswer {
  /** Cells with papers, by period then category id. */
  cells: CountCell[];
  /** Undated papers by category (same rule), by category id. */
  undated: { category: string; count: number }[];
  /** Papers passing the filter, dated or not. */
  papers: number;
  /** Of those, papers with a year. */
  dated: number;
}

/** Papers per year and how many of them link their code. */
export interface CodeQuestion {
  kind: 'code';
  filter: Filter;
}

export interface CodeAnswer {
  /** Years with papers, ascending. */
  years: { year: number; papers: number; withCode: number }[];
  /** Over every paper passing the filter, dated or not. */
  papers: number;
  withCode: number;
}

/** Each year's coauthors, new and returning (the owner left out), over the collection's span. */
export interface CollaborationQuestion {
  kind: 'collaboration';
  filter: Filter;
}

export interface CollaborationAnswer {
  /** Every year of the collection's span, ascending (zeros for empty years). */
  years: CollaborationYear[];
  /** Papers passing the filter, dated or not. */
  papers: number;
}

/** The numbers of a selection in words: the summary slide and the CLI's summary. */
export interface SummaryQuestion {
  kind: 'summary';
  filter: Filter;
  /** What `categories` counts by; 'category' when absent. */
  group?: GroupKind;
}

export interface SummaryAnswer {
  papers: number;
  span: YearSpan | null;
  undated: number;
  /**
   * Primary groups (categories unless the question says otherwise) by papers (descending), then
   * id; the papers without one as '' (only when another kind is asked, as the summary always was).
   */
  categories: { id: string; count: number }[];
  /** Joint papers with the owner (none without an owner), most first, then name. */
  topCoauthors: { id: string; name: string; papers: number }[];
}
