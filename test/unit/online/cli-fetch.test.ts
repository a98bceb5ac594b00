import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runFetch, type FetchRequest } from '../../../src/cli/fetch';
import { parseAppJson } from '../../../src/lib/data/app-json';
import { recordedFetch, virtualClock, type Script } from './recorded-fetch';

async function run(req: Omit<FetchRequest, 'out'>, script?: Script) {
  const clock = virtualClock();
  const recorded = recordedFetch(clock, script);
  const files = new Map<string, string>();
  const log: string[] = [];
  const code = await runFetch(
    { ...req, out: 'out.json' },
    {
      fetch: recorded.fetch,
      clock,
      asOf: '2026-11-30',
      writeFile: (p, t) => files.set(p, t),
      log: (l) => log.push(l),
    },
  );
  const written = files.get('out.json');
  return { code, log, recorded, result: written ? parseAppJson(written, { file: 'out.json' }) : null };
}

describe('cli fetch', () => {
  it('openalex NAME: lists the candidates, takes the first, writes the app’s JSON', async () => {
    const r = await run({ source: 'openalex', query: 'Mike Walmsley', mailto: 'me@example.org' });
    expect(r.code).toBe(0);
    expect(r.log.slice(0, 4)).toEqual([
      'Asking api.openalex.org (polite pool, me@example.org)…',
      '→ A5100000001 Mike Walmsley — University of Toronto (CA), 7 works, ORCID 0000-0002-1825-0097',
      '  A5100000002 Michael Walmsley — University of Sheffield (GB), 41 works',
      '  A5100000003 M. Walmsley — no institution, 3 works',
    ]);
    expect(r.recorded.urls.every((u) => u.endsWith('&mailto=me%40example.org'))).toBe(true);
    expect(r.result?.papers).toHaveLength(7);
    expect(r.result?.profile?.name).toBe('Mike Walmsley');
    expect(r.log.at(-1)).toBe('Wrote 7 papers to out.json.');
  });

  it('orcid and arxiv', async () => {
    const orcid = await run({ source: 'orcid', query: '0000-0002-1825-0097' });
    expect(orcid.result?.papers).toHaveLength(2);
    const arxiv = await run({ source: 'arxiv', query: 'Mike Walmsley' });
    expect(arxiv.result?.papers).toHaveLength(5);
    expect(arxiv.result?.papers[0].authors).toHaveLength(20);
  });

  it('offline: a clear message, exit 2, nothing written', async () => {
    const r = await run({ source: 'openalex', query: 'Mike Walmsley' }, () => 'offline');
    expect(r.code).toBe(2);
    expect(r.result).toBeNull();
    expect(r.log.at(-1)).toBe(
      'Could not reach api.openalex.org: this computer seems to be offline, or the service is unreachable. Nothing was written.',
    );
  });

  it('a name nobody has, and a non-ORCID for orcid', async () => {
    const nobody = await run({ source: 'openalex', query: 'Nobody Atall' }, () => ({
      status: 200,
      body: '{"meta":{"count":0},"results":[]}',
      contentType: 'application/json',
    }));
    expect(nobody.code).toBe(2);
    expect(nobody.log.at(-1)).toBe('OpenAlex found no author for “Nobody Atall”. Nothing was written.');
    const bad = await run({ source: 'orcid', query: 'Mike Walmsley' });
    expect(bad.code).toBe(2);
    expect(bad.recorded.urls).toEqual([]);
  });
});

describe('npm run cli -- fetch (wiring)', () => {
  it('without --out: usage on stderr, exit 1, nothing sent', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'fetch', 'openalex', 'Mike Walmsley'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fetch needs a source (openalex, orcid, arxiv), a query and --out FILE');
    expect(r.stderr).toContain(
      'npm run --silent cli -- fetch openalex|orcid|arxiv QUERY --out FILE [--mailto EMAIL]',
    );
  });
});
