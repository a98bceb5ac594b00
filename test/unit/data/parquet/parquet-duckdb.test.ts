/**
 * The save format as DuckDB reads it (DuckDB's own Parquet reader, as in pandas, polars and the
 * DuckDB CLI), and a file DuckDB rewrote read back by the app.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCollectionParquet } from '../../../../src/lib/data/parquet/read-parquet';
import { writeCollectionParquet } from '../../../../src/lib/data/parquet/write-parquet';
import { readFiles } from '../../../../src/lib/data/read-files';
import { bundledProfile, generatedPapers } from '../../../helpers/collections';
import { realBytes } from '../../../helpers/real-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'save-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('DuckDB reads the save format as it is', () => {
  const { papers, profile } = bundledProfile();
  const path = join(dir, 'walmsley.parquet');
  writeFileSync(path, writeCollectionParquet({ papers, profile }));

  it('every column, lists as lists, with the types the docs name', async () => {
    const rows = await query(`SELECT * FROM read_parquet('${path}')`);
    expect(rows).toHaveLength(papers.length);
    rows.forEach((row, i) => {
      const p = papers[i];
      expect(row).toEqual({
        id: p.id,
        title: p.title,
        date: p.date,
        precision: p.precision,
        year: p.year,
        year_inferred: p.yearInferred,
        primary_category: p.categories[0] ?? null,
        categories: p.categories,
        guessed_categories: p.guessedCategories,
        authors: p.authors,
        authors_truncated: p.authorsTruncated,
        abstract: p.abstract,
        has_code: p.hasCode,
        venue: p.venue,
        arxiv: p.links.arxiv ?? null,
        doi: p.links.doi ?? null,
        url: p.links.url ?? null,
        code: p.links.code ?? null,
        source_file: p.source.file,
        source_line: p.source.line ?? null,
        source_record: p.source.record ?? null,
        completed_from: p.completedFrom ?? null,
        oa: p.links.oa ?? null,
        type: p.type ?? null,
        keywords: p.keywords ?? [],
        topics: p.topics?.length ? JSON.stringify(p.topics) : null,
        citations: p.citations?.count ?? null,
        citations_influential: p.citations?.influential ?? null,
        citations_source: p.citations?.source ?? null,
        citations_as_of: p.citations?.asOf ?? null,
        citations_by_year: p.citationsByYear ? JSON.stringify(p.citationsByYear) : null,
      });
    });
    const types = await query(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${path}'))`,
    );
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({
      id: 'VARCHAR',
      year: 'INTEGER',
      year_inferred: 'BOOLEAN',
      authors: 'VARCHAR[]',
    });
  });

  it('the profile and version in the key–value metadata', async () => {
    const [kv] = await query(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${path}') WHERE decode(key) = 'research-trends-dashboard'`,
    );
    expect(JSON.parse(String(kv.value))).toEqual({
      format: 'research-trends-dashboard',
      version: 2,
      profile,
    });
  });

  it('counts a generated collection by year and category as the papers do', async () => {
    const many = generatedPapers(2000, 3);
    const file = join(dir, 'generated.parquet');
    writeFileSync(file, writeCollectionParquet({ papers: many }));
    const rows = await query(
      `SELECT year, primary_category, CAST(count(*) AS INTEGER) AS n FROM read_parquet('${file}') GROUP BY ALL ORDER BY ALL`,
    );
    const counts = new Map<string, number>();
    for (const p of many) {
      const key = `${p.year}|${p.categories[0]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(rows.length).toBe(counts.size);
    for (const r of rows) expect(r.n).toBe(counts.get(`${r.year}|${r.primary_category}`));
  });
});

describe('a file DuckDB rewrote', () => {
  // Snappy is what pandas and DuckDB write by default; zstd is polars's default.
  it.each(['snappy', 'zstd'])(
    'with %s reads back with the same papers, noting the profile is gone',
    async (codec) => {
      const name = 'bibtex_ads_astropy_v5_paper_129.bib';
      const { merged } = await readFiles([{ name, bytes: realBytes(name) }], '2026-11-30');
      const ours = join(dir, 'ours.parquet');
      const theirs = join(dir, `theirs-${codec}.parquet`);
      writeFileSync(ours, writeCollectionParquet({ papers: merged.papers }));
      await query(
        `COPY (SELECT * FROM read_parquet('${ours}')) TO '${theirs}' (FORMAT parquet, COMPRESSION ${codec})`,
      );
      const r = await readCollectionParquet(new Uint8Array(readFileSync(theirs)), { file: 'theirs.parquet' });
      expect(r.papers).toEqual(merged.papers);
      expect(r.problems.map((p) => p.action)).toEqual(['noted']);
    },
  );
});
