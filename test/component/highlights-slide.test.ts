// @vitest-environment jsdom
/**
 * Component tier: the highlights slide writes each paper's line with a space on both sides of
 * every "·" ("Computation and Language· code available" lost one to template whitespace).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadBundledProfile } from '../../src/lib/data/bundled';
import { categoryTitle } from '../../src/lib/data/category-label';
import HighlightsSlide from '../../src/lib/ui/HighlightsSlide.svelte';
import { pageSourceOf } from '../helpers/collections';

const papers = loadBundledProfile().papers;

describe('the highlights slide', () => {
  it('separates year, category and "code available" with " · "', async () => {
    const withCode = papers.find((p) => p.hasCode && p.categories.length)!;
    expect(withCode).toBeDefined();
    render(HighlightsSlide, { source: pageSourceOf([withCode]).source, filter: [] });
    const meta = await waitFor(() => screen.getByText(/code available/));
    expect(meta.textContent).toBe(
      `${withCode.year} · ${categoryTitle(withCode.categories[0])} · code available`,
    );
  });

  it('never glues a word to a "·" on any line of the bundled profile', async () => {
    const { container } = render(HighlightsSlide, { source: pageSourceOf(papers).source, filter: [] });
    await waitFor(() => expect(container.querySelectorAll('.meta').length).toBeGreaterThan(0));
    const lines = [...container.querySelectorAll('.meta')].map((m) => m.textContent ?? '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/\S·|·\S/);
  });
});
