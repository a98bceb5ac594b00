// @vitest-environment jsdom
/**
 * Component tier: the highlights slide writes each paper's line with a space on both sides of
 * every "·" ("Computation and Language· code available" lost one to template whitespace).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadBundledProfile } from '../../src/lib/data/bundled';
import { categoryTitle } from '../../src/lib/data/category-label';
import HighlightsSlide from '../../src/lib/ui/HighlightsSlide.svelte';

const papers = loadBundledProfile().papers;

describe('the highlights slide', () => {
  it('separates year, category and "code available" with " · "', () => {
    const withCode = papers.find((p) => p.hasCode && p.categories.length)!;
    expect(withCode).toBeDefined();
    render(HighlightsSlide, { papers: [withCode] });
    const meta = screen.getByText(/code available/);
    expect(meta.textContent).toBe(
      `${withCode.year} · ${categoryTitle(withCode.categories[0])} · code available`,
    );
  });

  it('never glues a word to a "·" on any line of the bundled profile', () => {
    const { container } = render(HighlightsSlide, { papers });
    const lines = [...container.querySelectorAll('.meta')].map((m) => m.textContent ?? '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/\S·|·\S/);
  });
});
