/**
 * Reads a .bib file into raw entries (fields still TeX, macros unresolved) with located syntax
 * problems. Tokenising is latex-utensils' BibTeX grammar (`bibtex-grammar.ts`, behind LaTeX Workshop),
 * run once per entry so that one broken entry costs only itself:
 *
 *   text ──split at lines starting "@type{"──► chunks ──grammar──► entries, @string, @preamble
 *                                                  └─ syntax error ──► problem at file line
 *
 * A chunk that ends before its closing brace (the next "@type{" line came first) is read again
 * with the brace added and reported as repaired.
 */
import type { bibtexParser } from 'latex-utensils';
import { describeSyntaxError, isSyntaxError, parseBibtexAst, tryParseBibtexAst } from './bibtex-grammar';
import type { Problem } from './paper';

export interface RawPart {
  kind: 'text' | 'number' | 'macro';
  text: string;
}

export interface RawField {
  /** Lower-cased field name. */
  name: string;
  parts: RawPart[];
  line: number;
}

export type RawItem =
  | { kind: 'entry'; type: string; key: string; fields: RawField[]; line: number }
  | { kind: 'string'; name: string; parts: RawPart[]; line: number };

export interface ReadResult {
  items: RawItem[];
  problems: Problem[];
  /** Data entries seen, including those lost to syntax errors. */
  records: number;
}

const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*[{(]/gm;
/** Real files nest braces a few levels deep; far deeper nesting is junk that would exhaust the stack. */
const MAX_DEPTH = 100;
const NOT_ENTRIES = new Set(['comment', 'preamble', 'string']);

/** Splits `text` into entries and reads each with the grammar. Never throws on bad input. */
export function readBibtexEntries(text: string, file: string): ReadResult {
  const result: ReadResult = { items: [], problems: [], records: 0 };
  const starts: { index: number; type: string }[] = [];
  for (const m of text.matchAll(ENTRY_START)) starts.push({ index: m.index, type: m[1].toLowerCase() });
  let line = 1;
  let pos = 0;
  starts.forEach((start, k) => {
    line += countNewlines(text, pos, start.index);
    pos = start.index;
    if (start.type === 'comment') return;
    const chunk = text.slice(start.index, starts[k + 1]?.index ?? text.length);
    const isData = !NOT_ENTRIES.has(start.type);
    if (isData) result.records++;
    readChunk(chunk, line, start.type, isData, file, result);
  });
  return result;
}

function readChunk(
  chunk: string,
  line: number,
  type: string,
  isData: boolean,
  file: string,
  result: ReadResult,
): void {
  const key = chunk.match(/^\s*@\s*[\w-]+\s*[{(]\s*([^,\s{}()=]*)/)?.[1] ?? '';
  const label = key ? `@${type}{${key}}` : `@${type}`;
  if (isData && !chunk.includes('=')) {
    // No field at all, so no title: skip without running the grammar (spam of "@a{" lines stays cheap).
    result.problems.push({ file, line, message: `${label} has no fields; skipped.`, action: 'skipped' });
    return;
  }
  const depth = maxBraceDepth(chunk);
  if (depth > MAX_DEPTH) {
    result.problems.push({
      file,
      line,
      message: `${label} nests braces ${depth} deep; entry skipped.`,
      action: 'skipped',
    });
    return;
  }
  let ast: bibtexParser.BibtexAst;
  try {
    ast = parseBibtexAst(chunk);
  } catch (error) {
    if (!isSyntaxError(error)) throw error;
    const repaired = error.found === null ? tryParseBibtexAst(`${chunk}\n}`) : null;
    if (!repaired) {
      const at = line + error.location.start.line - 1;
      result.problems.push({
        file,
        line: at,
        message: `Syntax error in ${label} (starting line ${line}): ${describeSyntaxError(error)}; entry skipped.`,
        action: 'skipped',
      });
      return;
    }
    result.problems.push({
      file,
      line,
      message: `${label} is not closed: a "}" is missing before line ${line + countNewlines(chunk, 0, chunk.length)}; read as if closed.`,
      action: 'repaired',
    });
    ast = repaired;
  }
  const before = result.items.length;
  const problemsBefore = result.problems.length;
  for (const node of ast.content) collect(node, line, result.items, file, result.problems);
  const added = result.items.slice(before);
  if (isData && result.problems.length === problemsBefore && !added.some((i) => i.kind === 'entry')) {
    result.problems.push({
      file,
      line,
      message: `${label} was not understood; entry skipped.`,
      action: 'skipped',
    });
  }
}

type Node = bibtexParser.BibtexAst['content'][number];

function collect(node: Node, chunkLine: number, items: RawItem[], file: string, problems: Problem[]): void {
  const line = chunkLine + node.location.start.line - 1;
  if (node.entryType === 'preamble') return;
  if (node.entryType === 'string' && 'abbreviation' in node) {
    items.push({ kind: 'string', name: node.abbreviation, parts: partsOf(node.value), line });
    return;
  }
  if (!('content' in node) || !Array.isArray(node.content)) return;
  const entry = node as bibtexParser.Entry;
  const key = entry.internalKey ?? '';
  const fields = entry.content.map((f) => ({
    name: f.name.toLowerCase(),
    parts: partsOf(f.value),
    line: chunkLine + f.location.start.line - 1,
  }));
  // The grammar lets a quoted value close more braces than it opened ("moo {foo}} bar");
  // BibTeX rejects that, and the text would be wrong either way.
  const bad = fields.find((f) => f.parts.some((p) => !balanced(p.text)));
  if (bad) {
    problems.push({
      file,
      line: bad.line,
      message: `Unbalanced braces in field "${bad.name}" of @${entry.entryType}{${key}}; entry skipped.`,
      action: 'skipped',
    });
    return;
  }
  items.push({ kind: 'entry', type: entry.entryType.toLowerCase(), key, line, fields });
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function partsOf(value: bibtexParser.FieldValue): RawPart[] {
  const pieces = value.kind === 'concat' ? value.content : [value];
  return pieces.map((p) => ({
    kind: p.kind === 'abbreviation' ? 'macro' : p.kind === 'number' ? 'number' : 'text',
    text: p.content,
  }));
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function maxBraceDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) max = Math.max(max, ++depth);
    else if (c === 125 && depth > 0) depth--;
  }
  return max;
}
