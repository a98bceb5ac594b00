import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import { parseProfileText } from '../../../src/lib/data/profile-text';
import { mergePeople, type PeopleIndex } from '../../../src/lib/model/name-merge';
import { givenCompatible, parsePersonName } from '../../../src/lib/model/person-name';

const paper = (id: string, authors: string[], authorsTruncated = false): Paper =>
  makePaper({ id, title: id, source: { file: 't' }, authors, authorsTruncated });
/** One paper per author form. */
const single = (...forms: string[]) => forms.map((f, i) => paper(`p${i}`, [f]));
const groups = (index: PeopleIndex) =>
  index.people.map((p) => [...p.forms].sort().join(' + ')).sort((a, b) => (a < b ? -1 : 1));

describe('mergePeople: the rule', () => {
  it('collapses the forms of one name and names the person by the fullest form', () => {
    const index = mergePeople(single('Jane A. Doe', 'Jane Doe', 'J. A. Doe', 'J.-A. Doe', 'Doe, Jane A.'));
    expect(index.people).toHaveLength(1);
    const [jane] = index.people;
    expect(jane.name).toBe('Jane A. Doe');
    expect(jane.papers).toBe(5);
    expect([...jane.forms].sort()).toEqual([
      'Doe, Jane A.',
      'J. A. Doe',
      'J.-A. Doe',
      'Jane A. Doe',
      'Jane Doe',
    ]);
    expect(jane.id).toBe('doe|jane-a');
  });

  it('leaves an initial that fits two people alone, and never merges Jane with John', () => {
    const index = mergePeople(single('Jane Doe', 'John Doe', 'J. Doe', 'Jane A. Doe'));
    expect(groups(index)).toEqual(['J. Doe', 'Jane A. Doe + Jane Doe', 'John Doe']);
    expect(index.resolve('Jane Doe')).not.toBe(index.resolve('John Doe'));
    expect(index.resolve('J. Doe')).toBe('doe|j');
  });

  it('merges an initial that fits only one person', () => {
    expect(groups(mergePeople(single('Jane Doe', 'J. Doe', 'Jane Dee')))).toEqual([
      'J. Doe + Jane Doe',
      'Jane Dee',
    ]);
  });

  it('keeps two middle names apart, and the form without one on its own', () => {
    expect(groups(mergePeople(single('Jane A. Doe', 'Jane B. Doe', 'Jane Doe')))).toEqual([
      'Jane A. Doe',
      'Jane B. Doe',
      'Jane Doe',
    ]);
  });

  it('matches hyphenated given names written out, hyphenated or as initials', () => {
    const index = mergePeople(single('Jean-Pierre Martin', 'J.-P. Martin', 'J. P. Martin', 'JP Martin'));
    expect(index.people).toHaveLength(1);
    expect(index.people[0].name).toBe('Jean-Pierre Martin');
  });

  it('ignores accents and case, preferring the accented form as the name', () => {
    const index = mergePeople(single('Roberta Raileanu', 'Roberta Răileanu', 'ROBERTA RAILEANU'));
    expect(index.people).toHaveLength(1);
    expect(index.people[0].name).toBe('Roberta Răileanu');
    expect(index.resolve('roberta raileanu')).toBe(index.people[0].id);
  });

  it('handles surname particles in either order and capitalisation', () => {
    const index = mergePeople(
      single('Ludwig van Beethoven', 'L. van Beethoven', 'Beethoven, Ludwig van', 'Ludwig Van Beethoven'),
    );
    expect(index.people).toHaveLength(1);
    expect(index.people[0].name).toBe('Ludwig van Beethoven');
  });

  it('breaks display-name ties by frequency', () => {
    const index = mergePeople(single('Doe, Jane', 'Jane Doe', 'Jane Doe'));
    expect(index.people[0].name).toBe('Jane Doe');
    expect(index.people[0].forms).toEqual(['Jane Doe', 'Doe, Jane']);
  });

  it('lists person ids per paper in order, without duplicates, and skips "et al."', () => {
    const index = mergePeople([paper('a', ['Jane Doe', 'Bo Li', 'Jane A. Doe', 'et al.'])]);
    expect(index.paperPeople.get('a')).toEqual(['doe|jane-a', 'li|bo']);
  });

  it('keeps the order and drops repeats in a collaboration of hundreds, the owner last', () => {
    // Surnames of two letters each, all different: 300 people.
    const letter = (k: number) => String.fromCharCode(97 + k);
    const names = Array.from(
      { length: 300 },
      (_, i) => `Ann Q${letter(Math.floor(i / 26))}${letter(i % 26)}son`,
    );
    const authors = [...names, ...names.slice(0, 50), 'et al.'];
    const index = mergePeople([paper('big', authors), paper('big', ['Zed Coll', names[0]])], {
      owner: 'Ann Owner',
    });
    const expected = [...names.map((n) => index.resolve(n)!), 'owner|ann', 'coll|zed'];
    expect(new Set(expected).size).toBe(302);
    expect(index.paperPeople.get('big')).toEqual(expected);
    expect(index.byId.get(index.resolve(names[0])!)!.papers).toBe(1);
  });

  it('resolves new variants by the same rule', () => {
    const index = mergePeople(single('Jane A. Doe', 'John Doe'));
    expect(index.resolve('jane doe')).toBe('doe|jane-a');
    expect(index.resolve('Doe, J. A.')).toBeUndefined(); // Jane A., or John with a middle A.
    expect(index.resolve('J. Doe')).toBeUndefined();
    expect(index.resolve('Nobody Here')).toBeUndefined();
    expect(index.resolve('')).toBeUndefined();
  });

  it('sorts people by papers, then name', () => {
    const index = mergePeople([
      paper('a', ['Zed Zed', 'Bo Li']),
      paper('b', ['Zed Zed']),
      paper('c', ['Al Ng']),
    ]);
    expect(index.people.map((p) => p.name)).toEqual(['Zed Zed', 'Al Ng', 'Bo Li']);
  });
});

describe('mergePeople: aliases', () => {
  it('"same" joins forms the rule keeps apart, even across surnames', () => {
    const aliases = {
      same: [
        ['J. Doe', 'Jane Doe'],
        ['Jane Doe', 'Jane Smith', 'J. Q. Public'],
      ],
      different: [],
    };
    const index = mergePeople(single('Jane Doe', 'John Doe', 'J. Doe', 'Jane Smith'), { aliases });
    expect(groups(index)).toEqual(['J. Doe + Jane Doe + Jane Smith', 'John Doe']);
    expect(index.resolve('J. Q. Public')).toBe(index.resolve('Jane Smith'));
  });

  it('"different" keeps forms apart that the rule would merge, and wins over "same"', () => {
    const aliases = { same: [['Jane A. Doe', 'J. Doe']], different: [['Jane A. Doe', 'Jane Doe', 'J. Doe']] };
    const index = mergePeople(single('Jane A. Doe', 'Jane Doe', 'J. Doe'), { aliases });
    expect(groups(index)).toEqual(['J. Doe', 'Jane A. Doe', 'Jane Doe']);
    expect(index.resolve('doe, jane')).toBe('doe|jane');
  });

  it('reads the bundled (empty) alias file', () => {
    const file = JSON.parse(readFileSync(new URL('../../../data/aliases.json', import.meta.url), 'utf8'));
    expect(file).toMatchObject({ same: [], different: [] });
    expect(typeof file.$comment).toBe('string');
    expect(mergePeople(single('Jane Doe'), { aliases: file }).people).toHaveLength(1);
  });
});

describe('mergePeople: the owner', () => {
  it('is an author of every paper, listed or hidden behind "et al."', () => {
    const papers = [
      paper('a', ['Ann Lee', 'Bo Li'], true),
      paper('b', ['M. Walmsley', 'Ann Lee']),
      paper('c', ['Bo Li']),
    ];
    const index = mergePeople(papers, { owner: 'Mike Walmsley' });
    const owner = index.people[0];
    expect(owner).toMatchObject({ id: 'walmsley|mike', name: 'Mike Walmsley', isOwner: true, papers: 3 });
    expect(owner.forms).toEqual(['M. Walmsley', 'Mike Walmsley']);
    expect(index.paperPeople.get('a')).toEqual(['lee|ann', 'li|bo', 'walmsley|mike']);
    expect(index.paperPeople.get('b')).toEqual(['walmsley|mike', 'lee|ann']);
    expect(index.people.filter((p) => p.isOwner)).toHaveLength(1);
  });

  it('has no owner when none is given', () => {
    expect(mergePeople(single('Jane Doe'), { owner: null }).people.some((p) => p.isOwner)).toBe(false);
  });
});

describe('mergePeople: properties', () => {
  it('does not modify its input', () => {
    const papers = Object.freeze([paper('a', ['Jane Doe', 'J. Doe'], true), paper('b', ['Jane A. Doe'])]);
    const aliases = { same: [['Jane Doe', 'Jane Smith']], different: [['Jane A. Doe', 'J. Doe']] };
    const before = structuredClone({ papers, aliases });
    mergePeople(papers, { owner: 'Jane Doe', aliases });
    expect({ papers, aliases }).toEqual(before);
  });

  it('gives the same people whatever the paper order, and every person is pairwise compatible', () => {
    const form = fc.constantFrom(
      'Jane Doe',
      'Jane A. Doe',
      'J. Doe',
      'J. A. Doe',
      'John Doe',
      'Doe, J.',
      'Jane B. Doe',
      'Jean-Pierre Doe',
      'J.-P. Doe',
      'Bo Li',
      'B. Li',
    );
    fc.assert(
      fc.property(fc.array(fc.array(form, { minLength: 1, maxLength: 4 }), { maxLength: 12 }), (lists) => {
        const papers = lists.map((authors, i) => paper(`p${i}`, authors));
        const a = mergePeople(papers);
        const b = mergePeople([...papers].reverse());
        expect(b.people).toEqual(a.people);
        for (const person of a.people) {
          const given = person.forms.map((f) => parsePersonName(f)!.given);
          for (const x of given) for (const y of given) expect(givenCompatible(x, y)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('mergePeople on the bundled profile', () => {
  const seed = readFileSync(new URL('../../../data/profile-walmsley.txt', import.meta.url), 'utf8');
  const { papers, profile } = parseProfileText(seed, { file: 'x', asOf: '2026-11-26' });
  const index = mergePeople(papers, { owner: profile!.name });
  const byName = (name: string) => index.byId.get(index.resolve(name)!)!;

  it('merges "Inigo V. Slijepcevic" and "Inigo Val Slijepcevic"', () => {
    const inigo = byName('Inigo V. Slijepcevic');
    expect(inigo).toBe(byName('Inigo Val Slijepcevic'));
    expect(inigo).toMatchObject({ name: 'Inigo Val Slijepcevic', papers: 2 });
    expect([...inigo.forms].sort()).toEqual(['Inigo V. Slijepcevic', 'Inigo Val Slijepcevic']);
  });

  it('counts papers per person, with the owner on all 16', () => {
    expect(byName('Anna M. M. Scaife').papers).toBe(5);
    expect(byName('anna scaife')).toBe(byName('Anna M. M. Scaife'));
    expect(byName('Mike Walmsley')).toMatchObject({ papers: 16, isOwner: true });
    expect(index.people[0].name).toBe('Mike Walmsley');
    expect(byName('Micah Bowles').papers).toBe(3);
    expect(byName('Chris Lintott').papers).toBe(3);
    expect(byName('Roberta Raileanu').name).toBe('Roberta Răileanu');
    for (const ids of index.paperPeople.values()) expect(ids).toContain('walmsley|mike');
  });

  it('finds the 29 people counted by hand', () => {
    // 46 listed names, 30 distinct forms; the two Slijepcevic forms are one person.
    expect(papers.flatMap((p) => p.authors)).toHaveLength(46);
    expect(new Set(papers.flatMap((p) => p.authors)).size).toBe(30);
    expect(index.people).toHaveLength(29);
  });
});
