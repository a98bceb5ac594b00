import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFiles } from '../../../src/cli/load-file';
import { readFiles } from '../../../src/lib/data/read-files';
import { summariseCollection } from '../../../src/lib/model/collection-summary';
import { realBytes, realFixtures, realPath } from '../../helpers/real-fixtures';

const asOf = '2026-11-26';

describe('the page and the CLI count the same papers', () => {
  // The CLI writes each problem to stderr; these tests read the counts only.
  beforeEach(() => void vi.spyOn(process.stderr, 'write').mockImplementation(() => true));
  afterEach(() => vi.restoreAllMocks());

  it.each(realFixtures())('%s', async (name) => {
    const page = await readFiles([{ name, bytes: realBytes(name) }], asOf);
    const cli = await loadFiles([realPath(name)], asOf);
    if (page.merged.papers.length === 0) {
      // The page keeps its data and says nothing was read; the CLI exits 2.
      expect(cli).toBeNull();
      return;
    }
    expect(cli).not.toBeNull();
    expect(summariseCollection(cli!).papers).toBe(page.merged.papers.length);
    expect(cli!.papers.map((p) => p.id)).toEqual(page.merged.papers.map((p) => p.id));
  });

  it('for several files at once, as the page merges them', async () => {
    const names = ['arxiv_atom_search_testing_100.xml', 'csljson_crossref_deep_review_36_authors.json'];
    const page = await readFiles(
      names.map((name) => ({ name, bytes: realBytes(name) })),
      asOf,
    );
    const cli = await loadFiles(names.map(realPath), asOf);
    expect(cli?.papers).toHaveLength(page.merged.papers.length);
    expect(cli?.format).toBe('arxiv-atom+csl-json');
  });
});
