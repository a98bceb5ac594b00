import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFiles, type FileInput } from '../../../src/lib/data/read-files';
import { emptyProfile } from '../../../src/lib/data/paper';
import { CollectionStore } from '../../../src/lib/collection/collection.svelte';
import { realBytes } from '../../helpers/real-fixtures';

const own = (path: string): FileInput => ({
  name: path.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))),
});
const real = (name: string): FileInput => ({ name, bytes: realBytes(name) });

async function storeOf(files: FileInput[]): Promise<CollectionStore> {
  const { merged } = await readFiles(files, '2026-11-26');
  const profile = merged.profile ?? emptyProfile('2026-11-26');
  return new CollectionStore({ profile, papers: merged.papers, source: 'test', problems: merged.problems });
}

describe('the page’s owner', () => {
  it('does not put an author profile over works that are not theirs; the menu is offered', async () => {
    const c = await storeOf([
      own('openalex/author-jane-doe.json'),
      real('openalex_works_list_50_cursor.json'),
    ]);
    expect(c.profileMismatch).toEqual({ name: 'Jane Doe', notListed: 49, total: 50 });
    expect(c.ownerName).not.toBe('Jane Doe');
    expect(c.ownerChoices.length).toBeGreaterThan(0);
    // The slides show no caption: neither her name nor her metrics go over these papers there.
    expect(c.slideProfile.name).toBe(c.ownerName);
    expect(c.slideProfile.metrics).toEqual([]);
    const someone = c.ownerChoices[0];
    c.pickOwner(someone);
    expect(c.ownerName).toBe(someone);
    expect(c.people.byId.get(c.ownerId!)?.isOwner).toBe(true);
  });

  it('keeps the profile’s person as the owner, with no menu, when every paper lists them', async () => {
    const c = await storeOf([own('openalex/author-jane-doe.json'), own('openalex/works-jane-doe.json')]);
    expect(c.profileMismatch).toBeNull();
    expect(c.ownerName).toBe('Jane Doe');
    expect(c.ownerChoices).toEqual([]);
    expect(c.slideProfile.metrics.map((m) => m.label)).toEqual([
      'Works',
      'Citations',
      'h-index',
      'i10-index',
    ]);
    expect(c.profile.source).toBe('OpenAlex author profile');
  });

  it('makes the first author of two pasted entries the owner', async () => {
    const c = await storeOf([own('bibtex/two-entries-one-first-author.bib')]);
    expect(c.ownerName).toBe('Maria Garcia');
  });
});
