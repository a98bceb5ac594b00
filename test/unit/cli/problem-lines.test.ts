import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';

function summary(file: string) {
  const r = runCli('summary', file, '--as-of', '2026-11-26');
  return { code: r.code, err: r.err.trimEnd().split('\n') };
}

describe('the CLI names the file and line once per problem line', () => {
  it('a GBK-encoded .bib is refused with one prefix', () => {
    const file = 'test/fixtures/bibtex/gbk-encoded.bib';
    const r = summary(file);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(new RegExp(`^${file}, line 1: not valid UTF-8 \\(byte 0x`));
    expect(r.err[0].split(file)).toHaveLength(2);
  });

  it('a CSV with 55 long rows gives 55 lines, one a row', () => {
    const file = 'test/fixtures/csv/extra-cells-55.csv';
    const r = summary(file);
    expect(r.code).toBe(0);
    expect(r.err).toHaveLength(55);
    expect(r.err[0]).toBe(
      `${file}, line 2: One cell more than the header (5, not 4); the last cell was dropped (later cells may be one column off).`,
    );
    expect(r.err.every((l) => l.split(file).length === 2 && (l.match(/line \d+/g) ?? []).length === 1)).toBe(
      true,
    );
  });

  it('prose is refused as no known format', () => {
    const r = summary('test/fixtures/text/prose.txt');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(
      /^test\/fixtures\/text\/prose\.txt, line 1: Not in any format this app reads: tried /,
    );
  });
});
