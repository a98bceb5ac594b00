import { describe, expect, it } from 'vitest';
import { collectPapers } from '../../../../src/lib/data/stream/collect-papers';
import { streamPapers } from '../../../../src/lib/data/stream/paper-stream';
import { realText } from '../../../helpers/real-fixtures';
import { endless, generatedLines, piecesOf, utf8 } from './stream-input';

const file = 'snapshot.jsonl';
const good = generatedLines(5).trim().split('\n');

/** Bytes of the lines joined, with raw bytes standing in for `\u0000INVALID` markers. */
const withBadUtf8 = (lines: string[]) =>
  new Uint8Array(
    lines
      .join('\n')
      .split('\u0000')
      .flatMap((part, i) => [...(i ? [0xc3, 0x28] : []), ...utf8(part)]),
  );

describe('lines that are not papers', () => {
  it('are counted and reported with their line numbers, and the stream goes on', async () => {
    const lines = [
      good[0],
      '{"id": "broken", "title": ',
      good[1],
      '[1, 2]',
      JSON.stringify({ id: '2101.00001', categories: 'cs.LG' }),
      '\u0000',
      good[2],
    ];
    const r = await collectPapers(piecesOf(withBadUtf8(lines), [50]), { file });
    expect(r.papers.map((p) => p.source.line)).toEqual([1, 3, 7]);
    expect(r.records).toBe(7);
    expect(r.ended).toBe('done');
    expect(r.problems).toEqual([
      { file, line: 2, message: 'Not valid JSON; skipped.', action: 'skipped' },
      { file, line: 4, message: 'Not a JSON object; skipped.', action: 'skipped' },
      { file, line: 5, message: 'No title; skipped.', action: 'skipped', code: 'no-title' },
      {
        file,
        line: 6,
        message: 'Not valid UTF-8; skipped. Save the file as UTF-8 to read it.',
        action: 'skipped',
        code: 'not-utf-8',
      },
    ]);
  });

  it('before the first paper are reported once the format is known', async () => {
    const r = await collectPapers(piecesOf(utf8(['', 'not json', good[0]].join('\n'))), { file });
    expect(r.papers).toHaveLength(1);
    expect(r.problems).toEqual([{ file, line: 2, message: 'Not valid JSON; skipped.', action: 'skipped' }]);
  });

  it('are listed up to the cap, then counted', async () => {
    const lines = [good[0], ...Array.from({ length: 1500 }, () => 'oops'), good[1]];
    const r = await collectPapers(piecesOf(utf8(lines.join('\n'))), { file });
    expect(r.papers).toHaveLength(2);
    expect(r.problems).toHaveLength(1001);
    expect(r.problems.at(-1)).toEqual({
      file,
      line: 1502,
      message: '500 more problems like these were not listed.',
      action: 'noted',
    });
  });
});

describe('files the stream refuses', () => {
  const refusal = async (bytes: Uint8Array<ArrayBuffer>) => {
    const r = await collectPapers(piecesOf(bytes), { file });
    expect(r).toMatchObject({ ended: 'refused', papers: [], format: 'unknown' });
    return r.problems;
  };

  it('JSON of another shape, at its first record', async () => {
    expect(
      await refusal(utf8(realText('s2_author_with_papers_turing.json').replace(/\n/g, ' ') + '\n')),
    ).toEqual([
      {
        file,
        line: 1,
        message:
          'The first record is neither a line of the arXiv metadata snapshot nor an OpenAlex work: only these JSON lines are read as a stream.',
        action: 'refused',
      },
    ]);
  });

  it('text that is not JSON lines, after 100 lines without a JSON object', async () => {
    const problems = await refusal(utf8(realText('bibtex_ads_astropy_v5_paper_129.bib')));
    expect(problems).toEqual([
      {
        file,
        line: 100,
        message: 'No JSON object in the first 100 lines: not JSON lines.',
        action: 'refused',
      },
    ]);
  });

  it('a short file without a JSON object, and an empty file', async () => {
    expect(await refusal(utf8('a\nb\n'))).toEqual([
      { file, line: 2, message: 'No JSON object in its 2 lines: not JSON lines.', action: 'refused' },
    ]);
    expect(await refusal(utf8(''))).toEqual([
      { file, line: 1, message: 'The file is empty.', action: 'refused' },
    ]);
  });

  it('UTF-16', async () => {
    const problems = await refusal(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x0a, 0x00]));
    expect(problems[0].message).toBe(
      'The file is UTF-16; JSON lines are read as UTF-8. Save it as UTF-8 and load it again.',
    );
  });
});

describe('cancelling', () => {
  it('stops reading at once and hands over no more batches', async () => {
    const source = endless(good[0]);
    const controller = new AbortController();
    let batches = 0;
    const r = await streamPapers(source.stream, {
      file,
      signal: controller.signal,
      batchPapers: 100,
      onBatch: () => {
        batches++;
        if (batches === 3) controller.abort();
      },
    });
    expect(r.ended).toBe('cancelled');
    expect(batches).toBe(3);
    expect(source.cancelled()).toBe(true);
    const pulls = source.pulls();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.pulls()).toBe(pulls);
  });

  it('from outside, while the stream waits for its file', async () => {
    const controller = new AbortController();
    const stalled = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start: (c) => c.enqueue(utf8(`${good[0]}\n`)),
      pull: () => new Promise(() => undefined),
    });
    const reading = streamPapers(stalled, { file, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await reading).toMatchObject({ ended: 'cancelled', records: 1 });
  });
});
