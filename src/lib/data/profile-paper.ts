/**
 * One block of a profile page to a paper: title, author line (with "et al."), abstract, and the
 * year inferred from the "as of" date when the page leaves it out.
 */
import { makePaper, type Paper, type Problem } from './paper';
import type { Block } from './profile-blocks';
import type { CategoryResolver } from './profile-categories';
import { clipText } from './tidy-text';

const ET_AL = /,?\s*(?:et al\.?|and others)\s*$/i;

/** The paper a block describes, or null (with a problem) when it has no title. */
export function profilePaper(
  b: Block,
  resolve: CategoryResolver,
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
      message: `Paper is missing its title (this line looks like the author list: "${clipText(titleLine.text)}"); skipped.`,
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

/** An author line: a comma-separated list of short capitalised names, or one ending in "et al." */
function looksLikeAuthors(text: string): boolean {
  if (ET_AL.test(text)) return true;
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2) return false;
  return parts.every((p) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}?[\p{L}'’.-]+){0,4}$/u.test(p));
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
