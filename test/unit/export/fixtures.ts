/** Shared inputs for the export tests: the bundled profile and charts built as the CLI builds them. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { frameFor } from '../../../src/cli/render-selection';
import { VIEWS } from '../../../src/lib/views/registry';
import { makePaper, type Paper, type ParseResult } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import type { ChartExport } from '../../../src/lib/export/chart-export';

const text = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
export const bundled: ParseResult = parseProfileText(text, {
  file: 'profile-walmsley.txt',
  asOf: '2026-11-26',
});

export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
export const HOSTILE_AUTHOR = '<script>alert(1)</script>';

/** Three papers by one hostile "author" with a hostile title: every path from data into markup. */
export function hostilePapers(): Paper[] {
  return [2021, 2022, 2023].map((year, i) =>
    makePaper({
      title: i === 0 ? HOSTILE_TITLE : `Paper ${i} & <b>bold</b> "quoted"`,
      date: String(year),
      authors: [HOSTILE_AUTHOR, 'Jane Doe'],
      categories: ['astro-ph.GA'],
      source: { file: 'hostile.bib', line: i + 1 },
    }),
  );
}

/** A chart of `result` with URL-style filters, as `render` builds it. */
export async function chartOf(
  name: string,
  result: ParseResult = bundled,
  filters = '',
): Promise<ChartExport> {
  const { frame } = await frameFor(
    result,
    'profile-walmsley.txt',
    new URLSearchParams(filters),
    '2026-11-26',
    null,
  );
  return VIEWS[name as keyof typeof VIEWS].exportOf!(frame);
}

export const document: Document = new JSDOM('').window.document;

/** Parses XML with jsdom's DOMParser; throws with the parser's message on malformed input. */
export function parseXml(xml: string, type: DOMParserSupportedType = 'image/svg+xml'): Document {
  const { DOMParser } = new JSDOM('').window;
  const doc = new DOMParser().parseFromString(xml, type);
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return doc;
}
