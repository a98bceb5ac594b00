/**
 * What Fill in says afterwards: what was filled, from where, for how many papers, and what was
 * not (each paper's reason is in the report for the list under the note).
 */
import { count } from '../text/count-words';
import type { FillReport } from './fill-in';
import type { FillField } from './fill-paper';

/** How each filled part is named in the note, in the note's order. */
const FIELD_WORDS: readonly [FillField, string][] = [
  ['citations', 'citation counts'],
  ['citationsByYear', 'citations per year'],
  ['authors', 'full author lists'],
  ['abstract', 'abstracts'],
  ['topics', 'topics'],
  ['categories', 'arXiv categories'],
  ['keywords', 'keywords'],
  ['type', 'types'],
  ['venue', 'venues'],
  ['links', 'open-access or code links'],
];

/**
 * "Filled 5 of 7 papers looked up, from OpenAlex and arXiv: citation counts for 5, abstracts for
 * 3. 1 found with nothing to add; 1 not filled. 1 paper has no DOI, arXiv id or year to look it up by."
 */
export function fillSummary(report: FillReport): string {
  const services = new Set(
    report.filled.flatMap((f) => f.from.split(' ').map((u) => (/arxiv\.org/.test(u) ? 'arXiv' : 'OpenAlex'))),
  );
  const from = services.size ? ` from ${[...services].sort((a, b) => b.localeCompare(a)).join(' and ')}` : '';
  const parts = FIELD_WORDS.flatMap(([field, words]) => {
    const n = report.filled.filter((f) => f.fields.includes(field)).length;
    return n ? [`${words} for ${n}`] : [];
  });
  const sentences = [
    `Filled ${report.filled.length} of ${count(report.asked, 'paper')} looked up${from}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
  ];
  const rest = [
    report.complete ? `${report.complete} found with nothing to add` : '',
    report.notFilled.length ? `${report.notFilled.length} not filled` : '',
  ].filter(Boolean);
  if (rest.length) sentences.push(`${rest.join('; ')}.`);
  if (report.unasked.length) {
    const verb = report.unasked.length === 1 ? 'has' : 'have';
    sentences.push(
      `${count(report.unasked.length, 'paper')} ${verb} no DOI, arXiv id or year to look it up by.`,
    );
  }
  if (report.problems.length)
    sentences.push(
      `${count(report.problems.length, 'citation count')} in the answers could not be true and ${report.problems.length === 1 ? 'was' : 'were'} left out.`,
    );
  if (report.arxiv === 'blocked') sentences.push(ARXIV_BLOCKED);
  return sentences.join(' ');
}

/** Why a page fills no arXiv categories, and what can. */
export const ARXIV_BLOCKED =
  'arXiv categories were not asked for: arXiv’s API does not let a web page call it; `npm run --silent cli -- enrich FILE --out FILE` can.';
