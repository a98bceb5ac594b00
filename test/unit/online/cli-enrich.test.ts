import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runEnrich } from '../../../src/cli/enrich';
import { loadFile } from '../../../src/cli/load-file';
import { parseAppJson } from '../../../src/lib/data/app-json';
import { fixturePath } from '../../helpers/own-fixtures';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';

async function run(file: string, script?: Script) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  const files = new Map<string, string>();
  const log: string[] = [];
  const code = await runEnrich(
    { file, out: 'out.json', mailto: 'me@example.org' },
    {
      fetch: recorded.fetch,
      load: loadFile,
      clock,
      asOf: '2026-11-26',
      writeFile: (p, t) => files.set(p, t),
      log: (l) => log.push(l),
    },
  );
  const written = files.get('out.json');
  return { code, log, recorded, result: written ? parseAppJson(written, { file: 'out.json' }) : null };
}

describe('cli enrich', () => {
  it('fills a BibTeX list from OpenAlex and arXiv and writes the app’s JSON', async () => {
    const r = await run(fixturePath('bibtex/fill-in-eight.bib'));
    expect(r.code).toBe(0);
    expect(r.recorded.urls).toHaveLength(5);
    expect(
      r.recorded.urls
        .filter((u) => u.includes('openalex'))
        .every((u) => u.endsWith('&mailto=me%40example.org')),
    ).toBe(true);
    expect(r.log[0]).toBe(
      'Asking api.openalex.org (polite pool, me@example.org) and export.arxiv.org (one request every 3 s) about 8 papers…',
    );
    expect(r.log).toContain('  7 of 7 looked up');
    expect(r.log.filter((l) => l.startsWith('Not filled: '))).toHaveLength(2);
    expect(r.log.at(-2)).toMatch(/^Filled 5 of 7 papers looked up from OpenAlex and arXiv: /);
    expect(r.log.at(-1)).toBe('Wrote 8 papers to out.json.');
    const papers = r.result!.papers;
    expect(r.result!.problems).toEqual([]);
    expect(papers.filter((p) => p.citations)).toHaveLength(5);
    expect(papers[0].citations).toEqual({ count: 262, source: 'OpenAlex', asOf: '2026-11-20' });
    expect(papers[2].categories).toEqual(['cs.CV', 'astro-ph.IM']);
  });

  it('a service error writes nothing and exits 2', async () => {
    const r = await run(fixturePath('bibtex/fill-in-eight.bib'), () => 'offline');
    expect(r.code).toBe(2);
    expect(r.result).toBeNull();
    expect(r.log.at(-1)).toMatch(/^Could not reach api\.openalex\.org.* Nothing was written\.$/);
  });

  it('usage without --out: exit 1, nothing sent', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'enrich', 'x.bib'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/^enrich needs one file and --out FILE/);
  });
});
