/**
 * Collaboration over time: for each year, the coauthors on that year's papers, split into new
 * ones (no earlier paper with them in the papers passed in) and returning ones. The profile's
 * owner is not their own coauthor.
 */
import type { Paper } from '../data/paper';
import type { PeopleIndex } from './name-merge';
import { personCodes } from './person-codes';
import type { YearSpan } from './timeline';

export interface CollaborationYear {
  year: number;
  papers: number;
  /** Distinct coauthors that year. */
  coauthors: number;
  newCoauthors: number;
  returning: number;
}

/**
 * One row per year of the span (empty years as zeros); papers without a year, or outside the
 * span, are skipped. Papers are taken year by year and people by small integer codes (each
 * paper's codes found once), with the last year each was counted in: a person counted for the
 * first time is new, one counted in an earlier year is returning. Integer codes in typed arrays,
 * not sets of id strings per year, so a filter allocates little (property-tested against the sets).
 */
export function collaborationByYear(
  papers: readonly Paper[],
  people: PeopleIndex,
  span: YearSpan,
): CollaborationYear[] {
  const codes = personCodes(people);
  const { owner } = codes;
  const years = span.last - span.first + 1;
  // Papers by year (a counting sort of their indexes); -1 for a paper outside the span.
  // (A plain loop: TypedArray.from with a mapper measured slower.)
  const yearOf = new Int32Array(papers.length);
  const start = new Int32Array(years + 1);
  for (let i = 0; i < papers.length; i++) {
    const year = papers[i].year;
    const y = year !== null && year >= span.first && year <= span.last ? year - span.first : -1;
    yearOf[i] = y;
    if (y >= 0) start[y + 1]++;
  }
  for (let y = 0; y < years; y++) start[y + 1] += start[y];
  const order = new Int32Array(start[years]);
  const next = start.slice(0, years);
  for (let i = 0; i < yearOf.length; i++) if (yearOf[i] >= 0) order[next[yearOf[i]]++] = i;
  // Per person code: the last year (index) it was counted in, -1 before its first.
  const counted: number[] = new Array<number>(codes.size).fill(-1);
  const rows: CollaborationYear[] = [];
  for (let y = 0; y < years; y++) {
    let coauthors = 0;
    let fresh = 0;
    for (let k = start[y]; k < start[y + 1]; k++) {
      const cs = codes.of(papers[order[k]]);
      for (const c of cs) {
        const before = counted[c] ?? -1;
        if (owner[c] || before === y) continue;
        if (before === -1) fresh++;
        counted[c] = y;
        coauthors++;
      }
    }
    rows.push({
      year: span.first + y,
      papers: start[y + 1] - start[y],
      coauthors,
      newCoauthors: fresh,
      returning: coauthors - fresh,
    });
  }
  return rows;
}
