/**
 * A paper's citations as the tables keep them: a small JSON of what the Citations answer reads
 * (the counts, and the paper's primary group under every "Group by" kind, so a question of any
 * `group` is answered from it alone), and the years it was cited in, for the view's filter.
 */
import type { Paper } from '../../data/paper';
import { primaryGroup } from '../../model/group-info';
import { GROUP_KINDS, type GroupKind } from '../../model/group-kinds';
import { hasCitations, type CitedRecord } from '../citations-answer';

/** The `cited` column of `papers`, read back. */
export interface StoredCited extends CitedRecord {
  groups: Record<GroupKind, string>;
}

/** The `cited` column: '' for a paper that only counts among the papers (no count, no years). */
export function citedJson(p: Paper): string {
  if (!hasCitations(p)) return '';
  const stored: StoredCited = {
    id: p.id,
    title: p.title,
    year: p.year,
    citations: p.citations,
    citationsByYear: p.citationsByYear,
    groups: Object.fromEntries(GROUP_KINDS.map((k) => [k, primaryGroup(p, k)])) as Record<GroupKind, string>,
  };
  return JSON.stringify(stored);
}

export const parseCited = (text: string): StoredCited => JSON.parse(text) as StoredCited;

const I32 = 2 ** 31;

/**
 * The years with a per-year count above 0, as the page's filter finds them (`citedTest` reads the
 * key `String(year)`, so a key written otherwise is never a year it asks about).
 */
export function citedYears(p: Pick<Paper, 'citationsByYear'>): number[] {
  return Object.entries(p.citationsByYear ?? {}).flatMap(([key, n]) => {
    const year = Number(key);
    return n > 0 && Number.isInteger(year) && String(year) === key && year >= -I32 && year < I32
      ? [year]
      : [];
  });
}
