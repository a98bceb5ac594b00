/**
 * The selection's papers as CSL-JSON (Zotero, Pandoc, citeproc): an array of items with
 * structured names and dates. arXiv ids go where Zotero puts them (`archive`/`archive_location`)
 * and into `note` as "arXiv:ID [category]", which reference managers and the app's importer read.
 */
import type { Paper } from '../data/paper';
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

function cslName(name: string): CslName {
  const { family, given, suffix } = nameParts(name);
  if (!given) return { literal: name };
  return { family, given, ...(suffix ? { suffix } : {}) };
}

/** One item per paper; `id` is the app's paper id. */
export function paperToCsl(p: Paper): CslItem {
  const item: CslItem = { id: p.id, type: p.venue ? 'article-journal' : 'article', title: p.title };
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
  if (p.links.arxiv) {
    item.archive = 'arXiv';
    item.archive_location = p.links.arxiv;
    const primary = p.categories[0] && !p.categories[0].includes(':') ? ` [${p.categories[0]}]` : '';
    item.note = `arXiv:${p.links.arxiv}${primary}`;
  }
  if (p.categories.length) item.keyword = p.categories.join(', ');
  return item;
}

/** The papers as a CSL-JSON document (pretty-printed, one key per line). */
export function papersToCslJson(papers: readonly Paper[]): string {
  return `${JSON.stringify(papers.map(paperToCsl), null, 2)}\n`;
}
