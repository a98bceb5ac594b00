/**
 * The render command's options, checked before anything heavy is loaded. Filters keep the URL's
 * parameter names (`--cat cs.CV --from 2022` is `?cat=cs.CV&from=2022`); see render-selection.ts.
 */
import type { Theme } from '../lib/export/theme-colors';

export interface RenderOptions {
  out: string;
  width?: number;
  height?: number;
  scale: number;
  theme: Theme;
  background: 'solid' | 'transparent';
  asOf?: string;
  /** The filter options as a URL query. */
  filters: URLSearchParams;
}

/** Filters, and `group` (what the category views group by, as `group=` in the address). */
const FILTERS = [
  'group',
  'cat',
  'field',
  'venue',
  'keyword',
  'type',
  'from',
  'to',
  'author',
  'q',
  'code',
  'term',
  'community',
  'cited',
  'cited-paper',
];
const KNOWN = new Set(['out', 'width', 'height', 'scale', 'theme', 'background', 'as-of', ...FILTERS]);

type Read = { ok: true; value: RenderOptions } | { ok: false; message: string };

function size(name: string, raw: string | undefined): number | string | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 100 && n <= 8000
    ? n
    : `--${name} must be a whole number of px from 100 to 8000.`;
}

/** Checks the options; a message names the first one that is wrong. */
export function readRenderOptions(options: Record<string, string>): Read {
  const unknown = Object.keys(options).find((k) => !KNOWN.has(k));
  if (unknown) return { ok: false, message: `Unknown option --${unknown}.` };
  const out = options.out;
  if (!out || !/\.(svg|png)$/i.test(out))
    return { ok: false, message: '--out must name a .svg or .png file.' };
  const width = size('width', options.width);
  const height = size('height', options.height);
  for (const v of [width, height]) if (typeof v === 'string') return { ok: false, message: v };
  const scale = Number(options.scale ?? 1);
  if (!(scale > 0 && scale <= 8))
    return { ok: false, message: '--scale must be a number above 0, at most 8.' };
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') return { ok: false, message: '--theme must be light or dark.' };
  const background = options.background ?? 'solid';
  if (background !== 'solid' && background !== 'transparent')
    return { ok: false, message: '--background must be solid or transparent.' };
  const filters = new URLSearchParams();
  for (const name of FILTERS) if (options[name] !== undefined) filters.set(name, options[name]);
  return {
    ok: true,
    value: {
      out,
      width: width as number | undefined,
      height: height as number | undefined,
      scale,
      theme,
      background,
      asOf: options['as-of'],
      filters,
    },
  };
}
