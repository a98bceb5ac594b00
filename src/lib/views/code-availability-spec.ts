/**
 * Plot options for code availability: per year, all papers as a ghost bar and those that link
 * their code in colour, with the share written above.
 */
import * as Plot from '@observablehq/plot';
import { yearBarsFrame, yearBarsTickEvery } from './year-bars-frame';

/** Code availability in a year: papers, those that link their code, and the share. */
export interface CodeYear {
  year: number;
  papers: number;
  withCode: number;
  /** withCode / papers; 0 for a year without papers. */
  share: number;
}

export const CODE_COLOR = 'var(--accent)';

export interface CodeAvailabilitySpecInput {
  rows: readonly CodeYear[];
  width: number;
  height: number;
  fontSize?: number;
}

export function codeAvailabilitySpec(input: CodeAvailabilitySpecInput): Plot.PlotOptions {
  const { rows } = input;
  const fontSize = input.fontSize ?? 12;
  const years = rows.map((r) => r.year);
  const yMax = Math.max(1, ...rows.map((r) => r.papers));
  const tickEvery = yearBarsTickEvery(years, input.width, fontSize);
  // "100%" is about 2.4 em wide: on narrower bars the shares of the labelled years only.
  const barWidth = ((input.width - fontSize * 4) / Math.max(1, years.length)) * 0.8;
  const labelled = barWidth >= fontSize * 2.6 ? () => true : (i: number) => i % tickEvery === 0;
  return {
    ...yearBarsFrame(input, fontSize, years, tickEvery),
    y: { label: '↑ Papers', grid: true, domain: [0, yMax], ticks: Math.min(6, yMax), tickFormat: 'd' },
    marks: [
      Plot.barY(rows, { x: 'year', y: 'papers', fill: 'var(--ghost)', ariaHidden: 'true' }),
      Plot.barY(rows, { x: 'year', y: 'withCode', fill: CODE_COLOR, ariaHidden: 'true' }),
      Plot.text(
        rows.filter((r, i) => r.papers > 0 && labelled(i)),
        {
          x: 'year',
          y: 'papers',
          text: (r: CodeYear) => `${Math.round(r.share * 100)}%`,
          dy: -fontSize * 0.7,
          fill: 'var(--text)',
          ariaHidden: 'true',
        },
      ),
      Plot.ruleY([0], { ariaHidden: 'true' }),
    ],
  };
}
