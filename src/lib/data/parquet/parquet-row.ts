/**
 * One row of the save format's columns as the raw object the app's JSON export holds for a paper,
 * so `checkPaper` (app-json.ts) checks and builds it: one set of rules for both saved forms.
 */

/** A row's fields in `Paper`'s shape; nulls of optional columns are left out. */
export function rowPaper(
  columns: ReadonlyMap<string, readonly unknown[]>,
  row: number,
): Record<string, unknown> {
  const at = (name: string): unknown => {
    const v = columns.get(name)![row];
    // INT64 columns (a file rewritten by another tool) arrive as BigInt.
    return typeof v === 'bigint' ? Number(v) : v;
  };
  const links: Record<string, unknown> = {};
  for (const key of ['arxiv', 'doi', 'url', 'code']) {
    const v = at(key);
    if (v !== null && v !== undefined) links[key] = v;
  }
  const source: Record<string, unknown> = { file: at('source_file') };
  const line = at('source_line');
  const record = at('source_record');
  if (line !== null && line !== undefined) source.line = line;
  if (record !== null && record !== undefined) source.record = record;
  const completedFrom = at('completed_from');
  return {
    id: at('id'),
    title: at('title'),
    date: at('date') ?? null,
    precision: at('precision') ?? null,
    year: at('year') ?? null,
    yearInferred: at('year_inferred'),
    categories: at('categories'),
    guessedCategories: at('guessed_categories'),
    authors: at('authors'),
    authorsTruncated: at('authors_truncated'),
    abstract: at('abstract'),
    hasCode: at('has_code'),
    venue: at('venue'),
    links,
    source,
    ...(typeof completedFrom === 'string' ? { completedFrom } : {}),
  };
}
