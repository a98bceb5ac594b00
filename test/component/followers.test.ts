// @vitest-environment jsdom
/**
 * Component tier: a slower view reading a follower of the selection (App.svelte does this from
 * 2,000 papers) shows the older filter, marked `aria-busy`, until the frame after the click has
 * been painted, then catches up; below the threshold it follows in the same update.
 */
import './layout-shim';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { loadBundledProfile } from '../../src/lib/data/bundled';
import { yearsClause } from '../../src/lib/state/clauses';
import { Selection } from '../../src/lib/state/selection.svelte';
import FollowingCodeAvailability from './FollowingCodeAvailability.svelte';
import { pageSourceOf } from '../helpers/collections';

const papers = loadBundledProfile().papers;
const { source } = pageSourceOf(papers);
const years = papers.flatMap((p) => (p.year === null ? [] : [p.year]));
const last = Math.max(...years);
const inLast = papers.filter((p) => p.year === last);

const figure = () => screen.getByRole('figure', { name: 'Code availability' });
const summary = () => figure().querySelector('.summary')?.textContent ?? '';
const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('views that follow the first paint', () => {
  it('keep the older filter, busy, until after the next frame', async () => {
    const selection = new Selection();
    render(FollowingCodeAvailability, { source, selection, lag: true });
    flushSync();
    const before = summary();
    expect(before).toContain(`of ${papers.length} papers`);
    expect(figure()).toHaveAttribute('aria-busy', 'false');

    selection.set('timeline', yearsClause({ from: last, to: last }));
    flushSync();
    expect(figure()).toHaveAttribute('aria-busy', 'true');
    expect(summary()).toBe(before);

    await paint();
    flushSync();
    expect(figure()).toHaveAttribute('aria-busy', 'false');
    const withCode = inLast.filter((p) => p.hasCode).length;
    expect(summary()).toContain(`Code linked for ${withCode} of ${inLast.length} paper`);
  });

  it('drop a change overtaken by a newer one before it was shown', async () => {
    const selection = new Selection();
    render(FollowingCodeAvailability, { source, selection, lag: true });
    flushSync();
    selection.set('timeline', yearsClause({ from: last, to: last }));
    flushSync();
    selection.set('timeline', null);
    flushSync();
    expect(figure()).toHaveAttribute('aria-busy', 'false');
    await paint();
    flushSync();
    expect(summary()).toContain(`of ${papers.length} papers`);
  });

  it('follow at once for small collections', () => {
    const selection = new Selection();
    render(FollowingCodeAvailability, { source, selection, lag: false });
    flushSync();
    selection.set('timeline', yearsClause({ from: last, to: last }));
    flushSync();
    expect(figure()).toHaveAttribute('aria-busy', 'false');
    expect(summary()).toContain(`of ${inLast.length} paper`);
  });
});
