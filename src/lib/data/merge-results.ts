/**
 * Several parsed files become one collection: records of one work (a shared DOI, a shared arXiv
 * id, or the same title and year without a conflicting identifier; see `work-ids.ts`) merge into
 * one paper, and each merge is reported with the rule that made it. Paper ids come out unique.
 */
import { groupWorks } from './group-works';
import type { Paper, ParseResult, Problem, Profile } from './paper';
import { combinePapers, uniqueIds } from './combine-papers';
import { describeRule, sameWorkRule, titleKey, titlesCanMerge, workIds, type WorkIds } from './work-ids';

export interface MergedCollection {
  papers: Paper[];
  problems: Problem[];
  /** The one profile among the inputs, when exactly one names an owner. */
  profile: Profile | null;
}

/** Says where the metrics of a profile read from each format come from. */
const PROFILE_SOURCES: Record<string, string> = {
  'profile-text': 'Profile page',
  openalex: 'OpenAlex author profile',
  'semantic-scholar': 'Semantic Scholar author profile',
  orcid: 'ORCID record',
};

function where(p: Paper): string {
  const s = p.source;
  return `${s.file}${s.line !== undefined ? `, line ${s.line}` : s.record !== undefined ? `, record ${s.record}` : ''}`;
}

/** The papers of every result as one list of works, with a note for each record merged away. */
export function mergePapers(all: readonly Paper[]): { papers: Paper[]; notes: Problem[] } {
  const ids = all.map((p) => workIds(p, { title: false }));
  if (titlesCanMerge(ids))
    ids.forEach((r, i) => {
      const title = titleKey(all[i]);
      if (title) r.title = title;
    });
  const notes: { at: number; note: Problem }[] = [];
  const works = groupWorks(ids).map((members) => {
    if (members.length === 1) return all[members[0]];
    for (const m of members.slice(1)) notes.push({ at: m, note: mergeNote(all, ids, members, m) });
    return members.map((i) => all[i]).reduce(combinePapers);
  });
  // Notes in the order of the records they are about.
  return { papers: uniqueIds(works), notes: notes.sort((a, b) => a.at - b.at).map((n) => n.note) };
}

/** The note for record `m`: the first other record it is the same work as, and by which rule. */
function mergeNote(all: readonly Paper[], ids: readonly WorkIds[], members: number[], m: number): Problem {
  let best: { rule: 'doi' | 'arxiv' | 'title'; j: number } | null = null;
  const strength = { doi: 0, arxiv: 1, title: 2 };
  for (const j of members) {
    const rule = j === m ? null : sameWorkRule(ids[m], ids[j]);
    if (rule && (!best || strength[rule] < strength[best.rule])) best = { rule, j };
    if (best?.rule === 'doi') break;
  }
  const p = all[m];
  // Every member of a work shares a key with another member; the fallback is never reached.
  const partner = best ? all[best.j] : all[members[0]];
  const why = best ? ` (${describeRule(best.rule, ids[m])})` : '';
  return {
    file: p.source.file,
    line: p.source.line,
    record: p.source.record,
    message: `“${p.title.slice(0, 80)}” is the same paper as ${where(partner)}${why}; merged into one.`,
    action: 'repaired',
    code: 'same-paper',
  };
}

export function mergeResults(results: readonly ParseResult[]): MergedCollection {
  const { papers, notes } = mergePapers(results.flatMap((r) => r.papers));
  const problems: Problem[] = [...results.flatMap((r) => r.problems), ...notes];
  const sourced = results.flatMap((r): Profile[] => {
    const source = r.profile?.source ?? PROFILE_SOURCES[r.format];
    return r.profile ? [source ? { ...r.profile, source } : r.profile] : [];
  });
  const named = sourced.filter((p) => Boolean(p.name));
  const profile = named.length === 1 ? named[0] : (sourced[0] ?? null);
  return { papers, problems, profile: profile && (named.length <= 1 ? profile : { ...profile, name: null }) };
}
