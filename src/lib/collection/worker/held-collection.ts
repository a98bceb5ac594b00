/**
 * A collection the collection worker keeps: opened as the CLI and the server open one (people
 * merged, keyed exactly above MERGE_LIMIT papers, the owner chosen), a page source over it, and
 * the cubes the page answers counts from.
 */
import { emptyProfile, type Paper, type Problem, type Profile } from '../../data/paper';
import type { MergedCollection } from '../../data/merge-results';
import type { FileReport } from '../../data/read-files';
import type { AliasTable } from '../../model/name-merge';
import { openCollection } from '../../source/page/open-collection';
import { cubeOf, loadCubes, type CubeData } from '../../source/page/page-cube';
import { PageSource } from '../../source/page/page-source';
import type { HeldCollection } from './collection-protocol';

/** Files read and merged, with a report per file. */
export interface Read {
  merged: MergedCollection;
  reports: FileReport[];
}

/** What `read` becomes when the worker keeps it. */
export function keptOf({ merged }: Read, label: string, asOf: string): Kept {
  const { papers, problems } = merged;
  return { profile: merged.profile ?? emptyProfile(asOf), papers, source: label, problems };
}

export interface Kept {
  profile: Profile;
  papers: readonly Paper[];
  source: string;
  problems: readonly Problem[];
}

/** The page source of `kept`, and what the page is told about it (beside the id it is asked by). */
export async function holdCollection(
  kept: Kept,
  aliases: AliasTable,
): Promise<{ page: PageSource; held: Omit<HeldCollection, 'source'> }> {
  const { papers, profile } = kept;
  const page = new PageSource(openCollection(kept, { aliases }));
  const cube = await cubesOf(papers);
  return {
    page,
    held: { info: page.info, cube, profile, label: kept.source, problems: [...kept.problems] },
  };
}

/** The year and month cubes of `papers`, plain (structured-cloneable), for the page to answer counts from. */
export async function cubesOf(papers: readonly Paper[]): Promise<CubeData | null> {
  if (papers.length === 0) return null;
  await loadCubes();
  const store = cubeOf(papers);
  if (!store) return null;
  const { categories, firstYear, years, yearCube, monthCube } = store;
  return { categories, firstYear, years, yearCube, monthCube };
}
