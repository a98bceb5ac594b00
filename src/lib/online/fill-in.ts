/**
 * Fill in from open sources, on request only:
 *
 *   papers ─┬─ DOI (or arXiv's DataCite DOI) ─► OpenAlex /works?filter=doi:a|b|… (50 a request)
 *           ├─ arXiv id ─► arXiv API id_list= (100 a request; Node only: arXiv sends no CORS headers)
 *           └─ not found by DOI, exact title + year ─► OpenAlex title search
 *                 │
 *   each answer judged: by identifier, a title that shares little with ours is another paper
 *   (refused); by title, `pickMatch` as the author completer does ─► fillPaper ─► the note
 *
 * A service error or Cancel stops the run and nothing changes; lookups already made are cached.
 */
import { todayIso, type Paper, type Problem } from '../data/paper';
import { fetchArxivIds } from './arxiv-fetch';
import { fillPaper, type FillField } from './fill-paper';
import { idMatchProblem } from './fill-match';
import { byTitle, findWork, keyOf } from './fill-lookup';
import type { Http, RequestOptions } from './http';
import { fetchWorksByDoi } from './openalex-batch';
import type { OnlineError } from './online-error';

export interface FillOptions extends RequestOptions {
  /** Ask arXiv's API for categories; only Node can (the page says why not). */
  useArxiv: boolean;
  /** Dates counts from works without an `updated_date`; today when absent. */
  asOf?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface FillReport {
  /** All papers, filled ones replaced, in the same order. */
  papers: Paper[];
  /** Papers looked up (those with a DOI, an arXiv id, or a title and a year). */
  asked: number;
  filled: { id: string; title: string; from: string; fields: FillField[] }[];
  /** Found, with nothing to add. */
  complete: number;
  notFilled: { id: string; title: string; reason: string }[];
  /** Papers with nothing to look them up by. */
  unasked: { id: string; title: string }[];
  /** Whether arXiv was asked for categories: 'blocked' when papers have arXiv ids but it could not be. */
  arxiv: 'asked' | 'blocked' | 'none';
  /** Counts in the answers that could not be true: reported, not used. */
  problems: Problem[];
}

/** Looks every paper up; the report, or the error that stopped the run. */
export async function fillIn(
  http: Http,
  papers: readonly Paper[],
  options: FillOptions,
): Promise<{ ok: true; value: FillReport } | { ok: false; error: OnlineError }> {
  const asOf = options.asOf ?? todayIso();
  const targets = papers.filter((p) => keyOf(p) || byTitle(p));
  const request = {
    signal: options.signal,
    mailto: options.mailto,
    headers: options.headers,
    fresh: options.fresh,
  };
  const works = await fetchWorksByDoi(http, targets.map(keyOf), request);
  if (!works.ok) return works;
  const arxivIds = [
    ...new Set(targets.flatMap((p) => (p.links.arxiv ? [p.links.arxiv.replace(/v\d+$/, '')] : []))),
  ];
  const fromArxiv = new Map<string, Paper>();
  if (options.useArxiv && arxivIds.length) {
    const got = await fetchArxivIds(http, arxivIds.sort(), { ...request, asOf });
    if (!got.ok) return got;
    for (const p of got.value.papers) if (p.links.arxiv) fromArxiv.set(p.links.arxiv.replace(/v\d+$/, ''), p);
  }
  const report: FillReport = {
    papers: [...papers],
    asked: targets.length,
    filled: [],
    complete: 0,
    notFilled: [],
    unasked: papers.filter((p) => !targets.includes(p)).map(({ id, title }) => ({ id, title })),
    arxiv: arxivIds.length === 0 ? 'none' : options.useArxiv ? 'asked' : 'blocked',
    problems: [],
  };
  const indexOf = new Map(papers.map((p, i) => [p, i]));
  for (const [done, paper] of targets.entries()) {
    const found = await findWork(http, paper, works.value, { ...request, asOf }, report.problems);
    if ('error' in found) return { ok: false, error: found.error };
    let current = paper;
    const fields = new Set<FillField>();
    const sources: string[] = [];
    const fromId = fromArxiv.get(paper.links.arxiv?.replace(/v\d+$/, '') ?? '');
    const arxivWhy = fromId && idMatchProblem(paper.title, fromId.title, `arXiv:${fromId.links.arxiv}`);
    for (const [record, from] of [
      ...('match' in found ? [[found.match, found.from] as const] : []),
      ...(fromId && !arxivWhy ? [[fromId, `https://arxiv.org/abs/${fromId.links.arxiv}`] as const] : []),
    ]) {
      const filled = fillPaper(current, record, from);
      current = filled.paper;
      filled.fields.forEach((f) => fields.add(f));
      sources.push(from);
    }
    if (sources.length === 0) {
      report.notFilled.push({
        id: paper.id,
        title: paper.title,
        reason: 'reason' in found ? found.reason : arxivWhy || '',
      });
    } else if (fields.size === 0) report.complete++;
    else {
      report.papers[indexOf.get(paper)!] = current;
      report.filled.push({ id: paper.id, title: paper.title, from: sources.join(' '), fields: [...fields] });
    }
    options.onProgress?.(done + 1, targets.length);
  }
  return { ok: true, value: report };
}
