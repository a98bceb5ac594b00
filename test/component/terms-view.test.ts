// @vitest-environment jsdom
/**
 * Component tier: the terms view on the bundled profile (below 2,000 papers its text service runs
 * on the page, so no worker is needed here; the worker path is covered by the unit tests with an
 * in-process worker and end to end at 20,000 papers). It is busy until its first answer, names
 * each term with the number of papers using it, filters to exactly those papers on a click and
 * recounts when another view filters.
 */
import './layout-shim';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import TermsView from '../../src/lib/components/TermsView.svelte';
import { loadBundledProfile } from '../../src/lib/data/bundled';
import { hasTerms } from '../../src/lib/model/terms';
import { yearsClause } from '../../src/lib/state/clauses';
import { Selection } from '../../src/lib/state/selection.svelte';
import { TermDictionary } from '../../src/lib/model/term-dictionary';
import { pageSourceOf } from '../helpers/collections';

// One dictionary for the file's papers, as the text service holds one for its collection.
const dict = new TermDictionary();

const papers = loadBundledProfile().papers;
const { source } = pageSourceOf(papers);
const figure = () => screen.getByRole('figure', { name: 'Terms over time' });
/** The term buttons once the answer is drawn: [label, button]. */
async function termButtons() {
  await waitFor(() => expect(figure()).toHaveAttribute('aria-busy', 'false'));
  return within(figure())
    .getAllByRole('button', { name: / — \d+ papers?$/ })
    .filter((b) => b.classList.contains('hit'));
}
const paperCount = (b: HTMLElement) => Number(/ — (\d+) papers?$/.exec(b.getAttribute('aria-label')!)![1]);

describe('the terms view in a DOM', () => {
  it('is busy until counted, then names each term with its papers', async () => {
    const selection = new Selection();
    render(TermsView, { source, selection });
    flushSync();
    expect(figure()).toHaveAttribute('aria-busy', 'true');
    expect(figure().querySelector('.summary')?.textContent).toBe(
      `Counting the terms of ${papers.length} papers…`,
    );
    const buttons = await termButtons();
    expect(buttons.length).toBeGreaterThanOrEqual(10);
    const counts = buttons.map(paperCount);
    expect(counts[0]).toBeGreaterThan(1);
    expect(figure().querySelector('.summary')?.textContent).not.toMatch(/Counting/);
  });

  it('filters to exactly the papers that use a term, and recounts when another view filters', async () => {
    const selection = new Selection();
    render(TermsView, { source, selection });
    const [first] = await termButtons();
    await fireEvent.click(first);
    await waitFor(() => expect(selection.get('term')).toBeDefined());
    const clause = selection.get('term')!;
    const key = clause.value[0];
    const using = papers.filter((p) => hasTerms(dict, p, [key]));
    const filtered = await source.ask({ kind: 'summary', filter: [{ source: 'term', value: clause.value }] });
    expect(filtered.papers).toBe(using.length);
    expect(using.length).toBe(paperCount(first));
    flushSync();
    expect((await termButtons())[0]).toHaveAttribute('aria-pressed', 'true');

    // A year from another view: the selected term keeps its row, counted in that year only.
    const year = using.find((p) => p.year !== null)!.year!;
    selection.set('timeline', yearsClause({ from: year, to: year }));
    flushSync();
    await waitFor(async () => {
      const row = (await termButtons()).find((b) => b.getAttribute('aria-pressed') === 'true')!;
      expect(paperCount(row)).toBe(using.filter((p) => p.year === year).length);
    });
  });
});
