/**
 * `npm run serve -- FILE... [options]`: loads the files into an engine (or finds them loaded), then
 * serves the built dashboard and the API its remote source asks.
 *
 *   files ─► loadCollection (read, people, batches, communities) ─► SqlSource ─► HTTP: dist/ + /api/
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import aliasesJson from '../../data/aliases.json';
import { SqlSource } from '../lib/source/sql/sql-source';
import { startServer } from './http/server';
import { StaticFiles } from './http/static-files';
import { loadCollection } from './load/load-collection';
import { openEngine } from './open-engine';
import { readServeArgs, USAGE } from './serve-args';

/** The built app (DASHBOARD_DIST points elsewhere, e.g. a test's own page). */
const DIST = process.env.DASHBOARD_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const log = (text: string) => process.stderr.write(`${text}\n`);

async function main(argv: string[]): Promise<number> {
  const args = readServeArgs(argv);
  if (typeof args === 'string') {
    log(`${args}\n${USAGE}`);
    return 1;
  }
  if (!StaticFiles.built(DIST)) {
    log('No built app in dist/: building it (npx vite build)…');
    execFileSync('npx', ['vite', 'build'], {
      stdio: ['ignore', 2, 2],
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
    });
  }
  const engine = await openEngine(args, log);
  const aliases = { same: aliasesJson.same ?? [], different: aliasesJson.different ?? [] };
  const stored = await loadCollection(engine, { paths: args.files, asOf: args.asOf, aliases, log });
  const source = new SqlSource(engine, stored);
  const server = await startServer({
    source,
    host: args.host,
    port: args.port,
    token: args.token,
    dist: DIST,
    log,
  });
  const { port } = server.address() as { port: number };
  const host = args.host.includes(':') ? `[${args.host}]` : args.host;
  process.stdout.write(`Serving ${stored.info.size} papers at http://${host}:${port}/\n`);
  if (args.token) log(`The API needs the token: open http://${host}:${port}/#token=… with it.`);
  const stop = () => {
    server.close();
    void engine.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: Error) => {
    log(e.message);
    process.exit(2);
  },
);
