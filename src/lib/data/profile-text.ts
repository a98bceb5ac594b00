/**
 * The profile-page text format: the text of a researcher's profile page as copied from the
 * browser (the bundled default). Layout:
 *
 *   Mike Walmsley            ← owner
 *   GA                       ← optional headline category code
 *   h-index41 / 16papers / 360citations / Novelty37% / AI Score41   ← metrics
 *   16 Papers                ← declared count
 *   GAApr 19, 2022[Code]     ← a paper: category code + date (+ code marker)
 *   Title / Authors[ et al.] / Abstract …
 */
import { categoriesWithSuffix } from './arxiv-taxonomy';
import {
  makePaper,
  todayIso,
  type Metric,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Problem,
} from './paper';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STRICT_START =
  /^([A-Z]{2})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(Code)?$/;
/** What a block start looks like even when its date is broken: code glued to a month or digits. */
const LOOSE_START = /^[A-Z]{2}(?:[A-Z][a-z]{2,}\.?|\d|\?)\S*(?: \S+){0,3}$/;
const DECLARED = /^(\d[\d,]*)\s+Papers?$/i;
const METRIC_NUMBER_FIRST = /^(\d[\d,.]*)\s*([A-Za-z][A-Za-z -]*)$/;
const METRIC_LABEL_FIRST = /^([A-Za-z][A-Za-z -]*?)\s*(\d[\d,.]*)(%?)$/;
const ET_AL = /,?\s*(?:et al\.?|and others)\s*$/i;

export const FORMAT_PROFILE_TEXT = 'profile-text';

interface Block {
  line: number;
  code: string;
  month: number;
  day: number;
  year: number | null;
  hasCode: boolean;
  body: { text: string; line: number }[];
}

/** True when the text looks like a profile page (used by format detection). */
export function looksLikeProfileText(text: string): boolean {
  return text.split(/\r?\n/, 400).some((l) => STRICT_START.test(l.trim()));
}

/** Parses profile-page text into papers, the profile header and located problems. */
export function parseProfileText(text: string, options: ParseOptions): ParseResult {
  const file = options.file;
  const asOf = options.asOf ?? todayIso();
  const problems: Problem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const result: ParseResult = { format: FORMAT_PROFILE_TEXT, papers: [], problems, records: 0 };

  if (lines.every((l) => l.trim() === '')) {
    problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
    return result;
  }

  const starts: number[] = [];
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (STRICT_START.test(l) || (l.length < 40 && /\d/.test(l) && LOOSE_START.test(l))) starts.push(i);
  });
  if (starts.length === 0) {
    problems.push({
      file,
      line: 1,
      message:
        'No paper blocks found: a profile page has lines such as "GAApr 19, 2022" before each title. This does not look like a profile page.',
      action: 'refused',
    });
    return result;
  }

  const header = parseHeader(lines.slice(0, starts[0]), file, problems);
  const blocks: Block[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    const block = readBlock(lines, start, end, file, asOf, problems);
    if (block) blocks.push(block);
  });
  result.records = starts.length;

  const resolve = categoryResolver(
    blocks.map((b) => b.code),
    header.mainCode,
  );
  const asOfYear = Number(asOf.slice(0, 4));
  for (const b of blocks) {
    const paper = toPaper(b, resolve, asOf, asOfYear, file, problems);
    if (paper) result.papers.push(paper);
  }

  const mainCategory = header.mainCode ? resolve(header.mainCode).id : null;
  result.profile = {
    name: header.name,
    metrics: header.metrics,
    asOf,
    declaredPapers: header.declared,
    mainCategory,
  };
  if (header.declared !== null && header.declared !== result.papers.length) {
    problems.push({
      file,
      line: header.declaredLine,
      message: `The header says ${header.declared} papers but ${result.papers.length} were read (${starts.length - result.papers.length} skipped).`,
      action: 'noted',
    });
  }
  return result;
}

interface Header {
  name: string | null;
  metrics: Metric[];
  declared: number | null;
  declaredLine: number;
  mainCode: string | null;
}

function parseHeader(lines: string[], file: string, problems: Problem[]): Header {
  const header: Header = { name: null, metrics: [], declared: null, declaredLine: 0, mainCode: null };
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (!l) return;
    let m: RegExpMatchArray | null;
    if ((m = l.match(DECLARED))) {
      header.declared = Number(m[1].replace(/,/g, ''));
      header.declaredLine = i + 1;
    } else if (/^[A-Z]{2}$/.test(l) && header.name !== null && header.mainCode === null) {
      header.mainCode = l;
    } else if ((m = l.match(METRIC_NUMBER_FIRST)) && header.name !== null) {
      header.metrics.push({ label: capitalise(m[2].trim()), value: toNumber(m[1]), unit: '' });
    } else if ((m = l.match(METRIC_LABEL_FIRST)) && header.name !== null) {
      header.metrics.push({ label: m[1].trim(), value: toNumber(m[2]), unit: m[3] });
    } else if (header.name === null) {
      header.name = l;
    } else {
      problems.push({
        file,
        line: i + 1,
        message: `Header line not understood: "${clip(l)}".`,
        action: 'skipped',
      });
    }
  });
  return header;
}

function readBlock(
  lines: string[],
  start: number,
  end: number,
  file: string,
  asOf: string,
  problems: Problem[],
): Block | null {
  const head = lines[start].trim();
  const m = head.match(STRICT_START);
  const body = [];
  for (let i = start + 1; i < end; i++) {
    const text = lines[i].trim();
    if (text) body.push({ text, line: i + 1 });
  }
  if (!m) {
    problems.push({
      file,
      line: start + 1,
      message: `Date not understood in "${clip(head)}" (expected e.g. "GAApr 19, 2022"); paper skipped.`,
      action: 'skipped',
    });
    return null;
  }
  const month = MONTHS.indexOf(m[2]) + 1;
  const day = Number(m[3]);
  const year = m[4] ? Number(m[4]) : null;
  if (!validDay(year ?? Number(asOf.slice(0, 4)), month, day)) {
    problems.push({
      file,
      line: start + 1,
      message: `"${m[2]} ${day}" is not a date; paper skipped.`,
      action: 'skipped',
    });
    return null;
  }
  return { line: start + 1, code: m[1], month, day, year, hasCode: Boolean(m[5]), body };
}

function toPaper(
  b: Block,
  resolve: (code: string) => { id: string | null; guessed: boolean },
  asOf: string,
  asOfYear: number,
  file: string,
  problems: Problem[],
): Paper | null {
  if (b.body.length === 0 || (b.body.length === 1 && looksLikeAuthors(b.body[0].text))) {
    problems.push({
      file,
      line: b.line,
      message: 'Paper has no title or authors; skipped.',
      action: 'skipped',
    });
    return null;
  }
  const [titleLine, authorLine, ...rest] = b.body;
  if (looksLikeAuthors(titleLine.text) && (!authorLine || !looksLikeAuthors(authorLine.text))) {
    problems.push({
      file,
      line: titleLine.line,
      message: `Paper is missing its title (this line looks like the author list: "${clip(titleLine.text)}"); skipped.`,
      action: 'skipped',
    });
    return null;
  }
  if (!authorLine) {
    problems.push({
      file,
      line: titleLine.line,
      message: 'Paper has no author line; kept without authors.',
      action: 'repaired',
    });
  }

  let year = b.year;
  let yearInferred = false;
  if (year === null) {
    yearInferred = true;
    year = asOfYear;
    if (isoDay(year, b.month, b.day) > asOf) year -= 1;
  }
  const date = isoDay(year, b.month, b.day);

  const cat = resolve(b.code);
  if (!cat.id) {
    problems.push({
      file,
      line: b.line,
      message: `Unknown category code "${b.code}"; paper kept without a category.`,
      action: 'repaired',
    });
  }
  const authorsText = authorLine?.text ?? '';
  const truncated = ET_AL.test(authorsText);
  const authors = authorsText
    .replace(ET_AL, '')
    .split(/\s*,\s*/)
    .map((a) => a.trim())
    .filter(Boolean);

  return makePaper({
    title: titleLine.text,
    date,
    precision: 'day',
    year,
    yearInferred,
    categories: cat.id ? [cat.id] : [],
    guessedCategories: cat.id && cat.guessed ? [cat.id] : [],
    authors,
    authorsTruncated: truncated,
    abstract: rest.map((r) => r.text).join('\n\n'),
    hasCode: b.hasCode,
    source: { file, line: b.line },
  });
}

/**
 * Resolves two-letter codes to arXiv ids. Ambiguous codes (CV: cs.CV or math.CV) go to the archive
 * the rest of the profile uses most, and are marked as guessed.
 */
export function categoryResolver(
  codes: string[],
  mainCode: string | null,
): (code: string) => { id: string | null; guessed: boolean } {
  const archiveCount = new Map<string, number>();
  for (const code of [...codes, ...(mainCode ? [mainCode] : [])]) {
    const options = categoriesWithSuffix(code);
    if (options.length === 1)
      archiveCount.set(options[0].archive, (archiveCount.get(options[0].archive) ?? 0) + 1);
  }
  const cache = new Map<string, { id: string | null; guessed: boolean }>();
  return (code) => {
    let hit = cache.get(code);
    if (!hit) {
      const options = categoriesWithSuffix(code);
      if (options.length === 0) hit = { id: null, guessed: false };
      else if (options.length === 1) hit = { id: options[0].id, guessed: false };
      else {
        // Most-used archive wins; ties go to the taxonomy's order, which lists astro-ph and cs early.
        const best = options.reduce((a, c) =>
          (archiveCount.get(c.archive) ?? 0) > (archiveCount.get(a.archive) ?? 0) ? c : a,
        );
        hit = { id: best.id, guessed: true };
      }
      cache.set(code, hit);
    }
    return hit;
  };
}

/** An author line: a comma-separated list of short capitalised names, or one ending in "et al." */
function looksLikeAuthors(text: string): boolean {
  if (ET_AL.test(text)) return true;
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2) return false;
  return parts.every((p) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}?[\p{L}'’.-]+){0,4}$/u.test(p));
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
