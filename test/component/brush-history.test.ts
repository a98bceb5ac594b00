// @vitest-environment jsdom
/**
 * Component tier: the timeline and the address (UrlSync) as App.svelte wires them — the address
 * follows every clause change. A drag across five years adds one history entry, not one per year
 * crossed; a run of Shift+arrow presses adds one, and the next run (after Shift is let go) one more.
 */
import './layout-shim';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/lib/components/Timeline.svelte';
import { bundledCollection } from '../../src/lib/collection/app-state.svelte';
import { CollectionStore } from '../../src/lib/collection/collection.svelte';
import { Selection } from '../../src/lib/state/selection.svelte';
import { UrlSync } from '../../src/lib/state/url-sync.svelte';

function mount() {
  history.replaceState(null, '', '/');
  const collection = new CollectionStore(bundledCollection());
  const selection = new Selection();
  const sync = new UrlSync(() => collection.source, selection);
  render(Timeline, { source: collection.source, selection, colors: collection.colors });
  flushSync();
  const figure = within(screen.getByRole('figure', { name: 'Papers over time' }));
  const year = (y: number) => figure.getAllByRole('button').find((b) => b.dataset.year === String(y))!;
  /** What App.svelte does a task after each clause change. */
  const write = () => {
    flushSync();
    sync.write();
  };
  return { year, write, start: history.length };
}

describe('history entries of the timeline', () => {
  it('one drag from 2020 to 2025 is one entry', async () => {
    const { year, write, start } = mount();
    await fireEvent.pointerDown(year(2020));
    write();
    for (let y = 2021; y <= 2025; y++) {
      await fireEvent.pointerEnter(year(y));
      write();
    }
    await fireEvent.pointerUp(year(2025));
    write();
    expect(location.search).toBe('?from=2020&to=2025');
    expect(history.length).toBe(start + 1);
  });

  it('a run of Shift+arrows is one entry; letting go of Shift starts the next', async () => {
    const { year, write, start } = mount();
    year(2020).focus();
    await fireEvent.keyDown(year(2020), { key: 'Enter' });
    write();
    expect(history.length).toBe(start + 1);
    let at = 2020;
    for (const _ of [1, 2, 3]) {
      await fireEvent.keyDown(year(at), { key: 'ArrowRight', shiftKey: true });
      write();
      at++;
    }
    expect(location.search).toBe('?from=2020&to=2023');
    expect(history.length).toBe(start + 2);
    await fireEvent.keyUp(year(at), { key: 'Shift' });
    await fireEvent.keyDown(year(at), { key: 'ArrowRight', shiftKey: true });
    write();
    expect(location.search).toBe('?from=2020&to=2024');
    expect(history.length).toBe(start + 3);
  });
});
