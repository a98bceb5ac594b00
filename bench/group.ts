/**
 * group: what grouping by another kind than arXiv categories costs the page source at 10^5
 * generated papers. A click on a group filters with a pass per paper (`primaryGroup` reads the
 * paper object) where a category click reads the typed columns; the views' counts group each
 * paper by its kind. Both sides of each pair run interleaved on fresh sources, so no pass or
 * count is answered from a cache.
 */
import { parseArxivJsonl } from '../src/lib/data/arxiv-jsonl';
import type { Paper } from '../src/lib/data/paper';
import { paperColumns } from '../src/lib/model/paper-columns';
import { primaryGroup } from '../src/lib/model/group-info';
import { openCollection } from '../src/lib/source/page/open-collection';
import { PageSource } from '../src/lib/source/page/page-source';
import type { Filter } from '../src/lib/source/filter';
import { interleave, ms } from './stats';

export function runGroupBench(lines: readonly string[], rounds: number) {
  const papers: readonly Paper[] = parseArxivJsonl(lines.join('\n'), { file: 'bench.jsonl' }).papers;
  const collection = openCollection({
    papers,
    profile: { name: null, metrics: [], asOf: '2026-11-26', declaredPapers: null, mainCategory: null },
    source: 'bench',
  });
  paperColumns(papers);
  const top = (kind: 'category' | 'venue') => {
    const n = new Map<string, number>();
    for (const p of papers) n.set(primaryGroup(p, kind), (n.get(primaryGroup(p, kind)) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1])[0][0];
  };
  const filters: Record<'category' | 'venue', Filter> = {
    category: [{ source: 'categories', value: { kind: 'category', ids: [top('category')] } }],
    venue: [{ source: 'categories', value: { kind: 'venue', ids: [top('venue')] } }],
  };
  const click = (kind: 'category' | 'venue') => (source: PageSource) =>
    source.ask({ kind: 'records', filter: filters[kind] });
  // A new source has no passes yet; the columns stay built for the list, as in the page.
  const clicks = interleave(rounds, () => new PageSource(collection), {
    category: click('category'),
    venue: click('venue'),
  });
  const count = (group: 'category' | 'venue' | 'type') => (source: PageSource) =>
    source.ask({ kind: 'counts', filter: [], period: 'year', categories: 'primary', group });
  // Counts are kept per list: a copy of the list is a list not counted yet.
  const fresh = () => new PageSource({ ...collection, papers: [...papers] });
  const counts = interleave(rounds, fresh, {
    category: count('category'),
    venue: count('venue'),
    type: count('type'),
  });
  return {
    name: 'group',
    papers: papers.length,
    venues: new Set(papers.map((p) => primaryGroup(p, 'venue'))).size,
    click_category_ms: ms(clicks.category.median),
    click_venue_ms: ms(clicks.venue.median),
    click_venue_p95_ms: ms(clicks.venue.p95),
    counts_category_ms: ms(counts.category.median),
    counts_venue_ms: ms(counts.venue.median),
    counts_type_ms: ms(counts.type.median),
    counts_venue_p95_ms: ms(counts.venue.p95),
    rounds,
  };
}
