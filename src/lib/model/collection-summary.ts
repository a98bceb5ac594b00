/**
 * The numbers a collection boils down to: shared by the CLI's `summary` and the app's text
 * summaries, computed with the same model functions as the charts.
 */
import type { ParseResult, Paper } from '../data/paper';
import { primaryCategoryCounts } from './category-counts';
import { citationTotals } from './citation-counts';
import { citationsPerYear } from './citation-years';
import { buildCoauthorGraph, countCoauthorships, topCoauthors } from './coauthor-graph';
import { mergePeople, type AliasTable } from './name-merge';
import { periods, yearSpan } from './timeline';
import { TermDictionary } from './term-dictionary';
import { countTerms } from './terms';
import { detectCommunities } from './communities';
import { chooseOwner, describeMismatch } from './owner';

export interface CollectionSummary {
  format: string;
  papers: number;
  skipped: number;
  owner: string | null;
  /** The profile read with the papers: whose it is, where from, and a note when it is not the owner's. */
  profile: { name: string | null; source: string | null; note: string | null } | null;
  years: Record<string, number>;
  categories: Record<string, number>;
  people: number;
  coauthorships: number;
  topCoauthors: { name: string; papers: number }[];
  /** The 20 heaviest terms (title mentions weigh double), with the papers that use each. */
  terms: { term: string; papers: number }[];
  /** Louvain communities of the coauthor graph without the owner (seed 1). */
  communities: number;
  /**
   * Total, h-index and i10 over the papers with a known count (`known` of them); `byYear` sums the
   * per-year counts where sources give them.
   */
  citations: { total: number; hIndex: number; i10: number; known: number; byYear: Record<string, number> };
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

/** The `citations` part of the summary. */
export function citationSummary(papers: readonly Paper[]): CollectionSummary['citations'] {
  const { total, hIndex, i10, known } = citationTotals(papers);
  return { total, hIndex, i10, known, byYear: citationsPerYear(papers).byYear };
}

export function summariseCollection(result: ParseResult, aliases?: AliasTable): CollectionSummary {
  const { papers, profile } = result;
  const unowned = mergePeople(papers, { aliases });
  const choice = chooseOwner(papers, profile, unowned);
  const owner = choice.name;
  // The owner is on every paper, listed or hidden behind "et al." (as in the page).
  const people = owner ? mergePeople(papers, { owner, aliases }) : unowned;
  const ownerId = owner ? people.resolve(owner) : undefined;
  const graph = buildCoauthorGraph(papers, people);
  return {
    format: result.format,
    papers: papers.length,
    skipped: result.problems.filter((p) => p.action === 'skipped').length,
    owner,
    profile: profile
      ? {
          name: profile.name,
          source: profile.source ?? null,
          note: choice.mismatch && describeMismatch(choice.mismatch, profile.metrics.length > 0),
        }
      : null,
    years: yearCounts(papers),
    categories: primaryCategoryCounts(papers),
    people: people.people.length,
    coauthorships: countCoauthorships(graph),
    topCoauthors: ownerId
      ? topCoauthors(papers, people, ownerId).map(({ name, papers: n }) => ({ name, papers: n }))
      : [],
    terms: countTerms(new TermDictionary(), papers, { limit: 20 }).map(({ term, papers: n }) => ({
      term,
      papers: n,
    })),
    communities: new Set(detectCommunities(graph, { seed: 1 }).values()).size,
    citations: citationSummary(papers),
  };
}
