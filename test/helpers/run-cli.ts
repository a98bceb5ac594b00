/** Runs the CLI as `npm run cli` does (node with tsx, from the repository root), with TZ=UTC. */
import { spawnSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

export function runCli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
