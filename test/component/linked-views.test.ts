// @vitest-environment jsdom
/**
 * Component tier: the linked views mounted in a DOM (jsdom) on the bundled profile, sharing one
 * selection as App.svelte wires them: a click or key in one view publishes a clause, the others
 * redraw their counts from it, and the filter chips list and remove what is active.
 */
import './layout-shim';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import Categories from '../../src/lib/components/Categories.svelte';
import Timeline from '../../src/lib/components/Timeline.svelte';
import { loadBundledProfile } from '../../src/lib/data/bundled';
import { pageSourceOf } from '../helpers/collections';
import { Selection } from '../../src/lib/state/selection.svelte';
import FilterChips from '../../src/lib/ui/FilterChips.svelte';

const papers = loadBundledProfile().papers;
const { source, colors } = pageSourceOf(papers);

function mountDashboard() {
  const selection = new Selection();
  render(Timeline, { source, selection, colors });
  render(Categories, { source, selection, colors });
  render(FilterChips, { selection });
  flushSync();
  const timeline = within(screen.getByRole('figure', { name: 'Papers over time' }));
  const categories = within(screen.getByRole('figure', { name: 'Categories' }));
  return {
    selection,
    /** The year buttons of the timeline's overlay, by year. */
    years: () =>
      new Map(
        timeline
          .getAllByRole('button', { name: /^\d{4}: / })
          .map((b) => [Number(b.dataset.year), b] as const),
      ),
    /** The category buttons, by short id (their label starts with it). */
    categoryButtons: () =>
      new Map(
        categories
          .getAllByRole('button', { name: / — / })
          .filter((b) => b.classList.contains('hit'))
          .map((b) => [b.getAttribute('aria-label')!.split(' — ')[0], b] as const),
      ),
    timeline,
    categories,
  };
}

/** "2021: 3 of 5 papers" → [3, 5]; a label without "of" means all of them. */
function counts(label: string | null): [number, number] {
  const m = /(\d+) of (\d+) papers?$/.exec(label ?? '') ?? /, (\d+) papers?$/.exec(label ?? '');
  if (!m) throw new Error(`no counts in "${label}"`);
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

describe('linked views in a DOM', () => {
  it('shows every year and category of the bundled profile, unfiltered', () => {
    const { years, categoryButtons } = mountDashboard();
    const dated = papers.filter((p) => p.year !== null);
    expect([...years().values()].reduce((n, b) => n + counts(b.getAttribute('aria-label'))[0], 0)).toBe(
      dated.length,
    );
    const primaries = new Set(papers.flatMap((p) => p.categories.slice(0, 1)));
    expect(categoryButtons().size).toBe(primaries.size);
    for (const b of categoryButtons().values()) expect(b).toHaveAttribute('aria-pressed', 'false');
  });

  it('a category click filters the timeline to that category, a second click clears it', async () => {
    const { selection, years, categoryButtons } = mountDashboard();
    const [id, button] = [...categoryButtons()].sort(
      (a, b) => counts(b[1].getAttribute('aria-label'))[1] - counts(a[1].getAttribute('aria-label'))[1],
    )[0];
    await fireEvent.click(button);
    flushSync();
    expect(selection.get('categories')?.value).toEqual({ kind: 'category', ids: [id] });
    expect(categoryButtons().get(id)).toHaveAttribute('aria-pressed', 'true');
    const inCategory = (p: (typeof papers)[number]) => p.categories[0] === id;
    for (const [year, rect] of years()) {
      const expected = papers.filter((p) => p.year === year && inCategory(p)).length;
      const all = papers.filter((p) => p.year === year).length;
      expect(counts(rect.getAttribute('aria-label')), String(year)).toEqual([expected, all]);
    }
    await fireEvent.click(categoryButtons().get(id)!);
    flushSync();
    expect(selection.get('categories')).toBeUndefined();
  });

  it('a click moves the drawn bars in place: the same charts, with the bars of the new filter', async () => {
    const { years, categoryButtons } = mountDashboard();
    const svgOf = (name: string) => screen.getByRole('figure', { name }).querySelector('svg.plot');
    const [timeline, categories] = ['Papers over time', 'Categories'];
    const [timelineSvg, categoriesSvg] = [svgOf(timeline), svgOf(categories)];
    const [id, button] = [...categoryButtons()][0];
    await fireEvent.click(button);
    flushSync();
    expect(timelineSvg).not.toBeNull();
    expect(svgOf(timeline)).toBe(timelineSvg);
    expect(svgOf(categories)).toBe(categoriesSvg);
    // One category selected: a bar a year that has its papers, in the category's colour.
    const stacks = [...timelineSvg!.querySelectorAll('g.timeline-stack rect')];
    const withPapers = [...years().values()].filter((b) => counts(b.getAttribute('aria-label'))[0] > 0);
    expect(stacks).toHaveLength(withPapers.length);
    expect(new Set(stacks.map((r) => r.getAttribute('fill')))).toEqual(new Set([colors.get(id)]));
    // The other categories' bars are dimmed; the selected one is not.
    const opacities = [...categoriesSvg!.querySelectorAll('g.categories-count rect')].map((r) =>
      r.getAttribute('fill-opacity'),
    );
    expect(opacities.filter((o) => o === '1')).toHaveLength(1);
  });

  it('Shift+click adds a second category to the clause', async () => {
    const { selection, categoryButtons } = mountDashboard();
    const [a, b] = [...categoryButtons().keys()];
    await fireEvent.click(categoryButtons().get(a)!);
    await fireEvent.click(categoryButtons().get(b)!, { shiftKey: true });
    flushSync();
    expect(selection.get('categories')?.value).toEqual({ kind: 'category', ids: [a, b] });
  });

  it('selects a year by keyboard and filters the categories; Escape clears', async () => {
    const { selection, years, categoryButtons } = mountDashboard();
    const focusable = [...years().values()].filter((r) => r.getAttribute('tabindex') === '0');
    expect(focusable).toHaveLength(1);
    const first = Number(focusable[0].dataset.year);
    // The busiest year: its papers fall in more than one category.
    const year = Math.max(...[...years().keys()].filter((y) => y > first));
    await fireEvent.keyDown(focusable[0], { key: 'End' });
    expect(document.activeElement).toBe(years().get(year));
    await fireEvent.keyDown(years().get(year)!, { key: 'Enter' });
    flushSync();
    expect(selection.get('timeline')?.value).toEqual({ from: year, to: year });
    expect(years().get(year)).toHaveAttribute('aria-pressed', 'true');
    const inYear = (p: (typeof papers)[number]) => p.year === year;
    for (const [id, b] of categoryButtons()) {
      const expected = papers.filter((p) => p.categories[0] === id && inYear(p)).length;
      expect(counts(b.getAttribute('aria-label'))[0], id).toBe(expected);
    }
    await fireEvent.keyDown(years().get(year)!, { key: 'Escape' });
    flushSync();
    expect(selection.get('timeline')).toBeUndefined();
  });

  it('lists active filters as chips that remove one clause, and Reset removes all', async () => {
    const { selection, years, categoryButtons } = mountDashboard();
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
    const [id] = [...categoryButtons().keys()];
    await fireEvent.click(categoryButtons().get(id)!);
    const year = [...years().keys()].at(-1)!;
    await fireEvent.keyDown(years().get(year)!, { key: 'Enter' });
    flushSync();
    const chips = within(screen.getByRole('region', { name: 'Active filters' }));
    const removes = chips.getAllByRole('button', { name: /^Remove filter: / });
    expect(removes.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Remove filter: Years ${year}`,
      expect.stringMatching(/^Remove filter: Categories: /),
    ]);
    await fireEvent.click(removes[0]);
    flushSync();
    expect(selection.get('timeline')).toBeUndefined();
    expect(selection.get('categories')?.value).toEqual({ kind: 'category', ids: [id] });
    await fireEvent.click(chips.getByRole('button', { name: 'Reset' }));
    flushSync();
    expect(selection.clauses).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });

  it("shows a view's data as a table whose buttons filter as the chart's do", async () => {
    const { selection, categories, categoryButtons } = mountDashboard();
    const ids = [...categoryButtons().keys()];
    // The table takes the chart's place.
    await fireEvent.click(categories.getByRole('button', { name: 'Table' }));
    flushSync();
    expect(categories.queryAllByRole('button', { name: / — / })).toEqual([]);
    const rows = categories.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(ids);
    const id = ids[0];
    // The table's own button toggles the same clause as the chart's.
    await fireEvent.click(categories.getByRole('button', { name: id, pressed: false }));
    flushSync();
    expect(categories.getByRole('button', { name: id, pressed: true })).toBeInTheDocument();
    expect(selection.get('categories')?.value).toEqual({ kind: 'category', ids: [id] });
  });

  it('renders titles and names from the data as text, never as markup', () => {
    const hostile = papers.map((p, i) =>
      i === 0 ? { ...p, categories: ['<img src=x onerror="globalThis.hacked=1">', ...p.categories] } : p,
    );
    const selection = new Selection();
    render(Categories, { ...pageSourceOf(hostile), selection });
    flushSync();
    expect(document.querySelector('img')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
    expect(
      screen.getAllByRole('button').some((b) => b.getAttribute('aria-label')?.startsWith('<img src=x')),
    ).toBe(true);
  });
});
