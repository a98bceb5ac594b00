import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper, type Paper, type Profile } from '../../../../src/lib/data/paper';
import { readCollectionParquet } from '../../../../src/lib/data/parquet/read-parquet';
import { writeCollectionParquet } from '../../../../src/lib/data/parquet/write-parquet';
import { readFiles } from '../../../../src/lib/data/read-files';
import { bundledProfile, generatedPapers } from '../../../helpers/collections';
import { realBytes, realFixtures } from '../../../helpers/real-fixtures';

const roundTrip = async (papers: readonly Paper[], profile: Profile | null = null) => {
  const r = await readCollectionParquet(writeCollectionParquet({ papers, profile }), {
    file: 'saved.parquet',
  });
  expect(r.format).toBe('parquet');
  expect(r.records).toBe(papers.length);
  return r;
};

describe('the save format keeps a collection exactly', () => {
  it.each(realFixtures())('every paper of %s, loaded as the app loads it', async (name) => {
    const { merged } = await readFiles([{ name, bytes: realBytes(name) }], '2026-11-30');
    const r = await roundTrip(merged.papers, merged.profile);
    expect(r.papers).toEqual(merged.papers);
    expect(r.profile ?? null).toEqual(merged.profile);
    expect(r.problems).toEqual([]);
  });

  it('the bundled profile with its metrics', async () => {
    const { papers, profile } = bundledProfile();
    const r = await roundTrip(papers, profile);
    expect(r.papers).toEqual(papers);
    expect(r.profile).toEqual(profile);
  });

  it('a seeded generated collection', async () => {
    const papers = generatedPapers(3000, 7);
    expect((await roundTrip(papers)).papers).toEqual(papers);
  });

  it('an empty collection', async () => {
    expect((await roundTrip([])).papers).toEqual([]);
  });

  const LONG = 'α'.repeat(100_000);
  const odd = fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 4 },
    {
      arbitrary: fc.constantFrom(
        '',
        ' ',
        LONG,
        '<script>alert(1)</script>',
        '{@html x}',
        '\u0000\n\t"\\',
        'Ünïcødé — 数学 🚀',
      ),
      weight: 1,
    },
  );
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const paperArb = fc
    .record({
      title: odd.filter((t) => t !== ''),
      abstract: odd,
      venue: odd,
      authors: fc.array(odd, { maxLength: 5 }),
      categories: fc.array(odd, { maxLength: 3 }),
      guessedCategories: fc.array(odd, { maxLength: 2 }),
      date: fc.constantFrom(null, '2021', '2021-04', '2021-04-19'),
      yearInferred: fc.boolean(),
      authorsTruncated: fc.boolean(),
      hasCode: fc.boolean(),
      arxiv: optional(odd),
      doi: optional(odd),
      url: optional(odd),
      code: optional(odd),
      file: odd,
      line: optional(fc.integer({ min: 0, max: 2 ** 31 - 1 })),
      record: optional(fc.integer({ min: 0, max: 2 ** 31 - 1 })),
      completedFrom: optional(odd),
    })
    .map(({ arxiv, doi, url, code, file, line, record, ...p }) => {
      const links = Object.fromEntries(
        Object.entries({ arxiv, doi, url, code }).filter(([, v]) => v !== undefined),
      );
      const source = {
        file,
        ...(line === undefined ? {} : { line }),
        ...(record === undefined ? {} : { record }),
      };
      return makePaper({ ...p, links, source });
    });

  it('papers of odd strings: empty, unicode, very long, markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paperArb, { maxLength: 30 }), async (papers) => {
        expect((await roundTrip(papers)).papers).toEqual(papers);
      }),
      { numRuns: 60 },
    );
  });
});
