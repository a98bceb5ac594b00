/**
 * The optional parts of a paper in the app's JSON export, read back with the same checks as any
 * source: a citation count or per-year count that is not believable is reported and left out, a
 * part of the wrong shape is reported and left out; the paper itself is kept either way.
 */
import { readCount, readCountsByYear, type Report } from './citations';
import { isObject, list, type Json } from './json-helpers';
import type { Citations, Paper, Topic, WorkType } from './paper';
import { WORK_TYPE_LABELS } from './work-types';

type Extras = Pick<Paper, 'citations' | 'citationsByYear' | 'type' | 'keywords' | 'topics'>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readExtras(raw: Json, year: number | null, report: Report): Extras {
  const out: { -readonly [K in keyof Extras]: Extras[K] } = {};
  const c = raw.citations;
  if (c !== undefined) {
    const citations = isObject(c) ? readCitations(c, report) : null;
    if (citations) out.citations = citations;
    else if (!isObject(c)) report('"citations" is not an object; ignored.');
  }
  const byYear = raw.citationsByYear;
  if (byYear !== undefined) {
    if (!isObject(byYear)) report('"citationsByYear" is not an object; ignored.');
    else if (out.citations) {
      const window = { publicationYear: year, asOf: out.citations.asOf };
      out.citationsByYear = readCountsByYear(Object.entries(byYear), window, report);
    } else report('Per-year citations without a citation count; ignored.');
  }
  if (raw.type !== undefined) {
    if (typeof raw.type === 'string' && raw.type in WORK_TYPE_LABELS) out.type = raw.type as WorkType;
    else report(`The type ${JSON.stringify(raw.type)} is not one the app knows; ignored.`);
  }
  if (raw.keywords !== undefined) {
    if (isTexts(raw.keywords)) out.keywords = [...raw.keywords];
    else report('"keywords" is not a list of texts; ignored.');
  }
  if (raw.topics !== undefined) {
    const topics = list(raw.topics).filter(isTopic);
    if (Array.isArray(raw.topics) && topics.length === raw.topics.length)
      out.topics = topics.map(({ name, subfield, field, domain }) => ({
        name,
        ...(subfield ? { subfield } : {}),
        ...(field ? { field } : {}),
        ...(domain ? { domain } : {}),
      }));
    else report('"topics" is not a list of topics with names; ignored.');
  }
  return out;
}

function readCitations(c: Json, report: Report): Citations | null {
  if (typeof c.source !== 'string' || !c.source || typeof c.asOf !== 'string' || !DAY.test(c.asOf)) {
    report('"citations" has no source or no YYYY-MM-DD "asOf"; ignored.');
    return null;
  }
  const count = readCount(c.count, 'The citation count', report);
  if (count === null) {
    if (c.count === undefined) report('"citations" has no count; ignored.');
    return null;
  }
  const influential = readCount(c.influential, 'The influential citation count', report);
  return { count, source: c.source, asOf: c.asOf, ...(influential !== null ? { influential } : {}) };
}

function isTexts(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((v) => typeof v === 'string');
}

function isTopic(t: unknown): t is Topic {
  if (!isObject(t) || typeof t.name !== 'string' || !t.name) return false;
  return ['subfield', 'field', 'domain'].every((k) => t[k] === undefined || typeof t[k] === 'string');
}
