/**
 * Which years a paper can have: from 1600 (the first journals; anything earlier is a typo such
 * as `year = {6}` or a date BC) to the year after the "as of" date (accepted papers carry next
 * year's date). Every parser passes its papers through here, so each reports an implausible year
 * the same way: the paper is kept, undated, and the problem names its line or record.
 */
import { paperId, todayIso, type Paper, type ParseOptions, type Problem } from './paper';

export const FIRST_PLAUSIBLE_YEAR = 1600;

export interface YearRange {
  first: number;
  last: number;
}

/** The plausible years for a collection read on `asOf` (ISO date; today when absent). */
export function plausibleYears(asOf: string = todayIso()): YearRange {
  const year = Number(/^-?\d+/.exec(asOf)?.[0]);
  return {
    first: FIRST_PLAUSIBLE_YEAR,
    last: (Number.isFinite(year) ? year : Number(todayIso().slice(0, 4))) + 1,
  };
}

/** True when `year` lies in `range`. */
export function isPlausibleYear(year: number, range: YearRange): boolean {
  return year >= range.first && year <= range.last;
}

/** Where a problem is: a file and a line or record. */
export type Place = Pick<Problem, 'file' | 'line' | 'record'>;

/** The problem an implausible year gives, at `place` (the paper's source by default). */
export function implausibleYearProblem(paper: Paper, range: YearRange, place: Place = paper.source): Problem {
  const { file, line, record } = place;
  const year = paper.year as number;
  const written = year < 0 ? `${year} (BC)` : String(year);
  return {
    file,
    ...(line !== undefined ? { line } : record !== undefined ? { record } : {}),
    message: `The year ${written} is not a plausible publication year (${range.first}–${range.last}); the paper is kept without a date.`,
    action: 'repaired',
    code: 'implausible-year',
  };
}

/**
 * The paper, or a copy without a date when its year is implausible (`report` gets the problem,
 * placed at `place` or else the paper's source). An id made from title and year is made again
 * without the year, so a later merge does not match on a year nobody believes.
 */
export function undateImplausible(
  paper: Paper,
  range: YearRange,
  report: (problem: Problem) => void,
  place?: Place,
): Paper {
  if (paper.year === null || isPlausibleYear(paper.year, range)) return paper;
  report(implausibleYearProblem(paper, range, place));
  const ids = { arxiv: paper.links.arxiv, doi: paper.links.doi, title: paper.title };
  const derived = paper.id === paperId({ ...ids, year: paper.year });
  return {
    ...paper,
    id: derived ? paperId({ ...ids, year: null }) : paper.id,
    date: null,
    precision: null,
    year: null,
    yearInferred: false,
  };
}

/** Every paper through `undateImplausible`, problems added to `problems`. */
export function undateImplausibleYears(papers: Paper[], options: ParseOptions, problems: Problem[]): Paper[] {
  const range = plausibleYears(options.asOf);
  return papers.map((p) => undateImplausible(p, range, (problem) => problems.push(problem)));
}
