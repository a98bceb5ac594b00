/**
 * The selection's papers as CSL-JSON (Zotero, Pandoc, citeproc): an array of items with
 * structured names and dates. arXiv ids go where Zotero puts them (`archive`/`archive_location`)
 * and into `note` as "arXiv:ID [category]", which reference managers and the app's importer read;
 * a citation count goes into `note` too, as the line Zotero's Citation Counts Manager writes.
 */
import { citationLine } from '../data/citations';
import type { Paper, WorkType } from '../data/paper';
import { keywordList } from './keyword-list';
import { nameParts } from './name-parts';

type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  archive?: string;
  archive_location?: string;
  note?: string;
  keyword?: string;
}

/** CSL's word for each type; CSL's "article" is the unpublished kind. */
const CSL_TYPES: Readonly<Record<WorkType, string>> = {
  article: 'article-journal',
  preprint: 'article',
  conference: 'paper-conference',
  book: 'book',
  chapter: 'chapter',
  thesis: 'thesis',
  report: 'report',
  review: 'review',
  dataset: 'dataset',
  software: 'software',
  other: 'document',
};

function cslName(name: string): CslName {
  const { family, given, suffix } = nameParts(name);
  if (!given) return { literal: name };
  return { family, given, ...(suffix ? { suffix } : {}) };
}

/** One item per paper; `id` is the app's paper id. */
export function paperToCsl(p: Paper): CslItem {
  const type = p.type ? CSL_TYPES[p.type] : p.venue ? 'article-journal' : 'article';
  const item: CslItem = { id: p.id, type, title: p.title };
  const authors = p.authors.map(cslName);
  // CSL has no "and others"; a literal "others" is what citeproc users and importers recognise.
  if (p.authorsTruncated) authors.push({ literal: 'others' });
  if (authors.length) item.author = authors;
  if (p.date) {
    const parts = p.date.split('-').map(Number);
    item.issued = { 'date-parts': [parts] };
  } else if (p.year !== null) item.issued = { 'date-parts': [[p.year]] };
  if (p.venue) item['container-title'] = p.venue;
  if (p.links.doi) item.DOI = p.links.doi;
  if (p.links.url) item.URL = p.links.url;
  if (p.abstract) item.abstract = p.abstract;
  const notes: string[] = [];
  if (p.links.arxiv) {
    item.archive = 'arXiv';
    item.archive_location = p.links.arxiv;
    const primary = p.categories[0] && !p.categories[0].includes(':') ? ` [${p.categories[0]}]` : '';
    notes.push(`arXiv:${p.links.arxiv}${primary}`);
  }
  // CSL has no citation count: Zotero keeps Extra (which it exchanges as `note`) one fact a line.
  if (p.citations) notes.push(citationLine(p.citations));
  if (notes.length) item.note = notes.join('\n');
  const keywords = keywordList(p);
  if (keywords) item.keyword = keywords;
  return item;
}

/** The papers as a CSL-JSON document (pretty-printed, one key per line). */
export function papersToCslJson(papers: readonly Paper[]): string {
  return `${JSON.stringify(papers.map(paperToCsl), null, 2)}\n`;
}
