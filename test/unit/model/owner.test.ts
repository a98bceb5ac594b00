import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFiles, type FileInput } from '../../../src/lib/data/read-files';
import { makePaper } from '../../../src/lib/data/paper';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { chooseOwner, describeMismatch, inferOwner } from '../../../src/lib/model/owner';
import { realBytes } from '../../helpers/real-fixtures';

const own = (path: string): FileInput => ({
  name: path.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))),
});
const real = (name: string): FileInput => ({ name, bytes: realBytes(name) });
const bundled: FileInput = {
  name: 'profile-walmsley.txt',
  bytes: new Uint8Array(readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url))),
};

async function ownerOf(files: FileInput[]) {
  const { merged } = await readFiles(files, '2026-11-26');
  return chooseOwner(merged.papers, merged.profile, mergePeople(merged.papers));
}

describe('who owns a collection', () => {
  it('gives a tie to the first author: two pasted entries first-authored by one person', async () => {
    const choice = await ownerOf([own('bibtex/two-entries-one-first-author.bib')]);
    // Ann Abbott is on both papers too and comes first alphabetically.
    expect(choice).toEqual({ name: 'Maria Garcia', fromProfile: false, mismatch: null });
  });

  it('gives a tie that author position does not break to nobody (a group)', () => {
    const papers = [
      makePaper({ title: 'One', authors: ['Ann Abbott', 'Maria Garcia'], source: { file: 'a' } }),
      makePaper({ title: 'Two', authors: ['Maria Garcia', 'Ann Abbott'], source: { file: 'a' } }),
    ];
    expect(inferOwner(papers, mergePeople(papers))).toBeNull();
  });

  it('says so when an author profile comes with works that are not theirs', async () => {
    const choice = await ownerOf([
      own('openalex/author-jane-doe.json'),
      real('openalex_works_list_50_cursor.json'),
    ]);
    // One of the 50 works lists no authors: it could be hers, so it is not counted against her.
    expect(choice.mismatch).toEqual({ name: 'Jane Doe', notListed: 49, total: 50 });
    expect(choice.fromProfile).toBe(false);
    expect(choice.name).not.toBe('Jane Doe');
    expect(describeMismatch(choice.mismatch!, true)).toBe(
      'The profile’s metrics describe Jane Doe; 49 of the 50 loaded papers do not list Jane Doe among their authors.',
    );
  });

  it('makes the profile’s person the owner when every paper lists them, under any written form', async () => {
    const choice = await ownerOf([own('openalex/author-jane-doe.json'), own('openalex/works-jane-doe.json')]);
    expect(choice).toEqual({ name: 'Jane Doe', fromProfile: true, mismatch: null });
  });

  it('keeps profiles that are their own lists as they were (bundled, Semantic Scholar)', async () => {
    expect((await ownerOf([bundled])).name).toBe('Mike Walmsley');
    const s2 = await ownerOf([real('s2_author_with_papers_turing.json')]);
    expect(s2).toEqual({ name: 'A. Turing', fromProfile: true, mismatch: null });
  });
});
