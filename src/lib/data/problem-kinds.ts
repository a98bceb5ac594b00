/**
 * How a group of problems of one kind (one `Problem.code`) is said in a sentence: "55 rows have
 * one cell more than the header: lines 2–56 — the last cell was dropped". A code missing here is
 * still grouped; its group is described by its first message.
 */
export interface ProblemKind {
  /** The subject and verb for `n` (more than one) problems. */
  many: (n: number) => string;
  /** What was done about them, after a dash. */
  then: string;
}

export const PROBLEM_KINDS: Readonly<Record<string, ProblemKind>> = {
  'extra-cell': {
    many: (n) => `${n} rows have one cell more than the header`,
    then: 'the last cell was dropped',
  },
  'extra-cells': {
    many: (n) => `${n} rows have more cells than the header`,
    then: 'the cells past the header were dropped (later columns may be shifted)',
  },
  'no-title': { many: (n) => `${n} records have no title`, then: 'skipped' },
  'no-date': { many: (n) => `${n} records have no year or date`, then: 'kept without a date' },
  'no-authors': { many: (n) => `${n} records list no authors`, then: 'kept without them' },
  'implausible-year': {
    many: (n) => `${n} papers have a year that cannot be a publication year`,
    then: 'kept without a date',
  },
  'date-not-understood': { many: (n) => `${n} dates were not understood`, then: 'read without them' },
  'duplicate-key': {
    many: (n) => `${n} entries reuse a key used before`,
    then: 'each is kept as a work of its own',
  },
  'same-paper': {
    many: (n) => `${n} records repeat a paper read before`,
    then: 'each was merged into the first',
  },
  'bad-citations': {
    many: (n) =>
      `${n} citation counts are not believable (not a whole number, negative, over 10^6, or for a year outside the paper's life)`,
    then: 'ignored, never summed',
  },
  'not-a-category': { many: (n) => `${n} category codes are not arXiv categories`, then: 'ignored' },
};
