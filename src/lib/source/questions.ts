/**
 * The questions views ask of a collection, and their answers: plain data both ways, so a question
 * can go to the page's own source, a worker or a server unchanged and come back the same. Every
 * question that depends on the selection carries its filter already without the asking view's
 * own clause (crossfilter); the source never needs to know which view asks.
 *
 * Orders are part of the answer (ties broken by id or name as stated), so that every source gives
 * exactly the same answer to the same question.
 */
import type { Paper, PaperLinks, DatePrecision, Profile } from '../data/paper';
import type { GraphEdge, GraphNode } from '../model/coauthor-graph';
import type { Community } from '../model/communities';
import type { GroupKind } from '../model/group-kinds';
import type { YearSpan } from '../model/timeline';
import type { TermsViewResult } from '../workers/text-service';
import type { Filter } from './filter';
import type {
  CodeAnswer,
  CodeQuestion,
  CollaborationAnswer,
  CollaborationQuestion,
  CountsAnswer,
  CountsQuestion,
  SummaryAnswer,
  SummaryQuestion,
} from './questions-counts';
import type { CitationsAnswer, CitationsQuestion } from './citations-question';
import type { LookupAnswer, LookupQuestion } from './lookup-question';

export type * from './citations-question';
export type * from './lookup-question';

export type * from './questions-counts';

/**
 * The people the network places, from the whole collection: the `top` people with the most
 * papers (and at least `minPapers`; the owner always) and a backbone of their strongest links.
 */
export interface TopGraphQuestion {
  kind: 'top-graph';
  top: number;
  minPapers: number;
  /** What a person's `category` is the dominant group of; 'category' when absent. */
  group?: GroupKind;
}

export interface TopGraphAnswer {
  /** By papers (descending), then name. */
  nodes: GraphNode[];
  /** By weight (descending), then ids. */
  edges: GraphEdge[];
  /** People with at least `minPapers` papers. */
  eligible: number;
  hiddenPeople: number;
  hiddenEdges: number;
  /** Distinct coauthor pairs in the whole collection, everyone counted (most are not drawn). */
  pairs: number;
}

/**
 * The coauthor graph of the papers passing the filter, among the people of `only` (null:
 * everyone). Nodes and edges are ordered as in TopGraphAnswer.
 */
export interface GraphQuestion {
  kind: 'graph';
  filter: Filter;
  only: string[] | null;
  /** As in TopGraphQuestion. */
  group?: GroupKind;
}

export interface GraphAnswer {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Papers passing the filter. */
  papers: number;
  /** Of those, papers whose author list stops early ("et al."). */
  truncated: number;
  /** People and distinct coauthor pairs on those papers, everyone counted (not only `only`). */
  people: number;
  pairs: number;
}

/** Louvain communities of the whole collection's coauthor graph (seed 1, the owner left out). */
export interface CommunitiesQuestion {
  kind: 'communities';
}

export interface CommunitiesAnswer {
  /** Largest first; `index` is the position. */
  list: Community[];
}

export type PaperOrder = 'newest' | 'oldest' | 'title';

/** A window of the papers passing the filter, in an order. */
export interface PapersQuestion {
  kind: 'papers';
  filter: Filter;
  order: PaperOrder;
  offset: number;
  limit: number;
}

/** What the list draws of a paper (its abstract is asked for when opened). */
export interface PaperRow {
  /** Position in the collection: the paper's handle for `abstract`. */
  index: number;
  id: string;
  title: string;
  date: string | null;
  precision: DatePrecision | null;
  year: number | null;
  yearInferred: boolean;
  categories: readonly string[];
  guessedCategories: readonly string[];
  authors: readonly string[];
  authorsTruncated: boolean;
  hasCode: boolean;
  hasAbstract: boolean;
  venue: string;
  links: PaperLinks;
  /** Person ids in listed order (for highlighting them elsewhere). */
  people: readonly string[];
}

export interface PapersAnswer {
  /** Papers passing the filter. */
  total: number;
  rows: PaperRow[];
}

export interface AbstractQuestion {
  kind: 'abstract';
  index: number;
}

export interface AbstractAnswer {
  abstract: string;
}

/** A few papers worth a slide: the newest two, one with code, the most collaborative. */
export interface HighlightsQuestion {
  kind: 'highlights';
  filter: Filter;
}

export interface HighlightsAnswer {
  /** Newest first. */
  rows: PaperRow[];
}

/** The terms view of the papers passing the filter: top terms, year cells, trends, bursts. */
export interface TermsQuestion {
  kind: 'terms';
  filter: Filter;
  /** Term keys that always get a row (the term filter's own). */
  selected: string[];
  limit: number;
}

export type TermsAnswer = TermsViewResult & {
  /** Papers passing the filter that have no year (not in the year cells). */
  undated: number;
};

/** Every paper passing the filter, whole (exports of the selection), in collection order. */
export interface RecordsQuestion {
  kind: 'records';
  filter: Filter;
}

export interface RecordsAnswer {
  papers: Paper[];
}

/** Question kind → [question, answer]. */
export interface QuestionMap {
  counts: [CountsQuestion, CountsAnswer];
  code: [CodeQuestion, CodeAnswer];
  collaboration: [CollaborationQuestion, CollaborationAnswer];
  'top-graph': [TopGraphQuestion, TopGraphAnswer];
  graph: [GraphQuestion, GraphAnswer];
  communities: [CommunitiesQuestion, CommunitiesAnswer];
  papers: [PapersQuestion, PapersAnswer];
  abstract: [AbstractQuestion, AbstractAnswer];
  highlights: [HighlightsQuestion, HighlightsAnswer];
  summary: [SummaryQuestion, SummaryAnswer];
  terms: [TermsQuestion, TermsAnswer];
  records: [RecordsQuestion, RecordsAnswer];
  lookup: [LookupQuestion, LookupAnswer];
  citations: [CitationsQuestion, CitationsAnswer];
}

export type QuestionKind = keyof QuestionMap;
export type Question = QuestionMap[QuestionKind][0];
export type AnswerTo<Q extends Question> = QuestionMap[Q['kind']][1];

/** What a source knows of its collection without being asked (sent once, when it opens). */
export interface CollectionInfo {
  /** Papers in the collection. */
  size: number;
  /** First and last year with a paper; null when none is dated. */
  span: YearSpan | null;
  undated: number;
  /** Papers whose year was inferred from the as-of date. */
  inferred: number;
  /** Primary categories by papers (descending), then id; '' (no category) left out. */
  categories: { id: string; count: number }[];
  /** Each "Group by" kind with the papers it covers, in GROUP_KINDS order. */
  groupKinds: { kind: GroupKind; papers: number }[];
  /** The kind the category views show unless the user picks another (bestGroupKind). */
  defaultGroup: GroupKind;
  /** Distinct people after name merging (the owner included). */
  people: number;
  owner: { id: string; name: string } | null;
  profile: Profile;
  /** Where the papers came from: file names or a label. */
  source: string;
  /** Citations over the papers with a known count, and who counted them (most papers first). */
  citations: { total: number; hIndex: number; i10: number; known: number; sources: string[] };
}

/**
 * Where a view's answers come from. `ask` answers at once where it can (the page's own source,
 * cubes kept on the page) and with a promise where it must wait (a worker, a server). A source
 * may drop work for a question that a newer one of the same kind has replaced.
 */
export interface DataSource {
  readonly info: CollectionInfo;
  ask<Q extends Question>(question: Q): AnswerTo<Q> | Promise<AnswerTo<Q>>;
  /** Stops workers and connections; later questions are not answered. */
  close(): void;
}
