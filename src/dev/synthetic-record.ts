/**
 * Dresses a synthetic paper as a line of the arXiv metadata snapshot, with the snapshot's fields:
 * id, submitter, authors, title, comments, journal-ref, doi, report-no, categories, license,
 * abstract, versions, update_date, authors_parsed.
 */
import { randomLcg } from 'd3-random';
import { integer, pick, type Random } from './synthetic-draw';
import type { SyntheticCollection, SyntheticPaper, SyntheticPerson } from './synthetic';
import { ABSTRACT_WORDS, FIELDS, JOURNALS, LICENSES, TITLE_WORDS } from './synthetic-vocab';

/** One snapshot record, field names as in the snapshot. */
export interface ArxivRecord {
  id: string;
  submitter: string;
  authors: string;
  title: string;
  comments: string | null;
  'journal-ref': string | null;
  doi: string | null;
  'report-no': string | null;
  categories: string;
  license: string | null;
  abstract: string;
  versions: { version: string; created: string }[];
  update_date: string;
  authors_parsed: [string, string, string][];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Makes arXiv ids unique within a collection: new-style `YYMM.NNNNN` from 2007, old-style
 * `archive/YYMMNNN` before, numbered per month in the order papers are dressed.
 */
export function createIdMaker(): (p: SyntheticPaper) => string {
  const next = new Map<string, number>();
  return (p) => {
    const yymm = `${String(p.year % 100).padStart(2, '0')}${String(p.month).padStart(2, '0')}`;
    const archive = p.year < 2007 ? p.categories[0].split('.')[0] : '';
    const key = `${archive}/${yymm}`;
    const n = (next.get(key) ?? 0) + 1;
    next.set(key, n);
    if (archive) return `${archive}/${yymm}${String(n).padStart(3, '0')}`;
    return `${yymm}.${String(n).padStart(p.year >= 2015 ? 5 : 4, '0')}`;
  };
}

/** The snapshot record of `paper`; `random` draws only the prose, never the facts. */
export function toArxivRecord(
  paper: SyntheticPaper,
  people: readonly SyntheticPerson[],
  id: string,
  random: Random,
): ArxivRecord {
  const topics = FIELDS[paper.field].topics;
  const authors = paper.authors.map((i) => writtenForm(people[i], random));
  const created = new Date(Date.UTC(paper.year, paper.month - 1, paper.day, integer(random, 0, 23), 17, 42));
  const updated = new Date(created.getTime() + integer(random, 0, 400) * 86_400_000);
  const versions = [{ version: 'v1', created: rfcDate(created) }];
  if (random() < 0.3) versions.push({ version: 'v2', created: rfcDate(updated) });
  const lead = people[paper.authors[0]];
  const comments = `${integer(random, 4, 40)} pages, ${integer(random, 1, 15)} figures`;
  const published = random() < 0.45;
  return {
    id,
    submitter: lead.display,
    authors:
      authors.length > 1
        ? `${authors.slice(0, -1).map(join).join(', ')} and ${join(authors.at(-1)!)}`
        : join(authors[0]),
    title: sentence(random, [...TITLE_WORDS, ...topics], integer(random, 5, 12)),
    comments: paper.hasCode
      ? `${comments}; code: https://github.com/${lead.surname.replace(/\W/g, '')}/${pick(random, topics)}`
      : comments,
    'journal-ref': published
      ? `${pick(random, JOURNALS)} ${integer(random, 1, 600)}, ${integer(random, 1, 9999)} (${paper.year + 1})`
      : null,
    doi:
      published && random() < 0.8
        ? `10.${integer(random, 1000, 9999)}/synthetic.${id.replace('/', '.')}`
        : null,
    'report-no': null,
    categories: paper.categories.join(' '),
    license: pick(random, LICENSES),
    abstract: abstract(random, topics),
    versions,
    update_date: updated.toISOString().slice(0, 10),
    authors_parsed: authors.map(([last, first]) => [last, first, '']),
  };
}

/** [surname, given]: mostly the full name, sometimes initials only ("J. A."), as sources vary. */
function writtenForm(p: SyntheticPerson, random: Random): [string, string] {
  const given = [p.given, p.middle].filter(Boolean).join(' ');
  if (random() >= 0.05) return [p.surname, given];
  const initials = given
    .split(/[\s-]+/)
    .map((g) => `${g[0]}.`)
    .join(' ');
  return [p.surname, initials];
}

function join([last, first]: [string, string]): string {
  return first ? `${first} ${last}` : last;
}

/** "Mon, 2 Apr 2007 19:18:42 GMT", the snapshot's version date. */
function rfcDate(d: Date): string {
  const hh = String(d.getUTCHours()).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}:17:42 GMT`;
}

function sentence(random: Random, vocabulary: readonly string[], n: number): string {
  const w = Array.from({ length: n }, () => pick(random, vocabulary));
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')}`;
}

/** About a hundred words, a real abstract's length, so parsing costs what it would. */
function abstract(random: Random, topics: readonly string[]): string {
  const vocabulary = [...ABSTRACT_WORDS, ...topics, ...topics];
  const sentences = Array.from({ length: integer(random, 3, 7) }, () =>
    sentence(random, vocabulary, integer(random, 12, 24)),
  );
  return `  ${sentences.join('. ')}.\n`;
}

/** The collection as snapshot lines (without newlines), in paper order; the prose is seeded by `seed`. */
export function* arxivLines(collection: SyntheticCollection, seed = 1): Generator<string> {
  const random = randomLcg(seed + 0x51ed);
  const idOf = createIdMaker();
  for (const paper of collection.papers()) {
    yield JSON.stringify(toArxivRecord(paper, collection.people, idOf(paper), random));
  }
}
