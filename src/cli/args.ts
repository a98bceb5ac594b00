/** A small argument reader: positional words and `--name value` / `--name=value` options. */
export type Args =
  { ok: true; positional: string[]; options: Record<string, string> } | { ok: false; message: string };

const FLAGS = new Set<string>();

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (eq > 0) options[name] = a.slice(eq + 1);
    else if (FLAGS.has(name)) options[name] = 'true';
    else if (i + 1 < argv.length) options[name] = argv[++i];
    else return { ok: false, message: `--${name} needs a value` };
  }
  return { ok: true, positional, options };
}
