// `npm run check:chdb`: installs chdb (ClickHouse 26 embedded, about 550 MB) into
// node_modules/.cache/rtd-chdb when it is not there yet, then runs the differential questions on
// it (test/unit/source/engines-chdb.test.ts), which `npm test` skips: the server's ClickHouse SQL,
// kept to what Debian's ClickHouse 18.16 runs, checked on a current ClickHouse too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const CHDB_VERSION = '3.4.0';
const dir = resolve('node_modules/.cache/rtd-chdb');

function run(command, args, env = process.env) {
  const done = spawnSync(command, args, { stdio: 'inherit', env });
  if (done.status !== 0) process.exit(done.status ?? 1);
}

if (!existsSync(resolve(dir, 'node_modules/chdb/package.json'))) {
  mkdirSync(dir, { recursive: true });
  console.log(`Installing chdb ${CHDB_VERSION} into ${dir}…`);
  run('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `chdb@${CHDB_VERSION}`]);
}
run('npx', ['vitest', 'run', 'test/unit/source/engines-chdb.test.ts'], {
  ...process.env,
  TZ: 'UTC',
  CHDB_DIR: resolve(dir, 'node_modules/chdb'),
});
