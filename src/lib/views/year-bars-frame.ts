import { chartStyle } from './chart-style';
import { everyNth, yearTickEvery } from './year-ticks';

/** Room left of the bars for the y axis's labels, in ems of the chart's type size. */
const LEFT_EMS = 3;

/** Every how many years a label goes on a year-bar chart `width` px wide. */
export function yearBarsTickEvery(years: readonly number[], width: number, fontSize: number): number {
  return yearTickEvery(years.length, width - fontSize * LEFT_EMS - 20, fontSize);
}

/**
 * The frame the per-year bar charts (code availability, collaboration) share: size, margins,
 * style and a band x axis of the years labelled every `tickEvery`, so the two line up when
 * shown one above the other.
 */
export function yearBarsFrame(
  size: { width: number; height: number },
  fontSize: number,
  years: number[],
  tickEvery: number,
) {
  return {
    width: size.width,
    height: size.height,
    marginLeft: fontSize * LEFT_EMS,
    marginTop: fontSize * 2,
    marginBottom: fontSize * 2.5,
    style: chartStyle(fontSize),
    x: {
      type: 'band' as const,
      domain: years,
      label: null,
      padding: 0.2,
      tickFormat: 'd',
      ticks: everyNth(years, tickEvery),
    },
  };
}
