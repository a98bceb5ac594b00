/** The collection's citation totals for its info (the profile header), without the Citations view's code. */
import type { Paper } from '../../data/paper';
import { citationSources, citationTotals } from '../../model/citation-counts';
import type { CollectionInfo } from '../questions';

/** The whole collection's citations, for the profile header beside the profile's own metrics. */
export function collectionCitations(papers: readonly Paper[]): CollectionInfo['citations'] {
  const { total, hIndex, i10, known } = citationTotals(papers);
  return { total, hIndex, i10, known, sources: citationSources(papers).map((s) => s.source) };
}
