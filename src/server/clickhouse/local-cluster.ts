/**
 * A ClickHouse cluster on this machine for tests and demos: one `clickhouse-server` per shard on
 * 127.0.0.1, its config, data and logs under one folder, and a `cluster.json` there naming the
 * URLs, the cluster and the read-only user. No system service is started or touched.
 *
 *   start ─► install if missing (root + apt) ─► configs ─► spawn servers ─► wait for /ping
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { LOCAL_CLUSTER, READ_USER, serverConfig, usersConfig, type ShardPorts } from './cluster-config';

/** Where Debian's package puts the server (older packages used /usr/bin). */
const BINARIES = ['/usr/sbin/clickhouse-server', '/usr/bin/clickhouse-server'];
export const serverBinary = (): string | undefined => BINARIES.find((b) => existsSync(b));

export interface LocalCluster {
  dir: string;
  cluster: string;
  /** The first shard's HTTP URL: where queries and loads go. */
  url: string;
  shards: (ShardPorts & { url: string; pid: number })[];
  admin: { user: string; password: string };
  reader: { user: string; password: string };
}

/** Installs Debian's ClickHouse when missing (as root with apt), else says what to install. */
export function ensureClickHouse(log: (text: string) => void = () => {}): void {
  if (serverBinary()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    log('No ClickHouse found: installing Debian packages clickhouse-server and clickhouse-client…');
    execFileSync(
      'sh',
      ['-c', 'apt-get update -qq && apt-get install -y -qq clickhouse-server clickhouse-client'],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
  }
  if (!serverBinary())
    throw new Error(
      'ClickHouse is not installed: run `sudo apt-get install -y clickhouse-server clickhouse-client` (Debian).',
    );
}

/** A port that is free now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Ports for `count` shards: fixed from `base` (the demo cluster) or free ones (tests). */
async function portsFor(count: number, base: number | null): Promise<ShardPorts[]> {
  const out: ShardPorts[] = [];
  for (let i = 0; i < count; i++) {
    if (base !== null) out.push({ http: base + i, tcp: base + 100 + i, interserver: base + 200 + i });
    else out.push({ http: await freePort(), tcp: await freePort(), interserver: await freePort() });
  }
  return out;
}

export async function startLocalCluster(options: {
  dir: string;
  shards?: number;
  basePort?: number | null;
}): Promise<LocalCluster> {
  ensureClickHouse();
  const { shards: count = 2, basePort = null } = options;
  // Absolute: each server runs in its own folder and reads its config from there.
  const dir = resolve(options.dir);
  const running = readCluster(dir);
  if (running && (await clusterAlive(running))) return running;
  mkdirSync(dir, { recursive: true });
  const ports = await portsFor(count, basePort);
  const readPassword = randomBytes(12).toString('hex');
  writeFileSync(join(dir, 'users.xml'), usersConfig(readPassword));
  const shards: LocalCluster['shards'] = [];
  for (let i = 0; i < count; i++) {
    const root = join(dir, `shard-${i + 1}`);
    for (const sub of ['log', 'data', 'tmp', 'user_files', 'format_schemas'])
      mkdirSync(join(root, sub), { recursive: true });
    const config = join(root, 'config.xml');
    writeFileSync(config, serverConfig(dir, i, ports));
    const out = openSync(join(root, 'log', 'stdout.log'), 'a');
    const child = spawn(serverBinary()!, [`--config-file=${config}`], {
      cwd: root,
      detached: true,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    child.unref();
    shards.push({ ...ports[i], url: `http://127.0.0.1:${ports[i].http}/`, pid: child.pid! });
  }
  const cluster: LocalCluster = {
    dir,
    cluster: LOCAL_CLUSTER,
    url: shards[0].url,
    shards,
    admin: { user: 'default', password: '' },
    reader: { user: READ_USER, password: readPassword },
  };
  writeFileSync(join(dir, 'cluster.json'), JSON.stringify(cluster, null, 2));
  for (const shard of shards) await waitForPing(shard.url, shard.pid, join(dir));
  return cluster;
}

/** The cluster described in `dir`, or null when none was started there. */
export function readCluster(dir: string): LocalCluster | null {
  const file = join(dir, 'cluster.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as LocalCluster;
}

export async function ping(url: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('ping', url), { signal: AbortSignal.timeout(2000) });
    return res.ok && (await res.text()).startsWith('Ok');
  } catch {
    return false;
  }
}

export async function clusterAlive(c: LocalCluster): Promise<boolean> {
  for (const s of c.shards) if (!(await ping(s.url))) return false;
  return true;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitForPing(url: string, pid: number, dir: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await ping(url)) return;
    if (!alive(pid))
      throw new Error(`clickhouse-server for ${url} stopped at start: see the logs under ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`clickhouse-server for ${url} did not answer: see the logs under ${dir}`);
}

/** Stops one shard's server (a test's shard outage) and waits until it is gone. */
export async function stopShard(shard: { pid: number }): Promise<void> {
  if (!alive(shard.pid)) return;
  process.kill(shard.pid, 'SIGTERM');
  for (let i = 0; i < 300 && alive(shard.pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive(shard.pid)) process.kill(shard.pid, 'SIGKILL');
}

/** Stops every server of the cluster in `dir`; with `remove`, deletes the folder too. */
export async function stopLocalCluster(dir: string, remove = false): Promise<boolean> {
  const c = readCluster(dir);
  if (c) for (const s of c.shards) await stopShard(s);
  if (remove) rmSync(dir, { recursive: true, force: true });
  else if (c) rmSync(join(dir, 'cluster.json'), { force: true });
  return c !== null;
}
