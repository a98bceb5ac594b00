/**
 * A BibTeX entry's kind, keywords and citation count. The kind comes from the entry type, with
 * arXiv preprints told apart (`@misc` or `@unpublished` with an arXiv eprint, or ADS's journal
 * "arXiv e-prints"); keywords are those that do not name an arXiv category (those are categories);
 * a count is a line in `note` or `annote`: "Citations (OpenAlex): 12 [2026-11-20]" as this app and
 * Zotero's Citation Counts Manager write it, or Scopus's "cited By 12".
 */
import { splitKeywords } from './arxiv-keywords';
import { citationsInNote, reportAt } from './citations';
import type { BibEntry } from './bibtex-resolve';
import type { Paper, Problem } from './paper';
import { texToUnicode } from './tex-to-unicode';
import { workTypeOf } from './work-types';

type Extras = Pick<Paper, 'citations' | 'type' | 'keywords'>;

export function bibtexExtras(
  entry: BibEntry,
  paper: Pick<Paper, 'title' | 'venue' | 'links'>,
  file: string,
  asOf: string,
  problems: Problem[],
): Extras {
  const type = entryType(entry.type.toLowerCase(), paper);
  const { others } = splitKeywords(texToUnicode(entry.fields.get('keywords') ?? ''));
  let citations = null;
  for (const field of ['note', 'annote', 'annotation']) {
    const text = entry.fields.get(field);
    if (text === undefined) continue;
    const place = { file, line: entry.fieldLines.get(field) ?? entry.line };
    citations = citationsInNote(texToUnicode(text), asOf, reportAt(problems, place, paper.title));
    if (citations) break;
  }
  return {
    ...(type ? { type } : {}),
    ...(others.length ? { keywords: others } : {}),
    ...(citations ? { citations } : {}),
  };
}

function entryType(type: string, paper: Pick<Paper, 'venue' | 'links'>) {
  const unpublished = ['misc', 'unpublished', 'online', 'article'].includes(type);
  const noJournal = !paper.venue || /^arxiv\b/i.test(paper.venue);
  if (paper.links.arxiv && unpublished && noJournal) return 'preprint';
  return workTypeOf(type);
}
