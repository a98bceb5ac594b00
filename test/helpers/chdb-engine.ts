/**
 * The server's ClickHouse engine with ClickHouse 26 embedded in this process (the `chdb` npm
 * package) in place of its HTTP interface: the SQL, written for Debian's 18.16, checked to run and
 * answer alike on a current ClickHouse. Opt-in (`npm run check:chdb` installs chdb beside the
 * project, about 550 MB, and sets CHDB_DIR); not a serving engine. chdb allows one data folder per
 * process, so every collection loaded gets a database of its own in one session.
 */
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClickHouseEngine } from '../../src/server/engines/clickhouse-engine';

interface ChdbSession {
  query(sql: string, format?: string): string;
}

/** Credentials are ClickHouse's HTTP users: an embedded ClickHouse has none. */
const NOBODY = { user: 'default', password: '' };

let session: ChdbSession | null = null;
let databases = 0;

/** The one chdb session of this process, from the chdb installed in `dir` (CHDB_DIR). */
export function chdbSession(dir: string): ChdbSession {
  if (!session) {
    const { Session } = createRequire(join(dir, 'package.json'))('chdb') as {
      Session: new (path: string) => ChdbSession;
    };
    session = new Session(mkdtempSync(join(tmpdir(), 'rtd-chdb-')));
  }
  return session;
}

/** A single-node ClickHouse engine over chdb, on a database of its own. */
export function chdbEngine(dir: string): ClickHouseEngine {
  const s = chdbSession(dir);
  return new ClickHouseEngine({
    urls: ['chdb:'],
    cluster: null,
    database: `rtd${databases++}`,
    admin: NOBODY,
    reader: NOBODY,
    // A statement's data (an INSERT's rows) follows it inline, as clickhouse-local reads it.
    send: async (_url, _who, sql, { body } = {}) => s.query(body === undefined ? sql : `${sql}\n${body}`),
  });
}
