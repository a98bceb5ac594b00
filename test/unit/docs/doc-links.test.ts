/**
 * The README and docs/ point at each other, at screenshots and at headings; files move (this is a
 * house under renovation), so every relative link is checked to resolve, anchors included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Code blocks hold examples, not links or headings. */
const prose = (page: string) => readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to dashes. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\- ]/gu, '')
    .replace(/ /g, '-');

const anchorsOf = (page: string) =>
  new Set([...prose(page).matchAll(/^#+ (.*)$/gm)].map((m) => anchor(m[1])));

/** Every relative link of a page as [target file from the root, anchor or ''], web addresses left out. */
function linksOf(page: string): [string, string][] {
  return [...prose(page).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => {
      const [path, frag = ''] = target.split('#');
      return [path ? relative(ROOT, normalize(join(ROOT, dirname(page), path))) : page, frag];
    });
}

describe('README and docs/ links', () => {
  it('finds the pages and their links', () => {
    expect(PAGES).toContain('docs/architecture.md');
    expect(linksOf('README.md').length).toBeGreaterThan(10);
  });

  it.each(PAGES)('%s: every relative link names a file that exists, and a heading it has', (page) => {
    const broken = linksOf(page).filter(
      ([file, frag]) =>
        !existsSync(join(ROOT, file)) || (frag !== '' && file.endsWith('.md') && !anchorsOf(file).has(frag)),
    );
    expect(broken).toEqual([]);
  });
});
