/**
 * latex-utensils' BibTeX grammar (the parser behind LaTeX Workshop), loaded without its LaTeX
 * grammar, and the syntax errors it throws, worded for problem messages.
 */
import type { bibtexParser } from 'latex-utensils';
// @ts-expect-error -- the package types only its entry point, which would also pull in its large
// LaTeX grammar; this deep path is the BibTeX grammar alone (typed through `Grammar` below).
import grammarModule from 'latex-utensils/out/src/bibtex/bibtex_parser_simple.js';

interface Grammar {
  parse(text: string): bibtexParser.BibtexAst;
}
const grammar = grammarModule as Grammar;

/** The syntax tree of BibTeX text; throws a syntax error (see `isSyntaxError`) on bad input. */
export function parseBibtexAst(text: string): bibtexParser.BibtexAst {
  return grammar.parse(text);
}

/** A syntax error as the grammar (a Peggy parser) throws it. */
export interface PegError {
  message: string;
  found: string | null;
  expected: { type: string; text?: string; description?: string }[] | null;
  location: { start: { line: number; column: number } };
}

export function isSyntaxError(e: unknown): e is PegError {
  return e instanceof Error && e.name === 'SyntaxError' && 'location' in e && 'found' in e;
}

/** Like `parseBibtexAst`, but null on a syntax error. */
export function tryParseBibtexAst(text: string): bibtexParser.BibtexAst | null {
  try {
    return grammar.parse(text);
  } catch (error) {
    if (isSyntaxError(error)) return null;
    throw error;
  }
}

/** "expected "=" but found "{"": the grammar's expectation without whitespace and comment noise. */
export function describeSyntaxError(error: PegError): string {
  const literals = [
    ...new Set(
      (error.expected ?? [])
        .filter((e) => e.type === 'literal' && e.text && e.text !== '%')
        .map((e) => JSON.stringify(e.text)),
    ),
  ];
  const found = error.found === null ? 'the end of the entry' : JSON.stringify(error.found);
  const want = literals.length ? `expected ${literals.join(' or ')}` : 'unexpected text';
  return `${want} but found ${found} (column ${error.location.start.column})`;
}
