import { describe, expect, it } from 'vitest';
import { parseArxivJsonl } from '../../../src/lib/data/arxiv-jsonl';
import { writeCollectionParquet } from '../../../src/lib/data/parquet/write-parquet';
import { detectBinaryFormat, readBinaryFile } from '../../../src/lib/data/read-binary';
import { readFiles, readOne } from '../../../src/lib/data/read-files';
import { bundledProfile } from '../../helpers/collections';
import { realBytes } from '../../helpers/real-fixtures';
import { generatedLines, gzip, openAlexWorkLines, utf8 } from './stream/stream-input';

describe('binary files, told by their bytes', () => {
  const { papers, profile } = bundledProfile();
  const parquet = writeCollectionParquet({ papers, profile });

  it('Parquet starts and ends with PAR1; gzip starts with 1f 8b; text is neither', () => {
    expect(detectBinaryFormat(parquet)).toBe('parquet');
    expect(detectBinaryFormat(gzip(utf8('x')))).toBe('gzip');
    expect(detectBinaryFormat(utf8('PAR1 a text that mentions PAR1'))).toBeNull();
    expect(detectBinaryFormat(realBytes('biblatex_examples_92.bib'))).toBeNull();
  });

  it('text files are left to the text pipeline', async () => {
    expect(await readBinaryFile({ name: 'a.bib', bytes: realBytes('biblatex_examples_92.bib') })).toBeNull();
  });

  it('reads the save format', async () => {
    const r = await readBinaryFile({ name: 'saved.parquet', bytes: parquet });
    expect(r).toMatchObject({ format: 'parquet', papers, profile, problems: [] });
  });

  it('reads gzip-compressed arXiv and OpenAlex JSON lines as a stream, with progress', async () => {
    const text = generatedLines(200);
    const seen: number[] = [];
    const r = await readBinaryFile({ name: 'field.jsonl.gz', bytes: gzip(utf8(text)) }, undefined, (f) =>
      seen.push(f),
    );
    expect(r!.format).toBe('arxiv-jsonl');
    expect(r!.papers).toEqual(parseArxivJsonl(text, { file: 'field.jsonl.gz' }).papers);
    expect(seen.at(-1)).toBe(1);
    const works = await readBinaryFile({ name: 'works.gz', bytes: gzip(utf8(openAlexWorkLines())) });
    expect(works).toMatchObject({ format: 'openalex-jsonl', records: 50 });
    expect(works!.papers).toHaveLength(50);
  });

  it('reads any other gzip-compressed file as its text', async () => {
    const name = 'bibtex_ads_astropy_v5_paper_129.bib';
    const plain = await readOne({ name, bytes: realBytes(name) }, '2026-11-30');
    const packed = await readBinaryFile({ name, bytes: gzip(realBytes(name)) }, '2026-11-30');
    expect(packed).toEqual(plain);
  });

  it('says a cut gzip file was cut', async () => {
    const packed = gzip(utf8(generatedLines(50)));
    const r = await readBinaryFile({ name: 'cut.gz', bytes: packed.slice(0, 20) });
    expect(r!.papers).toEqual([]);
    expect(r!.problems.at(-1)!.message).toMatch(/^The file ends before its compressed data does/);
  });
});

describe('the file picker (readFiles) opens binary files', () => {
  const { papers, profile } = bundledProfile();

  it('a saved collection reads back whole and is reported as Parquet', async () => {
    const bytes = writeCollectionParquet({ papers, profile });
    const { merged, reports } = await readFiles([{ name: 'saved.parquet', bytes }], '2026-11-30');
    expect(merged.papers).toHaveLength(papers.length);
    expect(reports[0].summary).toBe(
      `saved.parquet: read as this app’s Parquet: 16 records, 16 papers; the profile of Mike Walmsley`,
    );
  });

  it('a Parquet file of another shape is not read, with the columns expected and the file named', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const bytes = new Uint8Array(
      parquetWriteBuffer({ columnData: [{ name: 'title', data: ['A'], type: 'STRING' }] }),
    );
    const { merged, reports } = await readFiles([{ name: 'other.parquet', bytes }]);
    expect(merged.papers).toEqual([]);
    expect(reports[0].summary).toBe('other.parquet: not read');
    expect(merged.problems[0]).toMatchObject({ file: 'other.parquet', action: 'refused' });
    expect(merged.problems[0].message).toMatch(
      /^Not a collection saved by this app: it has no column id,.*Expected the columns id \(string\)/,
    );
  });
});
