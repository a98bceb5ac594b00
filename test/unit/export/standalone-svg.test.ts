import { describe, expect, it } from 'vitest';
import { makePaper } from '../../../src/lib/data/paper';
import { standaloneSvg, type StandaloneOptions } from '../../../src/lib/export/standalone-svg';
import { THEME_COLORS } from '../../../src/lib/export/theme-colors';
import {
  HOSTILE_AUTHOR,
  HOSTILE_TITLE,
  bundled,
  chartOf,
  document,
  hostilePapers,
  parseXml,
} from './fixtures';

const options: StandaloneOptions = {
  doc: document,
  theme: 'light',
  provenance: { source: 'profile-walmsley.txt', asOf: '2026-11-26' },
  background: 'solid',
};

/** Everything a standalone file must not contain: ways to fetch, run or depend on a stylesheet. */
function expectSelfContained(svg: string) {
  const doc = parseXml(svg);
  const banned = doc.querySelectorAll('script, foreignObject, style, image, iframe, a, use');
  expect([...banned].map((e) => e.tagName)).toEqual([]);
  for (const el of doc.querySelectorAll('*')) {
    for (const { name, value } of el.attributes) {
      expect(name, `${el.tagName} ${name}`).not.toMatch(/^(on|style$)/i);
      if (/href|src/i.test(name)) expect(value).toMatch(/^#/);
      expect(value, `${el.tagName} ${name}`).not.toMatch(
        /url\(\s*['"]?(?!#)|var\(--|currentColor|^inherit$/i,
      );
    }
  }
  expect(svg).not.toMatch(/<script|<foreignObject|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i);
}

describe('standaloneSvg', () => {
  for (const name of [
    'timeline',
    'categories',
    'network',
    'category-trends',
    'code-availability',
    'collaboration',
    'terms',
  ]) {
    it(`${name}: parses as XML with a title, a legend, the source line, and nothing outside`, async () => {
      const chart = await chartOf(name);
      const { svg, width, height } = standaloneSvg(chart, options);
      const doc = parseXml(svg);
      const root = doc.documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.getAttribute('width')).toBe(String(width));
      expect(root.getAttribute('height')).toBe(String(height));
      expect(root.querySelector(':scope > title')?.textContent).toBe(chart.title);
      const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts).toContain(chart.title);
      for (const item of chart.legend) expect(texts).toContain(item.label);
      expect(texts).toContain('Data: profile-walmsley.txt, as of 2026-11-26; filters: none');
      expect(chart.legend.length).toBeGreaterThan(0);
      expectSelfContained(svg);
    });
  }

  it('names the active filters by their chip labels', async () => {
    const chart = await chartOf('timeline', bundled, 'from=2021&to=2023&cat=astro-ph.GA');
    const { svg } = standaloneSvg(chart, options);
    expect(svg).toContain('filters: 2021–2023, astro-ph.GA</text>');
  });

  it('writes the theme’s colours, not page variables', async () => {
    const light = standaloneSvg(await chartOf('timeline'), options).svg;
    const dark = standaloneSvg(await chartOf('timeline'), { ...options, theme: 'dark' }).svg;
    expect(light).toContain(`fill="${THEME_COLORS.light['--ghost']}"`);
    expect(dark).toContain(`fill="${THEME_COLORS.dark['--ghost']}"`);
    expect(dark).toContain(`<rect width="${standaloneSvg(await chartOf('timeline'), options).width}"`);
    expect(dark).toContain(`fill="${THEME_COLORS.dark['--panel']}"`);
  });

  it('leaves the background out when asked for transparency', async () => {
    const { svg, width, height } = standaloneSvg(await chartOf('categories'), {
      ...options,
      background: 'transparent',
    });
    expect(svg).not.toContain(`<rect width="${width}" height="${height}"`);
  });

  it('fits a slide exactly, with larger type', async () => {
    for (const name of ['timeline', 'categories', 'network']) {
      const { svg, width, height } = standaloneSvg(await chartOf(name), {
        ...options,
        size: { width: 1920, height: 1080 },
      });
      expect([width, height]).toEqual([1920, 1080]);
      expect(parseXml(svg).documentElement.querySelector('text')?.getAttribute('font-size')).toBe('36');
    }
  });

  it('keeps hostile data as escaped text', async () => {
    const result = { ...bundled, profile: undefined, papers: hostilePapers() };
    const net = await chartOf('network', result, `q=${encodeURIComponent(HOSTILE_TITLE)}`);
    const hostile = { ...net, title: HOSTILE_TITLE };
    const provenance = { source: '"><script>alert(2)</script>', asOf: '2026-01-01' };
    const { svg } = standaloneSvg(hostile, { ...options, provenance });
    expectSelfContained(svg);
    const doc = parseXml(svg);
    expect(doc.querySelector('script, img')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toContain(HOSTILE_TITLE);
    expect(texts).toContain(HOSTILE_AUTHOR);
    expect(texts.join(' ')).toContain(`“${HOSTILE_TITLE}”`);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops characters XML cannot carry', async () => {
    const papers = [
      makePaper({ title: 't', date: '2020', authors: ['Bell\u0007 Ringer'], source: { file: 'x' } }),
    ];
    const { svg } = standaloneSvg(
      await chartOf('network', { ...bundled, profile: undefined, papers }),
      options,
    );
    expect(() => parseXml(svg)).not.toThrow();
  });
});
