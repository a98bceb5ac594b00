/**
 * A spreadsheet row's citations, keywords and type: Scopus's "Cited by", Web of Science's "Times
 * Cited", the app's own `citations` with its source and date, or a Zotero "Extra" line; "Author
 * Keywords" or tags; "Document Type" or "Item Type". A bad count is reported at the row's line.
 */
import { citationsInNote, readCount, reportAt } from './citations';
import type { CellReader } from './csv-columns';
import type { Paper, Problem } from './paper';
import { workTypeOf } from './work-types';

export interface CountContext {
  /** Who counted, when the row does not say (see `citationSource`). */
  source: string;
  asOf: string;
}

type Extras = Pick<Paper, 'citations' | 'type' | 'keywords'>;

export function csvExtras(
  cell: CellReader,
  title: string,
  place: { file: string; line: number },
  context: CountContext,
  problems: Problem[],
): Extras {
  const report = reportAt(problems, place, title);
  const count = readCount(cell('citedBy'), 'The citation count', report);
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(cell('citationsAsOf')) ? cell('citationsAsOf') : context.asOf;
  const citations =
    count !== null
      ? { count, source: cell('citationsSource') || context.source, asOf }
      : citationsInNote(cell('extra'), context.asOf, report);
  const words = cell('keywords');
  const keywords = words
    .split(words.includes(';') ? ';' : ',')
    .map((k) => k.trim())
    .filter(Boolean);
  const type = workTypeOf(cell('type'));
  return {
    ...(citations ? { citations } : {}),
    ...(keywords.length ? { keywords: [...new Set(keywords)] } : {}),
    ...(type ? { type } : {}),
  };
}
