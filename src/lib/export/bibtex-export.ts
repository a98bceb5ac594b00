/**
 * The selection's papers as BibTeX. Every value is escaped so that TeX reads back the same text:
 * the ten special characters become commands, dashes and quote ligatures are broken with `{}`,
 * and titles are double-braced to keep their capitals. Non-ASCII text stays UTF-8 (BibLaTeX/biber
 * and modern BibTeX read it).
 */
import { citationLine } from '../data/citations';
import type { Paper, WorkType } from '../data/paper';
import { foldName } from '../model/person-name';
import { keywordList } from './keyword-list';
import { nameParts } from './name-parts';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Text as a BibTeX brace value's content: TeX specials escaped, `--`, `''` and `` ` `` ligatures broken. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}&%$#_~^]/g, (c) => SPECIALS[c])
    .replace(/-(?=-)/g, '-{}')
    .replace(/'(?=')/g, "'{}")
    .replace(/`/g, '\\textasciigrave{}')
    .replace(/\s+/g, ' ')
    .trim();
}

/** URLs and DOIs are verbatim fields: only braces (which would unbalance the entry) are encoded. */
function verbatim(text: string): string {
  return text.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s+/g, '');
}

/** One author as `Family, Given` (`Family, Suffix, Given`); a name with " and " is braced whole. */
function bibtexName(name: string): string {
  if (/\sand\s/i.test(name)) return `{${escapeBibtex(name)}}`;
  const { family, given, suffix } = nameParts(name);
  return [family, suffix, given].filter(Boolean).map(escapeBibtex).join(', ');
}

/** Citation keys: first author's surname, year, first title word (`walmsley2022towards`), made unique. */
function citationKeys(papers: readonly Paper[]): string[] {
  const seen = new Map<string, number>();
  return papers.map((p) => {
    const surname = foldName(nameParts(p.authors[0] ?? '').family) || 'anon';
    const word = foldName(p.title.split(/\s+/).find((w) => foldName(w).length > 3) ?? '') || 'paper';
    const base = `${surname}${p.year ?? ''}${word}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`;
  });
}

/** Entry types, and the field that holds the venue in each; datasets and software are `@misc` in BibTeX. */
const ENTRY_TYPES: Readonly<Record<WorkType, [string, string]>> = {
  article: ['article', 'journal'],
  preprint: ['misc', 'journal'],
  conference: ['inproceedings', 'booktitle'],
  book: ['book', 'publisher'],
  chapter: ['incollection', 'booktitle'],
  thesis: ['phdthesis', 'school'],
  report: ['techreport', 'institution'],
  review: ['article', 'journal'],
  dataset: ['misc', 'publisher'],
  software: ['misc', 'publisher'],
  other: ['misc', 'publisher'],
};

/**
 * The papers as a .bib file: the entry type of the paper's kind, or else `@article` when a venue
 * is known and `@misc` (preprints) when not. A citation count goes into `annote` as the line
 * "Citations (OpenAlex): 12 [2026-11-20]": not `note`, which bibliography styles print.
 */
export function papersToBibtex(papers: readonly Paper[]): string {
  const keys = citationKeys(papers);
  return papers
    .map((p, i) => {
      const fields: [string, string][] = [['title', `{${escapeBibtex(p.title)}}`]];
      const names = p.authors.map(bibtexName);
      if (p.authorsTruncated) names.push('others');
      if (names.length) fields.push(['author', names.join(' and ')]);
      if (p.year !== null) fields.push(['year', String(p.year)]);
      const month = p.date && p.date.length >= 7 ? Number(p.date.slice(5, 7)) : 0;
      if (month >= 1 && month <= 12) fields.push(['month', MONTHS[month - 1]]);
      if (p.date && p.precision === 'day') fields.push(['date', p.date]);
      const [entryType, venueField] = p.type
        ? ENTRY_TYPES[p.type]
        : p.venue
          ? ['article', 'journal']
          : ['misc', 'journal'];
      if (p.venue) fields.push([venueField, escapeBibtex(p.venue)]);
      if (p.links.arxiv) fields.push(['eprint', p.links.arxiv], ['archiveprefix', 'arXiv']);
      if (p.categories[0] && !p.categories[0].includes(':')) fields.push(['primaryclass', p.categories[0]]);
      if (p.links.doi) fields.push(['doi', verbatim(p.links.doi)]);
      if (p.links.url) fields.push(['url', verbatim(p.links.url)]);
      const keywords = keywordList(p);
      if (keywords) fields.push(['keywords', escapeBibtex(keywords)]);
      if (p.citations) fields.push(['annote', escapeBibtex(citationLine(p.citations))]);
      if (p.abstract) fields.push(['abstract', escapeBibtex(p.abstract)]);
      const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
      return `@${entryType}{${keys[i]},\n${body}\n}\n`;
    })
    .join('\n');
}
