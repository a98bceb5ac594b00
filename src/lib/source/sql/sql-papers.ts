/**
 * The paper list's answers in SQL: windows of rows in an order (each paper's rank in each order is
 * stored, computed at load by the list's own sort), abstracts, highlights and whole records.
 */
import type { Paper } from '../../data/paper';
import type {
  AbstractAnswer,
  AbstractQuestion,
  HighlightsAnswer,
  HighlightsQuestion,
  PaperRow,
  PapersAnswer,
  PapersQuestion,
  RecordsAnswer,
  RecordsQuestion,
} from '../questions';
import { int, intList } from './dialect';
import { and } from './engine';
import { paperRow } from '../paper-row';
import type { SqlScope } from './scope';

/** The most papers `records` returns whole; a larger selection is refused with this number. */
export const MAX_RECORDS = 100_000;

const RANK = { newest: 'rank_newest', oldest: 'rank_oldest', title: 'rank_title' } as const;

/**
 * Rows of the papers passing `where`, in `order`: their keys first (sorting narrow columns), then
 * their records, so a page deep in a large list does not sort every record it skips.
 */
async function rowsWhere(s: SqlScope, where: string, order: string, limit: number, offset = 0) {
  const keys = await s.rows(
    `SELECT idx FROM ${s.t('papers')} WHERE ${where} ORDER BY ${order} LIMIT ${int(limit)} OFFSET ${int(offset)}`,
  );
  if (keys.length === 0) return [];
  const indexes = keys.map(([idx]) => Number(idx));
  const rows = await s.rows(
    `SELECT idx, record, people FROM ${s.t('papers')} WHERE idx IN ${intList(indexes)}`,
  );
  const byIndex = new Map(rows.map(([idx, record, people]) => [Number(idx), [record, people]]));
  return indexes.map((idx) => {
    const [record, people] = byIndex.get(idx)!;
    return paperRow(JSON.parse(String(record)) as Paper, idx, JSON.parse(String(people)) as string[]);
  });
}

export async function papersAnswer(s: SqlScope, q: PapersQuestion): Promise<PapersAnswer> {
  const where = await s.where(q.filter);
  const [count, rows] = await Promise.all([
    s.rows(`SELECT count() FROM ${s.t('papers')} WHERE ${where}`),
    q.limit > 0 ? rowsWhere(s, where, RANK[q.order], q.limit, q.offset) : Promise.resolve([]),
  ]);
  return { total: Number(count[0][0]), rows };
}

export async function abstractAnswer(s: SqlScope, q: AbstractQuestion): Promise<AbstractAnswer> {
  const rows = await s.rows(`SELECT record FROM ${s.t('papers')} WHERE idx = ${int(q.index)}`);
  return { abstract: rows.length ? (JSON.parse(String(rows[0][0])) as Paper).abstract : '' };
}

/**
 * As the page picks them: the newest two, then the newest with code, then the one with most
 * authors of those not picked yet (ties: the newer); shown newest first.
 */
export async function highlightsAnswer(s: SqlScope, q: HighlightsQuestion): Promise<HighlightsAnswer> {
  const where = await s.where(q.filter);
  const [newest, withCode, most] = await Promise.all([
    rowsWhere(s, where, 'rank_newest', 2),
    rowsWhere(s, and(where, 'has_code = 1'), 'rank_newest', 3),
    rowsWhere(s, where, 'n_authors DESC, rank_newest', 4),
  ]);
  const picked = new Map<number, PaperRow>(newest.map((r) => [r.index, r]));
  const code = withCode.find((r) => !picked.has(r.index));
  if (picked.size < 3 && code) picked.set(code.index, code);
  const many = most.find((r) => !picked.has(r.index));
  if (many && picked.size < 4) picked.set(many.index, many);
  const ranks = await s.rows(
    `SELECT idx, rank_newest FROM ${s.t('papers')} WHERE idx IN (${[...picked.keys()].join(',') || 'NULL'})`,
  );
  const rank = new Map(ranks.map(([i, r]) => [Number(i), Number(r)]));
  return { rows: [...picked.values()].sort((a, b) => rank.get(a.index)! - rank.get(b.index)!) };
}

export async function recordsAnswer(s: SqlScope, q: RecordsQuestion): Promise<RecordsAnswer> {
  const where = await s.where(q.filter);
  const count = Number((await s.rows(`SELECT count() FROM ${s.t('papers')} WHERE ${where}`))[0][0]);
  if (count > MAX_RECORDS)
    throw new RangeError(
      `${count} papers are more than the ${MAX_RECORDS} an export may hold: filter first.`,
    );
  const rows = await s.rows(`SELECT record FROM ${s.t('papers')} WHERE ${where} ORDER BY idx`);
  return { papers: rows.map(([r]) => JSON.parse(String(r)) as Paper) };
}
