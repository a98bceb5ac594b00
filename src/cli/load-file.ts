/**
 * Reading publication files for a CLI command with the page's own import (`readFiles`: decode,
 * detect, parse, merge), so both count the same papers. Problems go to stderr with file and line.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readFiles, type FileInput } from '../lib/data/read-files';
import type { ParseResult, Problem } from '../lib/data/paper';
import { problemSpot } from '../lib/data/problem-groups';

/** "path/refs.bib, line 3" with the path as given: messages never repeat it. */
function where(file: string, p?: Pick<Problem, 'line' | 'record'>): string {
  const spot = p ? problemSpot(p) : '';
  return spot ? `${file}, ${spot}` : file;
}

/**
 * Reads and merges `files` as the page does. Null (after a message) when a file cannot be read or
 * no paper comes out: exit status 2. The result's format is each file's, joined by "+".
 */
export async function loadFiles(
  files: readonly string[],
  asOf: string | undefined,
): Promise<ParseResult | null> {
  // Papers and problems name a file by its base name, as in the page, unless two share one.
  const names = files.map((f) =>
    files.filter((g) => basename(g) === basename(f)).length > 1 ? f : basename(f),
  );
  const pathOf = new Map(names.map((n, i) => [n, files[i]]));
  const inputs: FileInput[] = [];
  for (const [i, file] of files.entries()) {
    try {
      inputs.push({ name: names[i], bytes: readFileSync(file) });
    } catch (e) {
      process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      return null;
    }
  }
  const { merged, results } = await readFiles(inputs, asOf);
  const result: ParseResult = {
    format: results.map((r) => r.format).join('+'),
    papers: merged.papers,
    problems: merged.problems,
    ...(merged.profile ? { profile: merged.profile } : {}),
    records: results.reduce((n, r) => n + r.records, 0),
  };
  for (const p of result.problems)
    process.stderr.write(`${where(pathOf.get(p.file) ?? p.file, p)}: ${p.message}\n`);
  // A refused file has said why; anything else that yields nothing says so.
  const refused = result.problems.length > 0 && result.problems.every((p) => p.action === 'refused');
  if (result.papers.length === 0 && refused) return null;
  if (result.papers.length === 0) {
    const first = result.problems[0];
    const file = first ? (pathOf.get(first.file) ?? first.file) : files.join(', ');
    process.stderr.write(`${where(file, first)}: no paper could be read.\n`);
    return null;
  }
  return result;
}

/** One file: see `loadFiles`. */
export function loadFile(file: string, asOf: string | undefined): Promise<ParseResult | null> {
  return loadFiles([file], asOf);
}

/** A valid `--as-of`, or a message. */
export function checkAsOf(asOf: string | undefined): string | null {
  return asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)
    ? `--as-of must be YYYY-MM-DD, not “${asOf}”`
    : null;
}
