/**
 * Whether a record found by an identifier (a DOI, an arXiv id) is the paper we hold. The
 * identifier names the paper, and a preprint's title often changes on the way to the journal, so
 * titles need not be equal; but a record whose title shares little with ours answers for another
 * paper (a mistyped DOI), and is refused with the reason. Records found by title are judged by
 * `pickMatch` (`title-match.ts`), as the author completer does.
 */
import { normaliseTitle } from '../data/paper';

/** Least share of title words two titles of one work have in common (Dice coefficient). */
const MIN_SHARED = 0.6;

/** Why the record found under `id` is another paper, or null when it is this one. */
export function idMatchProblem(ours: string, found: string, id: string): string | null {
  const a = normaliseTitle(ours);
  const b = normaliseTitle(found);
  if (!b) return `${id} leads to a record without a title`;
  if (a === b || a.includes(b) || b.includes(a)) return null;
  const words = (t: string) => new Set(t.split(' ').filter((w) => w.length >= 3));
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  if (wa.size + wb.size > 0 && (2 * shared) / (wa.size + wb.size) >= MIN_SHARED) return null;
  const shown = found.length > 90 ? `${found.slice(0, 87)}…` : found;
  return `${id} leads to “${shown}”, another paper`;
}
