/**
 * ORCID public API v3 JSON: `/works` (`{group: [{'work-summary': [...]}]}`), `/activities` and
 * `/record` (the same groups, plus the person's name in a record), `/works/{put-codes}` bulk
 * (`{bulk: [{work}]}`) or one full `work`. A group is one work as claimed by several sources
 * (Crossref, Scopus, the person); its summaries are merged into one paper (`orcid-paper.ts`).
 * Summaries carry no contributors, so their papers have no authors.
 */
import { isObject, list, obj, parseJsonText, startRead, str, type Json } from './json-helpers';
import { doiOf, orcidPaper } from './orcid-paper';
import { emptyProfile, todayIso, type ParseOptions, type ParseResult, type Problem } from './paper';
import { undateImplausibleYears } from './plausible-year';
import { collapseSpaces } from './tidy-text';

export const FORMAT_ORCID = 'orcid';

/** True when the text looks like an ORCID API response (used by format detection). */
export function looksLikeOrcid(text: string): boolean {
  const head = text.slice(0, 8000);
  return (
    /^\uFEFF?\s*\{/.test(head) &&
    /"(work-summary|put-code|orcid-identifier|activities-summary|external-id-type)"\s*:/.test(head)
  );
}

/** Parses an ORCID v3 JSON response; never throws. */
export function parseOrcid(text: string, options: ParseOptions): ParseResult {
  return parseJsonText(text, options, FORMAT_ORCID, readResponse);
}

function readResponse(value: unknown, options: ParseOptions): ParseResult {
  const { file, result, problems } = startRead(FORMAT_ORCID, options);
  const doc = obj(value);
  const works = obj(obj(doc['activities-summary']).works);
  const groups: unknown[][] | null = Array.isArray(doc.group)
    ? doc.group.map((g) => list(obj(g)['work-summary']))
    : Array.isArray(works.group)
      ? works.group.map((g) => list(obj(g)['work-summary']))
      : Array.isArray(doc.bulk)
        ? doc.bulk.map((b) => [obj(b).work].filter(Boolean))
        : isObject(doc.title) && 'put-code' in doc
          ? [[doc]]
          : null;
  const name = personName(obj(doc.person ?? (isObject(doc.name) ? { name: doc.name } : {})));
  if (name) result.profile = { ...emptyProfile(options.asOf ?? todayIso()), name };
  if (!groups) {
    if (!name) {
      const message = 'Not an ORCID response: expected works (group / work-summary) or a record.';
      problems.push({ file, record: 1, message, action: 'refused' });
    }
    return result;
  }
  result.records = groups.length;
  for (const work of mergeByDoi(groups, file, problems)) {
    const paper = orcidPaper(work.summaries, file, work.record, problems);
    if (paper) result.papers.push(paper);
  }
  result.papers = undateImplausibleYears(result.papers, options, problems);
  if (result.papers.length > 0 && result.papers.every((p) => p.authors.length === 0)) {
    const message = 'ORCID work summaries list no authors; the papers are kept without them.';
    problems.push({ file, record: 1, message, action: 'noted' });
  }
  return result;
}

/**
 * ORCID groups summaries by shared identifiers, so a summary that lacks the DOI (but links to it)
 * lands in a group of its own. Groups with the same DOI are one work.
 */
function mergeByDoi(groups: unknown[][], file: string, problems: Problem[]) {
  const works: { record: number; summaries: Json[] }[] = [];
  const byDoi = new Map<string, { record: number; summaries: Json[] }>();
  groups.forEach((group, i) => {
    const summaries = group.filter(isObject);
    const doi = doiOf(summaries).toLowerCase();
    const earlier = doi ? byDoi.get(doi) : undefined;
    if (earlier) {
      earlier.summaries.push(...summaries);
      const message = `The same DOI as work ${earlier.record} (${doi}); merged into it.`;
      problems.push({ file, record: i + 1, message, action: 'repaired', code: 'same-paper' });
      return;
    }
    const work = { record: i + 1, summaries };
    works.push(work);
    if (doi) byDoi.set(doi, work);
  });
  return works;
}

function personName(person: Json): string | null {
  const n = obj(person.name);
  const credit = collapseSpaces(str(obj(n['credit-name']).value));
  const full = collapseSpaces(`${str(obj(n['given-names']).value)} ${str(obj(n['family-name']).value)}`);
  return credit || full || null;
}
