/**
 * The arXiv API's Atom feed (`export.arxiv.org/api/query`). One `<entry>` per paper:
 *
 *   <entry>
 *     <id>http://arxiv.org/abs/2202.12139v1</id>      ← arXiv id + version
 *     <title>…</title> <summary>…</summary>          ← whitespace collapsed
 *     <published>2022-02-24T15:05:19Z</published>    ← date of v1
 *     <author><name>…</name></author> …              ← in order
 *     <arxiv:primary_category term="cs.SE"/>         ← first category
 *     <category term="cs.LG"/> …                     ← cross-lists
 *     <arxiv:doi>, <arxiv:journal_ref>, <arxiv:comment>
 *   </entry>
 *
 * The XML is read by `xml-reader.ts` (no DOM, so it runs in Node and workers); this file maps
 * its elements to papers. Bytes are decoded before (`decode-text.ts`); text that was decoded as
 * latin-1 by mistake is repaired here with `repairMojibake`.
 */
import { canonicalCategory } from './arxiv-taxonomy';
import { repairMojibake } from './decode-text';
import { makePaper, type Paper, type ParseOptions, type ParseResult, type Problem } from './paper';
import { undateImplausibleYears } from './plausible-year';
import { codeInComment } from './record-ids';
import { clipText, collapseSpaces } from './tidy-text';
import { childText, localName, readXml, type XmlNode } from './xml-reader';

export const FORMAT_ARXIV_ATOM = 'arxiv-atom';

/** True when the text looks like an arXiv API Atom feed (used by format detection). */
export function looksLikeArxivAtom(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<feed[\s>]/.test(head) && /arxiv\.org\/(schemas\/atom|api)/i.test(head);
}

/** Parses an arXiv Atom feed into papers and located problems; never throws. */
export function parseArxivAtom(text: string, options: ParseOptions): ParseResult {
  const file = options.file;
  const problems: Problem[] = [];
  const result: ParseResult = { format: FORMAT_ARXIV_ATOM, papers: [], problems, records: 0 };
  if (text.trim() === '') {
    problems.push({ file, line: 1, message: 'The file is empty.', action: 'refused' });
    return result;
  }
  const repaired = repairMojibake(text);
  if (repaired !== text) {
    problems.push({
      file,
      line: 1,
      message: 'The file was decoded as latin-1 although it is UTF-8; accented names were repaired.',
      action: 'repaired',
    });
  }
  const xmlProblems: Problem[] = [];
  const root = readXml(repaired, file, xmlProblems);
  const feed = root.children.find((n) => localName(n.name) === 'feed');
  // Structure complaints only help when the file is a feed at all.
  if (feed) problems.push(...xmlProblems);
  else {
    problems.push({
      file,
      line: 1,
      message: 'No <feed> element: this does not look like an arXiv API Atom feed.',
      action: 'refused',
    });
    return result;
  }
  const entries = feed.children.filter((n) => localName(n.name) === 'entry');
  result.records = entries.length;
  for (const entry of entries) {
    const paper = toPaper(entry, file, problems);
    if (paper) result.papers.push(paper);
  }
  result.papers = undateImplausibleYears(result.papers, options, problems);
  if (entries.length === 0) {
    problems.push({ file, line: feed.line, message: 'The feed has no entries.', action: 'noted' });
  }
  notePaging(feed, entries.length, file, problems);
  return result;
}

function toPaper(entry: XmlNode, file: string, problems: Problem[]): Paper | null {
  const line = entry.line;
  const title = collapseSpaces(childText(entry, 'title'));
  const published = childText(entry, 'published').trim();
  if ((title === 'Error' && !published) || /\/api\/errors/.test(childText(entry, 'id'))) {
    const why = collapseSpaces(childText(entry, 'summary')) || 'no reason given';
    problems.push({ file, line, message: `arXiv returned an error: ${why}.`, action: 'refused' });
    return null;
  }
  if (!title) {
    problems.push({ file, line, message: 'Entry has no title; skipped.', action: 'skipped' });
    return null;
  }
  const date = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? null;
  if (!date) {
    problems.push({
      file,
      line,
      message: `Entry "${clipText(title)}" has no publication date; kept without one.`,
      action: 'repaired',
    });
  }
  const idText = childText(entry, 'id').trim();
  const arxiv = /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/.exec(idText)?.[1];
  const doi = childText(entry, 'doi').trim().split(/\s+/)[0];
  const code = codeInComment(collapseSpaces(childText(entry, 'comment')));
  return makePaper({
    title,
    date,
    precision: date ? 'day' : null,
    categories: entryCategories(entry, file, problems),
    authors: entry.children
      .filter((n) => localName(n.name) === 'author')
      .map((a) => collapseSpaces(childText(a, 'name')))
      .filter(Boolean),
    abstract: collapseSpaces(childText(entry, 'summary')),
    hasCode: code.hasCode,
    venue: collapseSpaces(childText(entry, 'journal_ref')),
    links: {
      ...(arxiv ? { arxiv, url: `https://arxiv.org/abs/${arxiv}` } : {}),
      ...(doi ? { doi } : {}),
      ...(code.url ? { code: code.url } : {}),
    },
    source: { file, line },
  });
}

/** Primary first, then cross-lists; ACM and MSC classes that arXiv also lists are not categories. */
function entryCategories(entry: XmlNode, file: string, problems: Problem[]): string[] {
  const terms: string[] = [];
  for (const n of entry.children) {
    const name = localName(n.name);
    const term = n.attrs.term?.trim();
    if (!term) continue;
    if (name === 'primary_category') terms.unshift(term);
    else if (name === 'category') terms.push(term);
  }
  const out: string[] = [];
  for (const term of terms) {
    const id = canonicalCategory(term);
    if (id) {
      if (!out.includes(id)) out.push(id);
    } else if (/^[a-z-]+(\.[A-Za-z-]+)?$/.test(term) && !out.includes(term)) {
      out.push(term);
      problems.push({
        file,
        line: entry.line,
        message: `Unknown arXiv category "${term}"; kept as written.`,
        action: 'noted',
      });
    }
  }
  return out;
}

function notePaging(feed: XmlNode, count: number, file: string, problems: Problem[]): void {
  const total = Number(childText(feed, 'totalResults'));
  const start = Number(childText(feed, 'startIndex')) || 0;
  if (Number.isFinite(total) && total > count && count > 0) {
    problems.push({
      file,
      line: feed.line,
      message: `This feed is one page of a larger result: entries ${start + 1}–${start + count} of ${total}.`,
      action: 'noted',
    });
  }
}
