/**
 * The numbers a collection boils down to: shared by the CLI's `summary` and the app's text
 * summaries, computed with the same model functions as the charts.
 */
import type { ParseResult, Paper } from '../data/paper';
import { primaryCategoryCounts } from './category-counts';
import { buildCoauthorGraph, countCoauthorships, topCoauthors } from './coauthor-graph';
import { mergePeople, type AliasTable } from './name-merge';
import { periods, yearSpan } from './timeline';
import { countTerms } from './terms';
import { detectCommunities } from './communities';
import { inferOwner } from './owner';

export interface CollectionSummary {
  format: string;
  papers: number;
  skipped: number;
  owner: string | null;
  years: Record<string, number>;
  categories: Record<string, number>;
  people: number;
  coauthorships: number;
  topCoauthors: { name: string; papers: number }[];
  /** The 20 heaviest terms (title mentions weigh double), with the papers that use each. */
  terms: { term: string; papers: number }[];
  /** Louvain communities of the coauthor graph without the owner (seed 1). */
  communities: number;
}

/** Papers per year from the first to the last year, empty years as 0. */
export function yearCounts(papers: readonly Paper[]): Record<string, number> {
  const span = yearSpan(papers);
  const out: Record<string, number> = {};
  if (!span) return out;
  for (const y of periods(span, 'year')) out[y] = 0;
  for (const p of papers) if (p.year !== null) out[String(p.year)]++;
  return out;
}

export function summariseCollection(result: ParseResult, aliases?: AliasTable): CollectionSummary {
  const { papers } = result;
  const profileOwner = result.profile?.name ?? null;
  let people = mergePeople(papers, { owner: profileOwner, aliases });
  const owner = profileOwner ?? inferOwner(papers, people);
  // A file that is one person's list without saying so: that person is on every paper too.
  if (!profileOwner && owner) people = mergePeople(papers, { owner, aliases });
  const ownerId = owner ? people.resolve(owner) : undefined;
  const graph = buildCoauthorGraph(papers, people);
  return {
    format: result.format,
    papers: papers.length,
    skipped: result.problems.filter((p) => p.action === 'skipped').length,
    owner,
    years: yearCounts(papers),
    categories: primaryCategoryCounts(papers),
    people: people.people.length,
    coauthorships: countCoauthorships(graph),
    topCoauthors: ownerId
      ? topCoauthors(papers, people, ownerId).map(({ name, papers: n }) => ({ name, papers: n }))
      : [],
    terms: countTerms(papers, { limit: 20 }).map(({ term, papers: n }) => ({ term, papers: n })),
    communities: new Set(detectCommunities(graph, { seed: 1 }).values()).size,
  };
}
