/**
 * A small XML reader with no dependency (no DOM, so it runs in Node and in workers): a tree of
 * elements with their attributes, text and the line each starts on. It reads the subset of XML
 * that APIs such as arXiv's write, in time linear in the text.
 */
import type { Problem } from './paper';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

/**
 * A forgiving, linear-time reader for the subset of XML the arXiv API writes: elements, attributes,
 * text, CDATA, comments and the five XML entities plus character references. Structure errors are
 * reported once and repaired by closing elements; an unterminated construct ends the document.
 */
export function readXml(text: string, file: string, problems: Problem[]): XmlNode {
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

/** The text of the first child with this local name, or ''. */
export function childText(node: XmlNode, name: string): string {
  return node.children.find((n) => localName(n.name) === name)?.text ?? '';
}

/** The name without its namespace prefix: `arxiv:doi` → `doi`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
