/**
 * One vocabulary of work types for every source: BibTeX entry types, RIS `TY` tags, CSL types,
 * OpenAlex and ORCID types, Semantic Scholar publication types and spreadsheet "Document Type"
 * cells all land on the same few words, so a "Group by type" means the same for every list.
 */
import type { WorkType } from './paper';

/** What a reader sees for each type. */
export const WORK_TYPE_LABELS: Readonly<Record<WorkType, string>> = {
  article: 'Journal article',
  preprint: 'Preprint',
  conference: 'Conference paper',
  book: 'Book',
  chapter: 'Book chapter',
  thesis: 'Thesis',
  report: 'Report',
  review: 'Review',
  dataset: 'Dataset',
  software: 'Software',
  other: 'Other',
};

const WORDS: Readonly<Record<string, WorkType>> = {
  // BibTeX / BibLaTeX entry types
  article: 'article',
  inproceedings: 'conference',
  conference: 'conference',
  proceedings: 'conference',
  book: 'book',
  mvbook: 'book',
  booklet: 'book',
  collection: 'book',
  mvcollection: 'book',
  mvproceedings: 'conference',
  inbook: 'chapter',
  incollection: 'chapter',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  dataset: 'dataset',
  software: 'software',
  unpublished: 'preprint',
  // RIS TY tags
  jour: 'article',
  ejour: 'article',
  jfull: 'article',
  conf: 'conference',
  cpaper: 'conference',
  chap: 'chapter',
  echap: 'chapter',
  ebook: 'book',
  edbook: 'book',
  thes: 'thesis',
  rprt: 'report',
  data: 'dataset',
  comp: 'software',
  unpb: 'preprint',
  // CSL, OpenAlex, ORCID, Semantic Scholar, Scopus "Document Type"
  'article-journal': 'article',
  'journal-article': 'article',
  journalarticle: 'article',
  'paper-conference': 'conference',
  'conference-paper': 'conference',
  'proceedings-article': 'conference',
  'conference paper': 'conference',
  'book-chapter': 'chapter',
  'book chapter': 'chapter',
  chapter: 'chapter',
  dissertation: 'thesis',
  'dissertation-thesis': 'thesis',
  preprint: 'preprint',
  posted_content: 'preprint',
  'posted-content': 'preprint',
  'working-paper': 'preprint',
  manuscript: 'preprint',
  review: 'review',
  'data-set': 'dataset',
  'data paper': 'dataset',
  'data-paper': 'dataset',
  'book-review': 'review',
  booksection: 'chapter',
  'short survey': 'review',
  // Kinds the sources name that are none of the above
  misc: 'other',
  manual: 'other',
  patent: 'other',
  periodical: 'other',
  online: 'other',
  electronic: 'other',
  webpage: 'other',
  generic: 'other',
  gen: 'other',
  editorial: 'other',
  letter: 'other',
  note: 'other',
  erratum: 'other',
  paratext: 'other',
  other: 'other',
  'conference review': 'other',
  'peer-review': 'other',
  standard: 'other',
  'letters and comments': 'other',
  lettersandcomments: 'other',
  news: 'other',
  casereport: 'other',
  clinicaltrial: 'other',
  metaanalysis: 'review',
  study: 'other',
  'review-article': 'review',
};

/**
 * The type a source's word names (case and spacing ignored), or undefined for a word that is no
 * type at all (an empty cell, or a journal name in a shifted spreadsheet column).
 */
export function workTypeOf(word: string): WorkType | undefined {
  const key = word.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!key) return undefined;
  return WORDS[key] ?? WORDS[key.replace(/ /g, '-')];
}

/** The type to keep of two records of one work: a published kind beats a preprint or "other". */
export function betterType(a: WorkType | undefined, b: WorkType | undefined): WorkType | undefined {
  const weak = (t: WorkType | undefined) => t === undefined || t === 'other' || t === 'preprint';
  if (!weak(a)) return a;
  if (!weak(b)) return b;
  return a === 'preprint' || b === 'preprint' ? 'preprint' : (a ?? b);
}
