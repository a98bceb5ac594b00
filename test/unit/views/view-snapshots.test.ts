/**
 * Every view's chart on the bundled profile, as SVG snapshots (the habit of Observable Plot's own
 * tests): a change to a spec shows as a reviewable diff of the committed file. Numbers are
 * rounded and generated ids renumbered, so only what is drawn can change a snapshot.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/lib/views/registry';
import { chartOf } from '../export/fixtures';

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
    ...Object.keys(VIEWS).map((v) => [v, ''] as const),
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
