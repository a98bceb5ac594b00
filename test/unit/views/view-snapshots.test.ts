/**
 * Every view's chart on the bundled profile, as SVG snapshots (the habit of Observable Plot's own
 * tests): a change to a spec shows as a reviewable diff of the committed file. Numbers are
 * rounded and generated ids renumbered, so only what is drawn can change a snapshot.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/lib/views/registry';
import { chartOf } from '../export/fixtures';
import { parseText } from '../../../src/lib/data/parse-text';
import { realText } from '../../helpers/real-fixtures';

/** The SVG as stable text: numbers to 2 decimals, Plot's generated class and clip ids renumbered, one element per line. */
function stable(svg: SVGSVGElement): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id)!;
  };
  return svg.outerHTML
    .replace(/(plot-[0-9a-f]{6,}|plot-clip-\d+|plot-\d+)/g, renumber)
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<');
}

describe('view snapshots (bundled profile)', () => {
  const doc = new JSDOM('').window.document;
  for (const [name, filters] of [
    // The bundled profile has no citation counts per paper: the Citations view is drawn below.
    ...Object.keys(VIEWS)
      .filter((v) => v !== 'citations')
      .map((v) => [v, ''] as const),
    ['timeline', 'cat=astro-ph.GA&from=2021&to=2023'],
    ['network', 'author=Anna%20Scaife'],
  ]) {
    it(`${name}${filters ? ` (${filters})` : ''}`, async () => {
      const chart = await chartOf(name, undefined, filters);
      const svg = chart.draw(doc, { width: 640, height: 400, fontSize: 12 });
      const file = `./__snapshots__/${name}${filters ? `-${filters.replace(/[^\w.-]+/g, '_')}` : ''}.svg`;
      await expect(stable(svg)).toMatchFileSnapshot(file);
    });
  }
});

describe('view snapshots (real OpenAlex works)', () => {
  const doc = new JSDOM('').window.document;
  const file = 'openalex_works_list_50_cursor.json';
  for (const filters of ['', 'cited=2018']) {
    it(`citations${filters ? ` (${filters})` : ''}`, async () => {
      const result = await parseText(realText(file), { file, asOf: '2026-11-26' });
      const chart = await chartOf('citations', result, filters);
      const svg = chart.draw(doc, { width: 640, height: 400, fontSize: 12 });
      const name = `./__snapshots__/citations-openalex${filters ? `-${filters.replace(/[^\w.-]+/g, '_')}` : ''}.svg`;
      await expect(stable(svg)).toMatchFileSnapshot(name);
    });
  }
});
