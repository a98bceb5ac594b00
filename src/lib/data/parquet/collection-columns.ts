/**
 * The save format's one table: a row per paper, a column per field of `Paper` (links and source
 * flattened, lists as Parquet LISTs of strings), written and read by the same table so the two
 * cannot drift apart. docs/save-format.md describes it for people opening the file elsewhere.
 */
import type { Paper } from '../paper';

/** Key of the file metadata entry holding `{format, version, profile}` as JSON. */
export const METADATA_KEY = 'research-trends-dashboard';
export const FORMAT_TAG = 'research-trends-dashboard';
/** Raised when a column changes meaning or type; readers refuse nothing older than they know. */
export const SCHEMA_VERSION = 2;

/**
 * text: UTF-8 string; int: 32-bit integer; flag: boolean; texts: list of strings. `null` marks a
 * column whose values may be missing (Parquet OPTIONAL); the others always have a value.
 */
export type ColumnKind = 'text' | 'text?' | 'int?' | 'flag' | 'texts';

export interface CollectionColumn {
  name: string;
  kind: ColumnKind;
  /** The column's value for a paper (written as is). */
  of: (p: Paper) => string | number | boolean | null | readonly string[];
  /** Written for people, never read back (the app derives it again). */
  derived?: boolean;
  /** The version that added the column: older files lack it, and read it as empty. */
  added?: number;
}

/** JSON text of a value, or null for none. */
const json = (x: unknown): string | null => (x === undefined ? null : JSON.stringify(x));

const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);

export const COLUMNS: readonly CollectionColumn[] = [
  { name: 'id', kind: 'text', of: (p) => p.id },
  { name: 'title', kind: 'text', of: (p) => p.title },
  { name: 'date', kind: 'text?', of: (p) => p.date },
  { name: 'precision', kind: 'text?', of: (p) => p.precision },
  { name: 'year', kind: 'int?', of: (p) => p.year },
  { name: 'year_inferred', kind: 'flag', of: (p) => p.yearInferred },
  { name: 'primary_category', kind: 'text?', of: (p) => p.categories[0] ?? null, derived: true },
  { name: 'categories', kind: 'texts', of: (p) => p.categories },
  { name: 'guessed_categories', kind: 'texts', of: (p) => p.guessedCategories },
  { name: 'authors', kind: 'texts', of: (p) => p.authors },
  { name: 'authors_truncated', kind: 'flag', of: (p) => p.authorsTruncated },
  { name: 'abstract', kind: 'text', of: (p) => p.abstract },
  { name: 'has_code', kind: 'flag', of: (p) => p.hasCode },
  { name: 'venue', kind: 'text', of: (p) => p.venue },
  { name: 'arxiv', kind: 'text?', of: (p) => orNull(p.links.arxiv) },
  { name: 'doi', kind: 'text?', of: (p) => orNull(p.links.doi) },
  { name: 'url', kind: 'text?', of: (p) => orNull(p.links.url) },
  { name: 'code', kind: 'text?', of: (p) => orNull(p.links.code) },
  { name: 'source_file', kind: 'text', of: (p) => p.source.file },
  { name: 'source_line', kind: 'int?', of: (p) => orNull(p.source.line) },
  { name: 'source_record', kind: 'int?', of: (p) => orNull(p.source.record) },
  { name: 'completed_from', kind: 'text?', of: (p) => orNull(p.completedFrom) },
  { name: 'oa', kind: 'text?', of: (p) => orNull(p.links.oa), added: 2 },
  { name: 'type', kind: 'text?', of: (p) => orNull(p.type), added: 2 },
  { name: 'keywords', kind: 'texts', of: (p) => p.keywords ?? [], added: 2 },
  { name: 'topics', kind: 'text?', of: (p) => json(p.topics?.length ? p.topics : undefined), added: 2 },
  { name: 'citations', kind: 'int?', of: (p) => orNull(p.citations?.count), added: 2 },
  { name: 'citations_influential', kind: 'int?', of: (p) => orNull(p.citations?.influential), added: 2 },
  { name: 'citations_source', kind: 'text?', of: (p) => orNull(p.citations?.source), added: 2 },
  { name: 'citations_as_of', kind: 'text?', of: (p) => orNull(p.citations?.asOf), added: 2 },
  { name: 'citations_by_year', kind: 'text?', of: (p) => json(p.citationsByYear), added: 2 },
];

/** How a kind reads in messages and in the docs. */
export const KIND_LABELS: Record<ColumnKind, string> = {
  text: 'string',
  'text?': 'string or null',
  'int?': 'int32 or null',
  flag: 'boolean',
  texts: 'list of strings',
};

/** "id (string), title (string), …": the columns a file must have, for a refusal. */
export function expectedColumns(): string {
  return COLUMNS.filter((c) => !c.derived)
    .map((c) => `${c.name} (${KIND_LABELS[c.kind]}${c.added ? `, since version ${c.added}` : ''})`)
    .join(', ');
}
