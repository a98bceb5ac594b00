/**
 * The few places where DuckDB's SQL and ClickHouse's (as old as 18.16) differ, as functions that
 * write SQL text. Everything else the questions use is common to both: SELECT with one JOIN at
 * most, GROUP BY, HAVING, IN subqueries, CASE, count(), min/max/sum, LIMIT … OFFSET.
 *
 * Literals are the only place a value from outside reaches SQL text; `literal` escapes a string
 * for its engine and `int` refuses anything but a safe integer.
 */

export interface SqlDialect {
  readonly name: 'duckdb' | 'clickhouse';
  /** A string literal. */
  literal(text: string): string;
  /** True when `column` contains `text` (a literal already). */
  contains(column: string, text: string): string;
  /** Exact count of distinct values. */
  countDistinct(expr: string): string;
  /** An inner join keeping every match (ClickHouse 18.16 wants ALL spelled out). */
  readonly innerJoin: string;
}

/** An integer literal; throws on anything else (a bug: values are validated before). */
export function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${value}`);
  return String(value);
}

/** A list of integer literals for IN (…); `(NULL)` when empty, which matches nothing. */
export function intList(values: readonly number[]): string {
  return values.length ? `(${values.map(int).join(',')})` : '(NULL)';
}

/** A NUL ends strings in the C code behind both engines: validation refuses it before SQL. */
function noNul(text: string): string {
  if (text.includes('\0')) throw new Error('A text with a NUL character cannot be a literal');
  return text;
}

export const duckdb: SqlDialect = {
  name: 'duckdb',
  // Standard SQL: a quote is doubled, a backslash is an ordinary character.
  literal: (text) => `'${noNul(text).replace(/'/g, "''")}'`,
  contains: (column, text) => `contains(${column}, ${text})`,
  countDistinct: (expr) => `count(DISTINCT ${expr})`,
  innerJoin: 'INNER JOIN',
};

export const clickhouse: SqlDialect = {
  name: 'clickhouse',
  // ClickHouse reads C-style escapes in literals: escape the backslash first, then quotes and
  // the control characters it would otherwise interpret.
  literal: (text) =>
    `'${noNul(text)
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t')}'`,
  contains: (column, text) => `position(${column}, ${text}) > 0`,
  countDistinct: (expr) => `uniqExact(${expr})`,
  innerJoin: 'ALL INNER JOIN',
};
