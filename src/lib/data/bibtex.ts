/**
 * BibTeX and BibLaTeX files (NASA ADS, Google Scholar, Zotero, JabRef exports) to papers.
 *
 *   text ─► readBibtexEntries (latex-utensils grammar, per entry) ─► raw entries + syntax problems
 *        ─► resolveEntries (@string macros, `#`, duplicate keys, crossref) ─► field maps
 *        ─► bibtexPaper (TeX → Unicode, names, dates, arXiv, DOI) ─► mergeSameIds ─► Paper[]
 */
import { readBibtexEntries } from './bibtex-entries';
import { bibtexPaper } from './bibtex-paper';
import { resolveEntries } from './bibtex-resolve';
import type { ParseOptions, ParseResult } from './paper';
import { undateImplausibleYears } from './plausible-year';
import { mergeSameIds } from './record-ids';

export const FORMAT_BIBTEX = 'bibtex';

/** True when the text has a BibTeX entry start (`@article{`) at the beginning of a line. */
export function looksLikeBibtex(text: string): boolean {
  return /^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(text.slice(0, 65536).replace(/^\uFEFF/, ''));
}

/** Parses a .bib file into papers and problems located by file line; never throws on bad input. */
export function parseBibtex(text: string, options: ParseOptions): ParseResult {
  const file = options.file;
  const clean = text.replace(/^\uFEFF/, '');
  const read = readBibtexEntries(clean, file);
  const problems = read.problems;
  const result: ParseResult = { format: FORMAT_BIBTEX, papers: [], problems, records: read.records };
  if (clean.trim() === '') {
    problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
    return result;
  }
  if (read.items.length === 0 && read.records === 0) {
    problems.push({
      file,
      line: 1,
      message: 'No BibTeX entries found: entries start with a line such as "@article{key,".',
      action: 'refused',
    });
    return result;
  }
  const papers = resolveEntries(read.items, file, problems).flatMap((entry) => {
    const paper = bibtexPaper(entry, file, problems, options.asOf);
    return paper ? [paper] : [];
  });
  result.papers = mergeSameIds(undateImplausibleYears(papers, options, problems), problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}
