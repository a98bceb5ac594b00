import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACK, THEME_COLORS } from '../../../src/lib/export/theme-colors';

const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');

/** `--name: value;` declarations of the first rule whose selector is `selector`. */
function variables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

describe('THEME_COLORS', () => {
  it('matches the colours of app.css in both themes', () => {
    const light = variables(':root');
    const dark = { ...light, ...variables(":root[data-theme='dark']") };
    for (const [name, value] of Object.entries(THEME_COLORS.light)) expect(light[name], name).toBe(value);
    for (const [name, value] of Object.entries(THEME_COLORS.dark)) expect(dark[name], name).toBe(value);
    expect(light['--font']).toBe(FONT_STACK);
  });
});
