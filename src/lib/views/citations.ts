/**
 * The Citations view: citations received per year (stacked by the cited papers' primary
 * category), the most cited papers, the h-index and i10 of the selection and the h-index over
 * time, with what the counts cover said in words. Its own clause is `cited`: papers cited in a
 * span of years, or chosen papers.
 */
import type { GroupKind } from '../model/group-kinds';
import type { Metric, Profile } from '../data/paper';
import { clauseValue, filterWithout, type Filter } from '../source/filter';
import type { CitationsAnswer, CitationsQuestion } from '../source/questions';
import { count, formatCount, noun } from '../text/count-words';
import { citationsExport } from './citations-export';
import { citationYearTotals } from './citations-rows';
import { answer, type ViewRecipe } from './view';

/** Most cited papers the view lists. */
export const TOP_CITED = 10;

export function citationsQuestion(
  filter: Filter,
  group: GroupKind = 'category',
  top = TOP_CITED,
): CitationsQuestion {
  return { kind: 'citations', filter: filterWithout(filter, 'cited'), top, group };
}

/** The profile's own citation metrics (what its header states), if it gives any. */
export function profileCitationMetrics(profile: Profile): Metric[] {
  return profile.metrics.filter((m) => /citation|h-index|i10/i.test(m.label));
}

/** "OpenAlex as of 2026-11-20", several sources joined, each with its papers when they differ. */
function sourcesText(a: CitationsAnswer): string {
  const one = a.sources.length === 1;
  return a.sources
    .map((s) => {
      const when = s.from === s.to ? `as of ${s.from}` : `as of ${s.from} to ${s.to}`;
      return `${s.source} ${when}${one ? '' : ` (${count(s.papers, 'paper')})`}`;
    })
    .join('; ');
}

/** What the counts cover: "Citations known for 14 of 16 papers; OpenAlex as of 2026-11-20." */
export function coverageText(a: CitationsAnswer, profile: Profile): string {
  if (a.known === 0) {
    const header = profileCitationMetrics(profile);
    const none = a.papers
      ? `No citation counts for the ${noun(a.papers, 'paper')} in the selection`
      : 'No papers in the selection';
    if (header.length === 0) return `${none}.`;
    const stated = header.map((m) => `${m.label} ${formatCount(m.value)}${m.unit}`).join(', ');
    return `${none}: only the profile header gives totals (${stated}, ${profile.source ?? 'profile'} as of ${profile.asOf}).`;
  }
  const years =
    a.withYears === 0
      ? ' No counts per year.'
      : a.withYears < a.known
        ? ` Per-year counts for ${formatCount(a.withYears)} of them.`
        : '';
  return `Citations known for ${formatCount(a.known)} of ${count(a.papers, 'paper')}; ${sourcesText(a)}.${years}`;
}

/** One line: "6,985 citations to 50 papers; h-index 37, i10 50; most received in 2012 (394)." */
export function citationsSummary(a: CitationsAnswer): string {
  if (a.known === 0) return a.papers ? 'No citation counts in the selection.' : 'No papers in the selection.';
  const best = [...citationYearTotals(a)].sort((x, y) => y.citations - x.citations || y.year - x.year)[0];
  const most =
    best && best.citations ? `; most received in ${best.year} (${formatCount(best.citations)})` : '';
  return `${count(a.total, 'citation')} to ${count(a.known, 'paper')}; h-index ${a.hIndex}, i10 ${a.i10}${most}.`;
}

export const CITATIONS: ViewRecipe = {
  id: 'citations',
  title: 'Citations',
  own: 'cited',
  async exportOf(frame) {
    const a = await answer(frame.source.ask(citationsQuestion(frame.filter, frame.group)));
    if (a.rows.length === 0)
      throw new Error(
        a.known
          ? 'no paper has citations per year (its source gives totals only)'
          : coverageText(a, frame.info.profile),
      );
    const cited = clauseValue(frame.filter, 'cited');
    return citationsExport(
      { answer: a, colors: frame.colors, range: cited?.kind === 'years' ? cited : null },
      { width: frame.width ?? 480, height: 260, filters: frame.labels },
    );
  },
};
