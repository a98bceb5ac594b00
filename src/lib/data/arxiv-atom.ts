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
 * The XML is read by a small reader for this one schema (no DOM, so it runs in Node and workers).
 * Bytes are decoded before (`decode-text.ts`); text that was decoded as latin-1 by mistake is
 * repaired here.
 */
import { canonicalCategory } from './arxiv-taxonomy';
import { makePaper, type Paper, type ParseOptions, type ParseResult, type Problem } from './paper';

export const FORMAT_ARXIV_ATOM = 'arxiv-atom';

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

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
  const feed = root.children.find((n) => local(n.name) === 'feed');
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
  const entries = feed.children.filter((n) => local(n.name) === 'entry');
  result.records = entries.length;
  for (const entry of entries) {
    const paper = toPaper(entry, file, problems);
    if (paper) result.papers.push(paper);
  }
  if (entries.length === 0) {
    problems.push({ file, line: feed.line, message: 'The feed has no entries.', action: 'noted' });
  }
  notePaging(feed, entries.length, file, problems);
  return result;
}

function toPaper(entry: XmlNode, file: string, problems: Problem[]): Paper | null {
  const line = entry.line;
  const title = collapse(childText(entry, 'title'));
  const published = childText(entry, 'published').trim();
  if ((title === 'Error' && !published) || /\/api\/errors/.test(childText(entry, 'id'))) {
    const why = collapse(childText(entry, 'summary')) || 'no reason given';
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
      message: `Entry "${clip(title)}" has no publication date; kept without one.`,
      action: 'repaired',
    });
  }
  const idText = childText(entry, 'id').trim();
  const arxiv = /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/.exec(idText)?.[1];
  const doi = childText(entry, 'doi').trim().split(/\s+/)[0];
  const code = codeInComment(collapse(childText(entry, 'comment')));
  return makePaper({
    title,
    date,
    precision: date ? 'day' : null,
    categories: entryCategories(entry, file, problems),
    authors: entry.children
      .filter((n) => local(n.name) === 'author')
      .map((a) => collapse(childText(a, 'name')))
      .filter(Boolean),
    abstract: collapse(childText(entry, 'summary')),
    hasCode: code.hasCode,
    venue: collapse(childText(entry, 'journal_ref')),
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
    const name = local(n.name);
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

/**
 * arXiv authors announce code in the comment field ("code at https://github.com/…"). A URL is
 * taken when it points at a code host, or when it is the only one in a comment that mentions code.
 */
export function codeInComment(comment: string): { hasCode: boolean; url?: string } {
  if (!/github|gitlab|\bcode\b/i.test(comment)) return { hasCode: false };
  const urls = comment.match(/https?:\/\/[^\s,;)\]}>"']+/g) ?? [];
  const trimmed = urls.map((u) => u.replace(/[.:]+$/, ''));
  const hosted = trimmed.find((u) => /github|gitlab|bitbucket|codeberg/i.test(u));
  return { hasCode: true, url: hosted ?? (trimmed.length === 1 ? trimmed[0] : undefined) };
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

/**
 * A forgiving, linear-time reader for the subset of XML the arXiv API writes: elements, attributes,
 * text, CDATA, comments and the five XML entities plus character references. Structure errors are
 * reported once and repaired by closing elements; an unterminated construct ends the document.
 */
function readXml(text: string, file: string, problems: Problem[]): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, text: '', children: [], line: 1 };
  const stack = [root];
  const lines = lineCounter(text);
  let complained = false;
  const complain = (pos: number, message: string, action: Problem['action']) => {
    if (complained) return;
    complained = true;
    problems.push({ file, line: lines(pos), message, action });
  };
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const top = stack[stack.length - 1];
    if (lt < 0) {
      top.text += decodeEntities(text.slice(pos));
      break;
    }
    if (lt > pos) top.text += decodeEntities(text.slice(pos, lt));
    const end = endOfMarkup(text, lt);
    if (end < 0) {
      complain(lt, 'The XML ends inside a tag or comment; the rest was ignored.', 'repaired');
      break;
    }
    const markup = text.slice(lt, end + 1);
    if (markup.startsWith('<![CDATA[')) top.text += markup.slice(9, -3);
    else if (markup.startsWith('</')) {
      const name = markup.slice(2, -1).trim();
      const depth = stack.length - 1 - [...stack.slice(-8)].reverse().findIndex((n) => n.name === name);
      if (depth < stack.length && depth > 0) stack.length = depth;
      else complain(lt, `Closing tag </${name}> does not match; ignored.`, 'repaired');
    } else if (/^<[A-Za-z_]/.test(markup)) {
      const node = openTag(markup, lines(lt));
      top.children.push(node);
      if (!markup.endsWith('/>')) stack.push(node);
    } else if (!/^<[!?]/.test(markup)) top.text += decodeEntities(markup);
    pos = end + 1;
  }
  if (stack.length > 1) complain(text.length, 'The XML ends before its elements are closed.', 'repaired');
  return root;
}

/** Index of the `>` that ends the markup starting at `lt`, honouring quotes; -1 when none. */
function endOfMarkup(text: string, lt: number): number {
  if (text.startsWith('<!--', lt)) return endAt(text.indexOf('-->', lt + 4), 2);
  if (text.startsWith('<![CDATA[', lt)) return endAt(text.indexOf(']]>', lt + 9), 2);
  if (text.startsWith('<?', lt)) return endAt(text.indexOf('?>', lt + 2), 1);
  if (!/[A-Za-z_/!]/.test(text.charAt(lt + 1))) return lt; // a bare "<" in text
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

function endAt(index: number, extra: number): number {
  return index < 0 ? -1 : index + extra;
}

function openTag(markup: string, line: number): XmlNode {
  const body = markup.slice(1, markup.endsWith('/>') ? -2 : -1);
  const nameEnd = body.search(/[\s/]|$/);
  const attrs: Record<string, string> = {};
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  let i = nameEnd;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i])) i++;
    re.lastIndex = i;
    const m = re.exec(body);
    if (!m) break;
    attrs[m[1]] = decodeEntities(m[2] ?? m[3]);
    i = re.lastIndex;
  }
  return { name: body.slice(0, nameEnd), attrs, text: '', children: [], line };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Line numbers for increasing positions; each newline is found once, so a run is linear. */
function lineCounter(text: string): (pos: number) => number {
  let line = 1;
  let next = text.indexOf('\n');
  return (pos) => {
    while (next >= 0 && next < pos) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}

/** UTF-8 bytes read as latin-1 ("RamÃ­rez"): re-decode when that yields valid UTF-8. */
function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

function childText(node: XmlNode, name: string): string {
  return node.children.find((n) => local(n.name) === name)?.text ?? '';
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Whitespace runs to one space; single spaces are not matched, which is several times faster. */
function collapse(s: string): string {
  return s.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
