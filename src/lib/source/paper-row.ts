/** What the paper list draws of a paper (see PaperRow): the page source and the SQL source build rows alike. */
import type { Paper } from '../data/paper';
import type { PaperRow } from './questions';

export function paperRow(p: Paper, index: number, people: readonly string[]): PaperRow {
  return {
    index,
    id: p.id,
    title: p.title,
    date: p.date,
    precision: p.precision,
    year: p.year,
    yearInferred: p.yearInferred,
    categories: p.categories,
    guessedCategories: p.guessedCategories,
    authors: p.authors,
    authorsTruncated: p.authorsTruncated,
    hasCode: p.hasCode,
    hasAbstract: p.abstract !== '',
    venue: p.venue,
    links: p.links,
    people,
  };
}
