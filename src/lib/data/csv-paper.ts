/**
 * One spreadsheet row to a paper: Scopus's author forms, arXiv categories and ids, DOI, links, and
 * a date from a date column and a year column that may disagree.
 */
import { canonicalCategory } from './arxiv-taxonomy';
import type { CellReader } from './csv-columns';
import { csvExtras, type CountContext } from './csv-extras';
import { makeLinks, makePaper, type Paper, type Problem } from './paper';
import { parseLooseDate, partialDate, NO_DATE, type PartialDate } from './partial-date';
import { asArxivId, categoryOfArxivId, cleanDoi, codeLink, findArxivId } from './record-ids';
import { formatLastFirst, splitAuthorList } from './source-name';

/**
 * The paper a row describes, or null (with a problem) when it has no title. Category cells that
 * are not arXiv ids are reported once per file: `unknownCategories` holds those already reported.
 */
export function csvPaper(
  cell: CellReader,
  line: number,
  file: string,
  problems: Problem[],
  unknownCategories: Set<string>,
  counts: CountContext,
): Paper | null {
  const title = cell('title').replace(/\s+/g, ' ');
  if (!title) {
    problems.push({
      file,
      line,
      message: 'The row has no title; skipped.',
      action: 'skipped',
      code: 'no-title',
    });
    return null;
  }
  // Scopus's "Author full names" ("Phillips, James C. (7402220509); …") beat its initials list.
  const full = cell('fullNames');
  const names = full
    ? {
        names: full
          .split(';')
          .map((n) => formatLastFirst(n.replace(/\(\d+\)\s*$/, '')))
          .filter(Boolean),
        truncated: false,
      }
    : splitAuthorList(cell('authors'));
  const categories: string[] = [];
  for (const code of cell('categories')
    .split(/[\s,;|]+/)
    .filter(Boolean)) {
    // Case-insensitive only for dotted ids ("CS.LG"): a bare "Physics" is a subject word, not an id.
    const found = canonicalCategory(code);
    const id = found === code || code.includes('.') ? found : null;
    if (id) {
      if (!categories.includes(id)) categories.push(id);
    } else if (!unknownCategories.has(code)) {
      unknownCategories.add(code);
      const message = `"${code}" is not an arXiv category; ignored.`;
      problems.push({ file, line, message, action: 'noted', code: 'not-a-category' });
    }
  }
  const url = cell('url') || undefined;
  const doi = cleanDoi(cell('doi')) ?? undefined;
  const arxiv =
    asArxivId(cell('arxiv')) ?? findArxivId(`${cell('arxiv')} ${url ?? ''} ${cell('doi')}`) ?? undefined;
  const oldStyle = arxiv ? categoryOfArxivId(arxiv) : null;
  if (!categories.length && oldStyle) categories.push(oldStyle);
  const code = codeLink(url);
  return makePaper({
    ...csvExtras(cell, title, { file, line }, counts, problems),
    title,
    ...dateOf(cell, line, file, problems),
    categories,
    authors: names.names,
    authorsTruncated: names.truncated,
    abstract: cell('abstract'),
    hasCode: Boolean(code),
    venue: cell('venue'),
    links: makeLinks({ arxiv, doi, url, code }),
    source: { file, line },
  });
}

/** The date column when it agrees with the year column (or there is none), else the year. */
function dateOf(cell: CellReader, line: number, file: string, problems: Problem[]): PartialDate {
  const dateText = cell('date');
  const date = dateText ? parseLooseDate(dateText) : NO_DATE;
  if (dateText && !date.date) {
    const message = `Date "${dateText}" not understood.`;
    problems.push({ file, line, message, action: 'noted', code: 'date-not-understood' });
  }
  const yearText = cell('year');
  const year = /^-?\d{1,4}$/.test(yearText) ? partialDate(Number(yearText)) : NO_DATE;
  if (yearText && !year.date) {
    const message = `Year "${yearText}" not understood.`;
    problems.push({ file, line, message, action: 'noted', code: 'date-not-understood' });
  }
  return date.date && (!year.year || date.year === year.year) ? date : year.date ? year : date;
}
