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
    // A column a file of an older version lacks reads as empty.
    const v = columns.get(name)?.[row];
    // INT64 columns (a file rewritten by another tool) arrive as BigInt.
    return typeof v === 'bigint' ? Number(v) : v;
  };
  const links: Record<string, unknown> = {};
  for (const key of ['arxiv', 'doi', 'url', 'code', 'oa']) {
    const v = at(key);
    if (v !== null && v !== undefined) links[key] = v;
  }
  const source: Record<string, unknown> = { file: at('source_file') };
  const line = at('source_line');
  const record = at('source_record');
  if (line !== null && line !== undefined) source.line = line;
  if (record !== null && record !== undefined) source.record = record;
  const completedFrom = at('completed_from');
  const count = at('citations');
  const influential = at('citations_influential');
  const citations =
    typeof count === 'number'
      ? {
          count,
          source: at('citations_source'),
          asOf: at('citations_as_of'),
          ...(typeof influential === 'number' ? { influential } : {}),
        }
      : undefined;
  const byYear = parsed(at('citations_by_year'));
  const topics = parsed(at('topics'));
  const keywords = at('keywords');
  const type = at('type');
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
    ...(citations ? { citations } : {}),
    ...(byYear !== undefined ? { citationsByYear: byYear } : {}),
    ...(typeof type === 'string' ? { type } : {}),
    ...(Array.isArray(keywords) && keywords.length ? { keywords } : {}),
    ...(topics !== undefined ? { topics } : {}),
  };
}

/** A JSON column's value, or undefined for none or for text that is not JSON (left to the checks). */
function parsed(v: unknown): unknown {
  if (typeof v !== 'string') return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}
