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
import { todayIso, type ParseOptions, type ParseResult, type Problem } from './paper';
import { undateImplausibleYears } from './plausible-year';
import { readBlock, STRICT_START, type Block } from './profile-blocks';
import { categoryResolver } from './profile-categories';
import { parseProfileHeader } from './profile-header';
import { profilePaper } from './profile-paper';

/** What a block start looks like even when its date is broken: code glued to a month or digits. */
const LOOSE_START = /^[A-Z]{2}(?:[A-Z][a-z]{2,}\.?|\d|\?)\S*(?: \S+){0,3}$/;

export const FORMAT_PROFILE_TEXT = 'profile-text';

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

  const header = parseProfileHeader(lines.slice(0, starts[0]), file, problems);
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
    const paper = profilePaper(b, resolve, asOf, asOfYear, file, problems);
    if (paper) result.papers.push(paper);
  }
  result.papers = undateImplausibleYears(result.papers, options, problems);

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
