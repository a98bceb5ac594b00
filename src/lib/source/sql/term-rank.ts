/**
 * The top terms of a selection by weight, as `countTerms` ranks them (model/terms.ts): terms in at
 * least `minPapers` papers, a word left out when one phrase holds 80% or more of its papers, by
 * weight, then papers, then key. SQL counts the candidates (the top K by weight and papers, with
 * every term tied with the K-th); keys order them here, by code unit. A word dropped for its
 * phrase may leave fewer than `limit`: then K grows until enough remain or none are left.
 */
import { TITLE_WEIGHT, type TermCount } from '../../model/terms';
import { int, intList } from './dialect';
import { and } from './engine';
import type { SqlScope } from './scope';

const DOMINANT_SHARE = 0.8;

interface Candidate {
  id: number;
  key: string;
  papers: number;
  titles: number;
  weight: number;
}

export async function rankedTerms(
  s: SqlScope,
  where: string,
  minPapers: number,
  limit: number,
): Promise<TermCount[]> {
  const PT = s.t('paper_terms');
  const papers = s.paperIn(where);
  const weight = `sum(in_title) * ${int(TITLE_WEIGHT - 1)} + count()`;
  for (let k = limit * 2; ; k *= 4) {
    const top = await s.rows(
      `SELECT term, count(), sum(in_title) FROM ${PT} WHERE ${papers} GROUP BY term
       HAVING count() >= ${int(minPapers)} ORDER BY ${weight} DESC, count() DESC LIMIT ${int(k)}`,
    );
    let rows = top;
    if (top.length === k) {
      // Everything tied with the K-th on weight and papers: the key decides among them.
      const [n, t] = [Number(top[k - 1][1]), Number(top[k - 1][2])];
      const tied = await s.rows(
        `SELECT term, count(), sum(in_title) FROM ${PT} WHERE ${papers} GROUP BY term
         HAVING count() = ${int(n)} AND ${weight} = ${int(t * TITLE_WEIGHT + n - t)}`,
      );
      const seen = new Set(top.map(([id]) => Number(id)));
      rows = [...top, ...tied.filter(([id]) => !seen.has(Number(id)))];
    }
    const candidates = await withKeys(s, rows);
    const kept = await withoutDominatedWords(s, papers, candidates);
    kept.sort((a, b) => b.weight - a.weight || b.papers - a.papers || (a.key < b.key ? -1 : 1));
    if (kept.length >= limit || top.length < k) {
      const chosen = kept.slice(0, limit);
      const forms = await surfacesOf(
        s,
        where,
        chosen.map((c) => c.id),
      );
      return chosen.map(({ key, papers, titles, weight }, i) => ({
        key,
        term: mostUsed(forms.get(chosen[i].id) ?? new Map([[key, 0]])),
        papers,
        titles,
        weight,
      }));
    }
  }
}

async function withKeys(s: SqlScope, rows: unknown[][]): Promise<Candidate[]> {
  const ids = rows.map(([id]) => Number(id));
  const keys = new Map(
    (ids.length ? await s.rows(`SELECT id, key FROM ${s.t('terms')} WHERE id IN ${intList(ids)}`) : []).map(
      ([id, key]) => [Number(id), String(key)],
    ),
  );
  return rows.map(([id, n, t]) => ({
    id: Number(id),
    key: keys.get(Number(id))!,
    papers: Number(n),
    titles: Number(t),
    weight: Number(t) * TITLE_WEIGHT + (Number(n) - Number(t)),
  }));
}

/** The candidates less the words whose papers a phrase holds at least DOMINANT_SHARE of. */
async function withoutDominatedWords(
  s: SqlScope,
  papers: string,
  candidates: Candidate[],
): Promise<Candidate[]> {
  const words = candidates.filter((c) => !c.key.includes(' ')).map((c) => c.id);
  if (words.length === 0) return candidates;
  const inPhrase = new Map<number, number>();
  for (const side of ['w1', 'w2']) {
    const rows = await s.rows(
      `SELECT ${side}, max(n) FROM (SELECT term, ${side}, count() AS n FROM ${s.t('paper_terms')}
       WHERE ${and(papers, `${side} IN ${intList(words)}`)} GROUP BY term, ${side}) AS x GROUP BY ${side}`,
    );
    for (const [w, n] of rows) inPhrase.set(Number(w), Math.max(inPhrase.get(Number(w)) ?? 0, Number(n)));
  }
  return candidates.filter(
    (c) => c.key.includes(' ') || (inPhrase.get(c.id) ?? 0) < DOMINANT_SHARE * c.papers,
  );
}

/** Per term id, its written forms among the papers passing `where` and how many papers use each. */
export async function surfacesOf(
  s: SqlScope,
  where: string,
  ids: readonly number[],
): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>();
  if (ids.length === 0) return out;
  const rows = await s.rows(
    `SELECT term, surface, count() FROM ${s.t('paper_terms')}
     WHERE ${and(s.paperIn(where), `term IN ${intList(ids)}`)} GROUP BY term, surface`,
  );
  const surfaceIds = [...new Set(rows.map(([, sf]) => Number(sf)))];
  const texts = new Map(
    (surfaceIds.length
      ? await s.rows(`SELECT id, text FROM ${s.t('surfaces')} WHERE id IN ${intList(surfaceIds)}`)
      : []
    ).map(([id, text]) => [Number(id), String(text)]),
  );
  for (const [term, surface, n] of rows) {
    let forms = out.get(Number(term));
    if (!forms) out.set(Number(term), (forms = new Map()));
    const text = texts.get(Number(surface))!;
    forms.set(text, (forms.get(text) ?? 0) + Number(n));
  }
  return out;
}

/** The form most papers use; ties → the smaller text (as the model's `mostFrequent`). */
export function mostUsed(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [text, n] of forms) if (n > bestN || (n === bestN && text < best)) [best, bestN] = [text, n];
  return best;
}
