import { JSDOM } from 'jsdom';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCollection } from '../../../src/lib/source/page/open-collection';
import { PageSource } from '../../../src/lib/source/page/page-source';
import type { DataSource, Question } from '../../../src/lib/source/questions';
import { searchClause } from '../../../src/lib/state/clauses';
import { Selection } from '../../../src/lib/state/selection.svelte';
import { UrlSync } from '../../../src/lib/state/url-sync.svelte';
import { bundledProfile } from '../../helpers/collections';

const dom = new JSDOM('', { url: 'http://localhost/' });
vi.stubGlobal('location', dom.window.location);
vi.stubGlobal('history', dom.window.history);
afterAll(() => vi.unstubAllGlobals());

const page = new PageSource(openCollection({ ...bundledProfile(), source: 'profile-walmsley.txt' }));

/** The bundled profile's source, whose name lookups wait until `resolve` is called. */
function slowSource(): { source: DataSource; resolve: () => void } {
  let resolve!: () => void;
  const gate = new Promise<void>((r) => (resolve = r));
  const source: DataSource = {
    info: page.info,
    ask: async <Q extends Question>(q: Q) => {
      await gate;
      return page.ask(q);
    },
    close: () => {},
  } as DataSource;
  return { source, resolve };
}

beforeEach(() => history.replaceState(null, '', '/?cat=astro-ph.GA&q=galaxy'));

describe('the address and the selection', () => {
  it('restore applies the address, names resolved by the collection', async () => {
    const selection = new Selection();
    await new UrlSync(() => page, selection).restore();
    expect(selection.clauses.map((c) => c.source)).toEqual(['categories', 'search']);
  });

  it('a change made while the names resolve wins over the address', async () => {
    const { source, resolve } = slowSource();
    const selection = new Selection();
    const restoring = new UrlSync(() => source, selection).restore();
    // The user searches on what is shown before the address's category is looked up.
    selection.set('search', searchClause('learning'));
    resolve();
    await restoring;
    expect(selection.clauses).toEqual([searchClause('learning')]);
  });

  it('held, it writes nothing (the address keeps its filters); released, it writes the newest selection', async () => {
    const selection = new Selection();
    const sync = new UrlSync(() => page, selection);
    sync.hold();
    selection.reset();
    sync.write();
    expect(location.search).toBe('?cat=astro-ph.GA&q=galaxy');
    // Restored from the kept address once the collection it names is there, then written as usual.
    await sync.restore();
    sync.release();
    expect(location.search).toBe('?cat=astro-ph.GA&q=galaxy');
    selection.set('search', searchClause('learning'));
    sync.write();
    expect(location.search).toBe('?cat=astro-ph.GA&q=learning');
  });
});
