/**
 * RIS files (Zotero, EndNote, Mendeley, Scopus, Web of Science exports) to papers: `ris-records.ts`
 * reads the tagged lines into records (`TY  - JOUR` … `ER  -`); this file maps their tags (TI, AU,
 * PY/DA/Y1, DO, UR, …) to a paper.
 */
import { citationsInNote, reportAt } from './citations';
import {
  makeLinks,
  makePaper,
  todayIso,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Problem,
} from './paper';
import { parseLooseDate, type PartialDate } from './partial-date';
import { undateImplausibleYears } from './plausible-year';
import {
  cleanDoi,
  codeLink,
  findArxivCategory,
  findArxivId,
  categoryOfArxivId,
  mergeSameIds,
} from './record-ids';
import { readRisRecords, type RisRecord } from './ris-records';
import { formatLastFirst } from './source-name';
import { workTypeOf } from './work-types';

export const FORMAT_RIS = 'ris';

const TRUNCATION = /^(?:et\.?\s*al\.?|others|\.\.\.|…)$/i;

/** True when the first non-blank line is a `TY  - ` tag. */
export function looksLikeRis(text: string): boolean {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .slice(0, 4096)
      .match(/^\s*(.*)/)?.[1] ?? '';
  return /^TY {1,2}- ?\S/.test(first);
}

/** Parses RIS text into papers and problems located by file line; never throws on bad input. */
export function parseRis(text: string, options: ParseOptions): ParseResult {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_RIS, papers: [], problems, records: 0 };
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') {
    problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
    return result;
  }
  const records = readRisRecords(clean, file, problems);
  result.records = records.length;
  if (records.length === 0) {
    problems.push({
      file,
      line: 1,
      message: 'No RIS records found: a record starts with a line "TY  - JOUR" and ends with "ER  -".',
      action: 'refused',
    });
    return result;
  }
  const asOf = options.asOf ?? todayIso();
  const papers = records.flatMap((r) => {
    const p = risPaper(r, file, asOf, problems);
    return p ? [p] : [];
  });
  result.papers = mergeSameIds(undateImplausibleYears(papers, options, problems), problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

function risPaper(record: RisRecord, file: string, asOf: string, problems: Problem[]): Paper | null {
  const values = new Map<string, string[]>();
  for (const [tag, fields] of record.fields) values.set(tag, fields.map((f) => f.value).filter(Boolean));
  const all = (tag: string) => values.get(tag) ?? [];
  const first = (...tags: string[]) => tags.map((t) => all(t)[0]).find(Boolean);
  const title = first('TI', 'T1', 'CT') ?? (record.type === 'BOOK' ? first('BT') : undefined);
  if (!title) {
    problems.push({
      file,
      line: record.line,
      message: `The ${record.type || 'untyped'} record has no title (TI or T1); skipped.`,
      code: 'no-title',
      action: 'skipped',
    });
    return null;
  }
  // A2 are secondary authors (editors) in the RIS spec; they stand in only when no author is listed.
  const rawAuthors = all('AU').length ? all('AU') : all('A1').length ? all('A1') : all('A2');
  const truncated = rawAuthors.some((a) => TRUNCATION.test(a));
  const authors = rawAuthors.filter((a) => !TRUNCATION.test(a)).map(formatLastFirst);

  const doi = [...all('DO'), ...all('M3')].map(cleanDoi).find(Boolean) ?? undefined;
  const url = first('UR', 'L2');
  const idTexts = [
    ...all('DO'),
    ...all('UR'),
    ...all('L1'),
    ...all('L2'),
    ...all('AN'),
    ...all('N1'),
    ...all('M3'),
  ];
  const arxiv = idTexts.map(findArxivId).find(Boolean) ?? undefined;
  const category = idTexts.map(findArxivCategory).find(Boolean) ?? (arxiv ? categoryOfArxivId(arxiv) : null);
  const venue = first(...(record.type === 'BOOK' ? ['JF', 'JO'] : ['T2', 'JF', 'JO', 'JA', 'J2', 'BT']));
  const code = codeLink(url);
  const report = reportAt(problems, { file, line: record.line }, title);
  const citations = all('N1')
    .map((note) => citationsInNote(note, asOf, report))
    .find(Boolean);
  const type = workTypeOf(record.type);
  const keywords = [
    ...new Set(
      all('KW')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  return makePaper({
    ...(citations ? { citations } : {}),
    ...(type ? { type } : {}),
    ...(keywords.length ? { keywords } : {}),
    title: title.replace(/\s+/g, ' '),
    ...bestDate(record, file, problems),
    categories: category ? [category] : [],
    authors,
    authorsTruncated: truncated,
    abstract: first('AB', 'N2') ?? '',
    hasCode: Boolean(code),
    venue: venue ?? '',
    links: makeLinks({ arxiv, doi, url, code }),
    source: { file, line: record.line },
  });
}

const RANK = { day: 3, month: 2, year: 1 } as const;

/** The most precise of DA, PY and Y1 (EndNote puts the full date in Y1, Zotero in DA). */
function bestDate(record: RisRecord, file: string, problems: Problem[]): PartialDate {
  let best: PartialDate = { date: null, precision: null, year: null };
  for (const tag of ['PY', 'DA', 'Y1']) {
    for (const f of record.fields.get(tag) ?? []) {
      if (!f.value) continue;
      const d = parseLooseDate(f.value);
      if (!d.date) {
        problems.push({
          file,
          line: f.line,
          message: `Date "${f.value}" (${tag}) not understood.`,
          code: 'date-not-understood',
          action: 'noted',
        });
      } else if (d.precision && (!best.precision || RANK[d.precision] > RANK[best.precision])) best = d;
    }
  }
  return best;
}
