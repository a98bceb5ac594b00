// @vitest-environment jsdom
/**
 * Component tier: every view that draws years, first given the bundled profile and then a
 * BibTeX list in which no paper has a year (test/fixtures/bibtex/undated-three.bib), draws the
 * list it is given — nothing of the previous collection stays on screen — and says how many
 * papers it could not place.
 */
import './layout-shim';
import { render, screen, waitFor } from '@testing-library/svelte';
import { flushSync, type Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import CategoryTrends from '../../src/lib/components/CategoryTrends.svelte';
import CodeAvailability from '../../src/lib/components/CodeAvailability.svelte';
import CollaborationView from '../../src/lib/components/CollaborationView.svelte';
import TermsView from '../../src/lib/components/TermsView.svelte';
import Timeline from '../../src/lib/components/Timeline.svelte';
import { loadBundledProfile } from '../../src/lib/data/bundled';
import { parseBibtex } from '../../src/lib/data/bibtex';
import type { Paper } from '../../src/lib/data/paper';
import type { DataSource } from '../../src/lib/source/questions';
import { Selection } from '../../src/lib/state/selection.svelte';
import { pageSourceOf } from '../helpers/collections';
import { fixtureText } from '../helpers/own-fixtures';

const bundled = loadBundledProfile().papers;
const undated = parseBibtex(fixtureText('bibtex/undated-three.bib'), { file: 'undated-three.bib' }).papers;

/** What the views are given. */
interface ViewProps {
  source: DataSource;
  selection: Selection;
  colors: ReadonlyMap<string, string>;
}

/** The props of a collection. */
function propsFor(papers: readonly Paper[], selection: Selection): ViewProps {
  return { ...pageSourceOf(papers), selection };
}

/** Name, component, where the note says the papers are missing. */
const VIEWS: [string, Component<ViewProps>, string][] = [
  ['Papers over time', Timeline, 'the timeline'],
  ['Category trends', CategoryTrends, 'the chart'],
  ['Collaboration over time', CollaborationView, 'the chart'],
  ['Code availability', CodeAvailability, 'the chart'],
  ['Terms over time', TermsView, 'the heat map'],
];

describe('views that draw years, given a list without years', () => {
  it('the fixture has papers and none of them has a year', () => {
    expect(undated.length).toBe(3);
    expect(undated.every((p) => p.year === null)).toBe(true);
  });

  for (const [name, View, where] of VIEWS) {
    it(`${name}: the previous collection's chart goes, and the undated papers are counted`, async () => {
      const selection = new Selection();
      const { rerender } = render(View, propsFor(bundled, selection));
      const figure = screen.getByRole('figure', { name });
      const summary = () => figure.querySelector('.summary')?.textContent ?? '';
      await waitFor(() => expect(figure.querySelector('svg.plot')).not.toBeNull());
      await waitFor(() => expect(figure).toHaveAttribute('aria-busy', 'false'));
      // Year (or term) hit areas over the chart; category trends has none.
      const yearButtons = () => figure.querySelectorAll('[data-year], button.hit').length;
      if (name !== 'Category trends') expect(yearButtons()).toBeGreaterThan(0);

      await rerender(propsFor(undated, selection));
      flushSync();
      await waitFor(() => expect(summary()).toContain(`3 papers without a date are not on ${where}.`));
      expect(figure.querySelector('svg.plot')).toBeNull();
      expect(yearButtons()).toBe(0);
    });
  }

  it('a collection with some undated papers says how many are left off the timeline', () => {
    const selection = new Selection();
    const mixed = [...bundled, ...undated];
    render(Timeline, propsFor(mixed, selection));
    flushSync();
    const summary = screen.getByRole('figure', { name: 'Papers over time' }).querySelector('.summary');
    const before = bundled.filter((p) => p.year === null).length;
    expect(summary?.textContent).toMatch(
      new RegExp(`\\. ${before + 3} papers without a date are not on the timeline\\.$`),
    );
  });
});
