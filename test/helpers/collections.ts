/**
 * The collections tests run on: the bundled profile (16 papers, as the app opens) and seeded
 * generated collections (arXiv snapshot lines read by the app's own parser).
 */
import { readFileSync } from 'node:fs';
import { parseProfileText } from '../../src/lib/data/profile-text';
import { parseArxivJsonl } from '../../src/lib/data/arxiv-jsonl';
import type { Paper, Profile } from '../../src/lib/data/paper';
import { createSynthetic } from '../../src/dev/synthetic';
import { arxivLines } from '../../src/dev/synthetic-record';
import { categoryColors } from '../../src/lib/model/palette';
import { openCollection } from '../../src/lib/source/page/open-collection';
import { PageSource } from '../../src/lib/source/page/page-source';

export const BUNDLED_AS_OF = '2026-11-26';

/** The bundled profile page's text. */
export const bundledText = (): string =>
  readFileSync(new URL('../../data/profile-walmsley.txt', import.meta.url), 'utf8');

/** The bundled profile parsed as the app parses it. */
export function bundledProfile(): { papers: Paper[]; profile: Profile } {
  const { papers, profile } = parseProfileText(bundledText(), {
    file: 'profile-walmsley.txt',
    asOf: BUNDLED_AS_OF,
  });
  return { papers, profile: profile! };
}

/** `n` generated papers (seeded: the same n and seed give the same papers). */
export function generatedPapers(n: number, seed = 1): Paper[] {
  const lines = [...arxivLines(createSynthetic({ papers: n, seed }), seed)].join('\n');
  return parseArxivJsonl(lines, { file: 'generated.jsonl' }).papers;
}

/** The page's source of a list of papers, opened as the app opens it, with its colours. */
export function pageSourceOf(
  papers: readonly Paper[],
  profile: Profile = {
    name: null,
    metrics: [],
    asOf: BUNDLED_AS_OF,
    declaredPapers: null,
    mainCategory: null,
  },
): { source: PageSource; colors: Map<string, string> } {
  const source = new PageSource(openCollection({ papers, profile, source: 'test' }));
  return { source, colors: categoryColors(papers) };
}
