/**
 * How many year labels an axis has room for: a four-digit year is about 2.6 em wide in the
 * system font, so labels go every 1, 2, 5, 10, … years, the first step that leaves them apart.
 * Shared by the specs with a year axis, so a phone's narrow timeline never writes
 * "2019202020212022".
 */

/** Room for one year label with a gap either side, in px. */
export function yearLabelRoom(fontSize: number): number {
  return fontSize * 3.4;
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Every how many periods a label goes: `periods` bands share `plotWidth` px, a label stands for
 * `perLabel` periods (12 for months, whose labels are years).
 */
export function yearTickEvery(periods: number, plotWidth: number, fontSize: number, perLabel = 1): number {
  const band = Math.max(1, plotWidth) / Math.max(1, periods);
  const step = STEPS.find((s) => band * s * perLabel >= yearLabelRoom(fontSize)) ?? STEPS[STEPS.length - 1];
  return step * perLabel;
}

/** The ticks to label: every `every`-th of `domain`, from the first. */
export function everyNth<T>(domain: readonly T[], every: number): T[] {
  return domain.filter((_, i) => i % every === 0);
}
