/**
 * The head of a profile page, before the first paper: the owner's name, an optional headline
 * category code, metrics ("h-index41", "Novelty37%", "360citations") and the declared paper count.
 */
import type { Metric, Problem } from './paper';
import { clipText } from './tidy-text';

const DECLARED = /^(\d[\d,]*)\s+Papers?$/i;
const METRIC_NUMBER_FIRST = /^(\d[\d,.]*)\s*([A-Za-z][A-Za-z -]*)$/;
const METRIC_LABEL_FIRST = /^([A-Za-z][A-Za-z -]*?)\s*(\d[\d,.]*)(%?)$/;

/** What the head of a page says; `declaredLine` is 0 when it declares no count. */
export interface ProfileHeader {
  name: string | null;
  metrics: Metric[];
  declared: number | null;
  declaredLine: number;
  mainCode: string | null;
}

/** Reads the lines before the first paper; lines it does not understand are reported. */
export function parseProfileHeader(lines: string[], file: string, problems: Problem[]): ProfileHeader {
  const header: ProfileHeader = { name: null, metrics: [], declared: null, declaredLine: 0, mainCode: null };
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (!l) return;
    let m: RegExpMatchArray | null;
    if ((m = l.match(DECLARED))) {
      header.declared = Number(m[1].replace(/,/g, ''));
      header.declaredLine = i + 1;
    } else if (/^[A-Z]{2}$/.test(l) && header.name !== null && header.mainCode === null) {
      header.mainCode = l;
    } else if ((m = l.match(METRIC_NUMBER_FIRST)) && header.name !== null) {
      header.metrics.push({ label: capitalise(m[2].trim()), value: toNumber(m[1]), unit: '' });
    } else if ((m = l.match(METRIC_LABEL_FIRST)) && header.name !== null) {
      header.metrics.push({ label: m[1].trim(), value: toNumber(m[2]), unit: m[3] });
    } else if (header.name === null) {
      header.name = l;
    } else {
      problems.push({
        file,
        line: i + 1,
        message: `Header line not understood: "${clipText(l)}".`,
        action: 'skipped',
      });
    }
  });
  return header;
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
