/**
 * Deciding that a record found online is the paper we hold. Looked up by title, only an exact
 * match of the normalised titles counts: "Galaxy Zoo DECaLS" is not "Galaxy Zoo DR2", however
 * close the words. Every match must also keep the authors we already know and list at least as
 * many; a near miss is refused with the reason, so the user sees why a paper stayed as it was.
 */
import { normaliseTitle, type Paper } from '../data/paper';
import { parsePersonName } from '../model/person-name';

export interface FoundRecord {
  title: string;
  year: number | null;
  authors: readonly string[];
  /** The record's URL, kept on the completed paper. */
  from: string;
}

export type MatchOutcome = { match: FoundRecord } | { reason: string };

/**
 * The first record that is this paper. `byId`: found by DOI or arXiv id, which names the paper
 * already, so the title (often changed between preprint and journal) is not compared.
 */
export function pickMatch(paper: Paper, records: readonly FoundRecord[], byId = false): MatchOutcome {
  if (records.length === 0)
    return { reason: byId ? 'not found by its identifier' : 'no work with this title' };
  const title = normaliseTitle(paper.title);
  const sameTitle = byId ? records : records.filter((r) => normaliseTitle(r.title) === title);
  if (sameTitle.length === 0)
    return { reason: `no work with exactly this title (nearest: “${nearest(title, records)}”)` };
  let reason = '';
  for (const r of sameTitle) {
    const why = byId ? authorsProblem(paper, r) : (yearProblem(paper, r) ?? authorsProblem(paper, r));
    if (!why) return { match: r };
    reason ||= why;
  }
  return { reason };
}

/** Preprint and journal versions can be a year apart; a guessed year is not compared at all. */
function yearProblem(paper: Paper, r: FoundRecord): string | null {
  if (paper.year === null || paper.yearInferred || r.year === null) return null;
  return Math.abs(paper.year - r.year) <= 1 ? null : `same title, but from ${r.year}, not ${paper.year}`;
}

function authorsProblem(paper: Paper, r: FoundRecord): string | null {
  if (r.authors.length < paper.authors.length) {
    return `the record lists ${r.authors.length} authors, fewer than the ${paper.authors.length} known`;
  }
  const surnames = new Set(r.authors.map((a) => parsePersonName(a)?.surname).filter(Boolean));
  const missing = paper.authors.find((a) => {
    const s = parsePersonName(a)?.surname;
    return s !== undefined && !surnames.has(s);
  });
  return missing ? `same title, but the record does not list ${missing}` : null;
}

/** The title sharing most words with ours, for the refusal message. */
function nearest(title: string, records: readonly FoundRecord[]): string {
  const words = new Set(title.split(' '));
  const score = (r: FoundRecord) =>
    normaliseTitle(r.title)
      .split(' ')
      .filter((w) => words.has(w)).length;
  const best = [...records].sort((a, b) => score(b) - score(a))[0];
  return best.title.length > 90 ? `${best.title.slice(0, 87)}…` : best.title;
}
