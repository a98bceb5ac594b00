import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArxivJsonl } from '../../../../src/lib/data/arxiv-jsonl';
import { parseOpenAlex } from '../../../../src/lib/data/openalex';
import type { Paper } from '../../../../src/lib/data/paper';
import { collectPapers } from '../../../../src/lib/data/stream/collect-papers';
import { streamPapers, type StreamProgress } from '../../../../src/lib/data/stream/paper-stream';
import { realText } from '../../../helpers/real-fixtures';
import { generatedLines, gzip, openAlexWorkLines, piecesOf, utf8 } from './stream-input';

const file = 'snapshot.jsonl';
const text = generatedLines(300);
const expected = parseArxivJsonl(text, { file }).papers;

describe('streamPapers on arXiv snapshot lines', () => {
  it('gives the papers the whole-text reader gives, wherever the pieces are cut', async () => {
    const bytes = utf8(text);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 8 }),
        async (sizes) => {
          const r = await collectPapers(piecesOf(bytes, sizes), { file });
          expect(r.papers).toEqual(expected);
          expect(r).toMatchObject({ format: 'arxiv-jsonl', records: 300, problems: [], ended: 'done' });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('hands papers over in batches, in order, with progress as a share of the bytes', async () => {
    const bytes = utf8(text);
    const batches: Paper[][] = [];
    const progress: StreamProgress[] = [];
    const r = await streamPapers(piecesOf(bytes, [4096]), {
      file,
      size: bytes.length,
      batchPapers: 40,
      onBatch: (b, p) => {
        batches.push(b);
        progress.push(p);
      },
    });
    expect(batches.flat()).toEqual(expected);
    expect(batches.length).toBeGreaterThan(5);
    // Every batch but the last is handed over once it holds 40 papers (at the next check).
    for (const b of batches.slice(0, -1)) expect(b.length).toBeGreaterThanOrEqual(40);
    const fractions = progress.map((p) => p.fraction!);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({
      bytes: bytes.length,
      total: bytes.length,
      fraction: 1,
      records: 300,
      papers: 300,
      problems: 0,
    });
    expect(r).toMatchObject({ papers: 300, bytes: bytes.length, compressed: false });
  });

  it('reads CRLF line ends, blank lines and a byte-order mark like the whole-text reader', async () => {
    const crlf = `\uFEFF${text.replaceAll('\n', '\r\n\r\n')}`;
    const r = await collectPapers(piecesOf(utf8(crlf), [777]), { file });
    const lined = (papers: Paper[]) => papers.map((p) => ({ ...p, source: { file } }));
    expect(lined(r.papers)).toEqual(lined(expected));
    expect(r.papers[1].source.line).toBe(3);
    expect(r.records).toBe(300);
  });

  it('reads a line longer than many pieces', async () => {
    const line = JSON.parse(text.split('\n')[0]) as Record<string, unknown>;
    line.abstract = 'word '.repeat(600_000).trim();
    const r = await collectPapers(piecesOf(utf8(`${JSON.stringify(line)}\n${text}`), [65536]), { file });
    expect(r.papers).toHaveLength(301);
    expect(r.papers[0].abstract).toHaveLength(3_000_000 - 1);
  });
});

describe('streamPapers on gzip', () => {
  it('gunzips by the magic bytes and counts progress in compressed bytes', async () => {
    const packed = gzip(utf8(text));
    const last: StreamProgress[] = [];
    const r = await collectPapers(piecesOf(packed, [1000]), {
      file: 'works.bin',
      size: packed.length,
      onProgress: (_, p) => last.push(p),
    });
    expect(r.papers).toEqual(expected.map((p) => ({ ...p, source: { ...p.source, file: 'works.bin' } })));
    expect(r).toMatchObject({ compressed: true, bytes: packed.length, ended: 'done' });
    expect(last.at(-1)).toMatchObject({ bytes: packed.length, fraction: 1 });
  });

  it('says a gzip file that ends early was cut short, and keeps the papers before the cut', async () => {
    const packed = gzip(utf8(text));
    const cut = packed.slice(0, Math.floor(packed.length / 2));
    const r = await collectPapers(piecesOf(cut, [997]), { file: 'cut.jsonl.gz' });
    expect(r.ended).toBe('refused');
    expect(r.papers.length).toBeGreaterThan(50);
    expect(r.papers.length).toBeLessThan(300);
    expect(r.papers).toEqual(
      expected
        .slice(0, r.papers.length)
        .map((p) => ({ ...p, source: { ...p.source, file: 'cut.jsonl.gz' } })),
    );
    const last = r.problems.at(-1)!;
    expect(last.action).toBe('refused');
    expect(last.message).toMatch(/^The file ends before its compressed data does: it was probably cut short/);
    expect(r.problems).toHaveLength(1);
  });

  it('reads a file named .gz that is not gzip as it is, and says so', async () => {
    const r = await collectPapers(piecesOf(utf8(text)), { file: 'plain.jsonl.gz' });
    expect(r.papers).toHaveLength(300);
    expect(r.problems).toEqual([
      {
        file: 'plain.jsonl.gz',
        line: 1,
        message: 'The name ends in .gz but the file is not gzip-compressed; read as it is.',
        action: 'noted',
      },
    ]);
  });
});

describe('streamPapers on OpenAlex works lines', () => {
  it('reads each work as the OpenAlex reader does, located by line', async () => {
    const r = await collectPapers(piecesOf(utf8(openAlexWorkLines()), [3000]), { file: 'works.jsonl' });
    const page = parseOpenAlex(realText('openalex_works_list_50_cursor.json'), { file: 'works.jsonl' });
    expect(r.format).toBe('openalex-jsonl');
    expect(r.papers).toEqual(
      page.papers.map((p, i) => ({ ...p, source: { file: 'works.jsonl', line: i + 1 } })),
    );
    expect(r.problems).toEqual([
      {
        file: 'works.jsonl',
        line: 14,
        message: '"Global Economic Prospects 2007" lists no authors; kept without them.',
        action: 'noted',
        code: 'no-authors',
      },
    ]);
  });
});
