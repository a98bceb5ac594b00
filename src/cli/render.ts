/**
 * `render CHART FILE --out PATH`: a chart of the app, drawn in Node by the same spec and export
 * code as in the browser (Plot with jsdom's document), written as standalone SVG or as PNG via
 * resvg.
 *
 *   file ─► parseText ─► the page's source ─► URL filters ─► clauses ─► VIEWS[chart].exportOf
 *        ─► standaloneSvg ─► .svg | resvg ─► .png
 */
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { todayIso } from '../lib/data/paper';
import { checkAsOf, loadFile } from './load-file';
import { readRenderOptions } from './render-options';
import { currentViewName } from '../lib/state/view-mode';

export const RENDER_USAGE = `  npm run --silent cli -- render CHART FILE --out PATH [--width W] [--height H] [--scale S]
      [--theme light|dark] [--background solid|transparent] [--as-of YYYY-MM-DD]
      [--group category|field|venue|keyword|type]
      [--cat IDS | --field F | --venue V | --keyword K | --type T] [--from YEAR] [--to YEAR]
      [--author NAME] [--q TEXT] [--code 1] [--term TERMS] [--community N]
      [--cited YEAR[-YEAR]] [--cited-paper ID]
  CHART is timeline, categories, network, category-trends, code-availability, collaboration, terms
  or citations; PATH ends in .svg or .png; "(none)" names the papers without a value
  (--venue "(none)"). --width and --height
  give the whole picture's size (e.g. 1920 1080 for a slide), --scale multiplies PNG pixels.`;

/** Runs the command; returns the exit status (1 usage, 2 unreadable file or data). */
export async function render(
  positional: readonly string[],
  options: Record<string, string>,
): Promise<number> {
  const usage = (message: string) => {
    process.stderr.write(`${message}\nUsage:\n${RENDER_USAGE}\n`);
    return 1;
  };
  // Usage is checked before the chart code (Plot, jsdom, Svelte's compiler) is loaded.
  if (positional.length !== 2) return usage('render needs a CHART and a FILE.');
  const read = readRenderOptions(options);
  if (!read.ok) return usage(read.message);
  const o = read.value;
  const badDate = checkAsOf(o.asOf);
  if (badDate) return usage(badDate);
  const [asked, file] = positional;
  const chart = currentViewName(asked);
  const { VIEWS } = await import('../lib/views/registry');
  if (!Object.hasOwn(VIEWS, chart))
    return usage(`Unknown chart “${chart}”: use one of ${Object.keys(VIEWS).join(', ')}.`);

  const result = await loadFile(file, o.asOf);
  if (!result) return 2;
  const asOf = result.profile?.asOf || o.asOf || todayIso();
  const pad = 18; // the margin standaloneSvg keeps at 12 px type, so --width alone is the picture's width
  const chartWidth = o.width && !o.height ? o.width - 2 * pad : null;
  const { frameFor } = await import('./render-selection');
  const { frame, notices } = await frameFor(result, basename(file), o.filters, asOf, chartWidth);
  for (const n of notices) process.stderr.write(`${n}\n`);

  const [{ JSDOM }, { standaloneSvg }] = await Promise.all([
    import('jsdom'),
    import('../lib/export/standalone-svg'),
  ]);
  let picture: { svg: string; width: number; height: number };
  try {
    const exp = await VIEWS[chart as keyof typeof VIEWS].exportOf!(frame);
    picture = standaloneSvg(exp, {
      doc: new JSDOM('').window.document,
      theme: o.theme,
      background: o.background,
      provenance: { source: basename(file), asOf },
      size: o.height ? { width: o.width ?? 1920, height: o.height } : undefined,
    });
  } catch (e) {
    process.stderr.write(`${file}: cannot render ${chart}: ${(e as Error).message}\n`);
    return 2;
  }

  const { svg, width, height } = picture;
  let size = `${width}×${height}`;
  if (extname(o.out).toLowerCase() === '.png') {
    const { Resvg } = await import('@resvg/resvg-js');
    // The SVG names the system font stack; resvg loads the installed fonts and falls back among them.
    const image = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: o.scale },
      font: { loadSystemFonts: true },
    }).render();
    writeFileSync(o.out, image.asPng());
    size = `${image.width}×${image.height} px`;
  } else writeFileSync(o.out, svg);
  process.stdout.write(`Wrote ${o.out} (${chart}, ${size}).\n`);
  return 0;
}
