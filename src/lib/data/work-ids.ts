/**
 * What makes two records the same work: a shared DOI, a shared arXiv id (any version), or the same
 * normalised title and year — and never two different DOIs or two different arXiv ids. Only this
 * file knows how identifiers are compared.
 */
import { normaliseTitle, type Paper } from './paper';

/** A record's identifiers as compared: lower case, without resolver prefixes or arXiv versions. */
export interface WorkIds {
  doi?: string;
  arxiv?: string;
  /** `normalised title|year`, when the record has a title. */
  title?: string;
}

/** The rule by which two records were found to be one work, strongest first. */
export type MergeRule = 'doi' | 'arxiv' | 'title';

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
/** arXiv's own DOIs (DataCite) name an arXiv id, not a separate work. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/;

const arxivOf = (id: string) =>
  id
    .trim()
    .toLowerCase()
    .replace(/^arxiv:/, '')
    .replace(/v\d+$/, '');

/** `title`: false leaves the title out (see `titlesCanMerge`); add it later with `titleKey`. */
export function workIds(p: Paper, { title = true } = {}): WorkIds {
  const ids: WorkIds = {};
  let doi = p.links.doi?.trim().replace(DOI_PREFIX, '').toLowerCase();
  if (p.links.arxiv) ids.arxiv = arxivOf(p.links.arxiv);
  const viaDoi = doi ? ARXIV_DOI.exec(doi) : null;
  if (viaDoi) {
    ids.arxiv ??= arxivOf(viaDoi[1]);
    doi = undefined;
  }
  if (doi) ids.doi = doi;
  if (title) {
    const key = titleKey(p);
    if (key) ids.title = key;
  }
  return ids;
}

/** `normalised title|year`, or undefined for a record without a title. */
export function titleKey(p: Paper): string | undefined {
  const title = normaliseTitle(p.title);
  return title ? `${title}|${p.year ?? ''}` : undefined;
}

/**
 * False when every record has an arXiv id, or every record a DOI (a snapshot of arXiv or of
 * OpenAlex): two such records that a title joins either share that identifier already or differ
 * in it, which keeps them apart — so the titles, a million normalised and hashed at 10^6 papers,
 * can merge nothing there.
 */
export function titlesCanMerge(ids: readonly WorkIds[]): boolean {
  return !(ids.every((r) => r.arxiv) || ids.every((r) => r.doi));
}

/** True when the two cannot be one work: both have a DOI and they differ, or both an arXiv id. */
export function conflicting(a: Omit<WorkIds, 'title'>, b: Omit<WorkIds, 'title'>): boolean {
  return Boolean((a.doi && b.doi && a.doi !== b.doi) || (a.arxiv && b.arxiv && a.arxiv !== b.arxiv));
}

/** The strongest rule by which `a` and `b` are one work, or null (checks for conflicts too). */
export function sameWorkRule(a: WorkIds, b: WorkIds): MergeRule | null {
  if (conflicting(a, b)) return null;
  if (a.doi && a.doi === b.doi) return 'doi';
  if (a.arxiv && a.arxiv === b.arxiv) return 'arxiv';
  if (a.title && a.title === b.title) return 'title';
  return null;
}

/** "same DOI 10.1/x", "same arXiv id 2101.00001", "same title, same year 2014, and no DOI or arXiv id that differs". */
export function describeRule(rule: MergeRule, ids: WorkIds): string {
  if (rule === 'doi') return `same DOI ${ids.doi}`;
  if (rule === 'arxiv') return `same arXiv id ${ids.arxiv}`;
  const year = ids.title?.split('|').at(-1);
  return `same title, ${year ? `same year ${year}` : 'both undated'}, and no DOI or arXiv id that differs`;
}
