/**
 * Collaboration over time: for each year, the coauthors on that year's papers, split into new
 * ones (no earlier paper with them in the papers passed in) and returning ones. The profile's
 * owner is not their own coauthor.
 */
import type { Paper } from '../data/paper';
import { peopleOfPaper } from './coauthor-graph';
import type { PeopleIndex } from './name-merge';
import type { YearSpan } from './timeline';

export interface CollaborationYear {
  year: number;
  papers: number;
  /** Distinct coauthors that year. */
  coauthors: number;
  newCoauthors: number;
  returning: number;
}

/** One row per year of the span (empty years as zeros); papers without a year are skipped. */
export function collaborationByYear(
  papers: readonly Paper[],
  people: PeopleIndex,
  span: YearSpan,
): CollaborationYear[] {
  const owners = new Set(people.people.filter((p) => p.isOwner).map((p) => p.id));
  const byYear = new Map<number, { papers: number; ids: Set<string> }>();
  for (const p of papers) {
    if (p.year === null) continue;
    let y = byYear.get(p.year);
    if (!y) byYear.set(p.year, (y = { papers: 0, ids: new Set() }));
    y.papers++;
    for (const id of peopleOfPaper(p, people)) if (!owners.has(id)) y.ids.add(id);
  }
  const seen = new Set<string>();
  const rows: CollaborationYear[] = [];
  for (let year = span.first; year <= span.last; year++) {
    const y = byYear.get(year);
    const ids = y ? [...y.ids] : [];
    const fresh = ids.filter((id) => !seen.has(id)).length;
    rows.push({
      year,
      papers: y?.papers ?? 0,
      coauthors: ids.length,
      newCoauthors: fresh,
      returning: ids.length - fresh,
    });
    for (const id of ids) seen.add(id);
  }
  return rows;
}
