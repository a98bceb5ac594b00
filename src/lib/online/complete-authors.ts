/**
 * Completing truncated author lists ("Walmsley, Scaife, Lintott et al."):
 *
 *   paper with authorsTruncated
 *     ├─ arXiv id ─► arXiv API (Node only), else OpenAlex by the arXiv DOI ─┐
 *     ├─ DOI ──────► OpenAlex /works/doi:…  ──────────────────────────────────┤ not found
 *     └─ otherwise ► OpenAlex title search (strict title match) ◄─────────────┘
 *
 * A found list replaces the truncated one in full and in order, and the paper records where it
 * came from. Unmatched papers stay as they were. A service error stops the run and nothing
 * changes (the lookups already made are cached, so trying again resumes quickly).
 */
import { makePaper, todayIso, type Paper } from '../data/paper';
import { fetchArxivIds } from './arxiv-fetch';
import type { Http, RequestOptions } from './http';
import type { OnlineError } from './online-error';
import { pickMatch, type FoundRecord } from './title-match';
import { lookUpDoi, lookUpTitle } from './work-lookup';

export interface CompletionOptions extends RequestOptions {
  /** Ask arXiv's API for papers with an arXiv id; only Node can (no CORS headers). */
  useArxiv: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface CompletionReport {
  /** All papers, completed ones replaced, in the same order. */
  papers: Paper[];
  truncated: number;
  completed: { id: string; title: string; from: string }[];
  notFound: { id: string; title: string; reason: string }[];
}

/** Looks up every truncated paper; the report, or the error that stopped the run. */
export async function completeAuthors(
  http: Http,
  papers: readonly Paper[],
  options: CompletionOptions,
): Promise<{ ok: true; value: CompletionReport } | { ok: false; error: OnlineError }> {
  const targets = papers.filter((p) => p.authorsTruncated);
  const fromArxiv = new Map<string, FoundRecord>();
  // The latest version, in a stable order so that a repeat hits the cache.
  const arxivIds = [
    ...new Set(targets.map((p) => p.links.arxiv?.replace(/v\d+$/, '')).filter((id) => id !== undefined)),
  ].sort();
  if (options.useArxiv && arxivIds.length) {
    const got = await fetchArxivIds(http, arxivIds, { ...options, onProgress: undefined, asOf: todayIso() });
    if (!got.ok) return got;
    for (const p of got.value.papers) {
      const id = p.links.arxiv?.replace(/v\d+$/, '');
      if (id)
        fromArxiv.set(id, {
          title: p.title,
          year: p.year,
          authors: p.authors,
          from: `https://arxiv.org/abs/${id}`,
        });
    }
  }
  const report: CompletionReport = {
    papers: [...papers],
    truncated: targets.length,
    completed: [],
    notFound: [],
  };
  const indexOf = new Map(papers.map((p, i) => [p, i]));
  for (const [done, paper] of targets.entries()) {
    const outcome = await findRecord(http, paper, fromArxiv, options);
    if ('error' in outcome) return { ok: false, error: outcome.error };
    if ('match' in outcome) {
      const completed = makePaper({
        ...paper,
        authors: [...outcome.match.authors],
        authorsTruncated: false,
        completedFrom: outcome.match.from,
      });
      report.papers[indexOf.get(paper)!] = completed;
      report.completed.push({ id: paper.id, title: paper.title, from: outcome.match.from });
    } else report.notFound.push({ id: paper.id, title: paper.title, reason: outcome.reason });
    options.onProgress?.(done + 1, targets.length);
  }
  return { ok: true, value: report };
}

/** Identifiers first (they name the paper), then the title. */
async function findRecord(
  http: Http,
  paper: Paper,
  fromArxiv: Map<string, FoundRecord>,
  options: CompletionOptions,
): Promise<{ match: FoundRecord } | { reason: string } | { error: OnlineError }> {
  const arxiv = paper.links.arxiv?.replace(/v\d+$/, '');
  const viaArxiv = arxiv ? fromArxiv.get(arxiv) : undefined;
  if (viaArxiv) {
    const picked = pickMatch(paper, [viaArxiv], true);
    if ('match' in picked) return picked;
  }
  const dois = [paper.links.doi, arxiv && !options.useArxiv ? `10.48550/arXiv.${arxiv}` : undefined];
  for (const doi of dois.filter((d): d is string => Boolean(d))) {
    const got = await lookUpDoi(http, doi, options);
    if (!got.ok) return { error: got.error };
    const picked = pickMatch(paper, got.value, true);
    if ('match' in picked) return picked;
  }
  const got = await lookUpTitle(http, paper, options);
  return got.ok ? pickMatch(paper, got.value) : { error: got.error };
}

/** "Completed 12 of 14 truncated author lists from OpenAlex; 2 not found." */
export function completionSummary(report: CompletionReport): string {
  const services = [
    ...new Set(report.completed.map((c) => (/arxiv\.org/.test(c.from) ? 'arXiv' : 'OpenAlex'))),
  ];
  const from = services.length ? ` from ${services.sort().join(' and ')}` : '';
  const missing = report.notFound.length ? `; ${report.notFound.length} not found` : '';
  return `Completed ${report.completed.length} of ${report.truncated} truncated author lists${from}${missing}.`;
}
