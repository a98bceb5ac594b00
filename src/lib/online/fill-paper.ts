/**
 * A paper filled in from a record of the same work found online. What we hold is kept; what is
 * missing is taken: the full author list (when the record keeps every author we know and lists
 * more), the abstract, the venue, arXiv categories, topics, keywords, the type, open-access and code
 * links, and the citation count with its per-year counts (the larger, then newer, as in a merge).
 * The result says which parts changed, for the note the user sees.
 */
import { combineExtras } from '../data/combine-extras';
import { makePaper, type Paper } from '../data/paper';
import { pickMatch } from './title-match';

export type FillField =
  | 'authors'
  | 'abstract'
  | 'venue'
  | 'categories'
  | 'topics'
  | 'citations'
  | 'citationsByYear'
  | 'type'
  | 'keywords'
  | 'links';

export function fillPaper(ours: Paper, found: Paper, from: string): { paper: Paper; fields: FillField[] } {
  const fields: FillField[] = [];
  const more =
    found.authors.length > ours.authors.length || (ours.authorsTruncated && !found.authorsTruncated);
  const record = { title: found.title, year: found.year, authors: found.authors, from };
  const takeAuthors = more && 'match' in pickMatch(ours, [record], true);
  if (takeAuthors) fields.push('authors');
  const abstract = ours.abstract || found.abstract;
  if (abstract !== ours.abstract) fields.push('abstract');
  const venue = ours.venue || found.venue;
  if (venue !== ours.venue) fields.push('venue');
  // Only arXiv's own categories: OpenAlex topics are kept as topics, not as categories.
  const arxiv = found.categories.filter((c) => !c.includes(':') && !ours.categories.includes(c));
  if (arxiv.length) fields.push('categories');
  const extras = combineExtras(ours, found);
  if (extras.topics !== ours.topics) fields.push('topics');
  if (extras.citations !== ours.citations) fields.push('citations');
  if (extras.citationsByYear !== ours.citationsByYear) fields.push('citationsByYear');
  if (extras.type !== ours.type) fields.push('type');
  if ((extras.keywords?.length ?? 0) !== (ours.keywords?.length ?? 0)) fields.push('keywords');
  const links = { ...ours.links };
  if (!links.oa && found.links.oa) links.oa = found.links.oa;
  if (!links.code && found.links.code) links.code = found.links.code;
  if (links.oa !== ours.links.oa || links.code !== ours.links.code) fields.push('links');
  if (fields.length === 0) return { paper: ours, fields };
  const paper = makePaper({
    ...ours,
    ...extras,
    abstract,
    venue,
    categories: [...ours.categories, ...arxiv],
    links,
    hasCode: ours.hasCode || Boolean(links.code),
    ...(takeAuthors
      ? { authors: [...found.authors], authorsTruncated: found.authorsTruncated, completedFrom: from }
      : {}),
  });
  return { paper, fields };
}
