/**
 * People ids for collections too large for `mergePeople`: each written name is keyed by its exact
 * normalised form (`parsePersonName(..).key`, the key name merging starts from), so "Jane Doe" and
 * "Doe, Jane" are one person but "J. Doe" stays apart. Ids have the PeopleIndex format, so a
 * person whom merging would not join has the same id either way.
 */
import { parsePersonName } from './person-name';

/** Same rule as name merging: these are not people. */
const ET_AL = /^(?:et\.? al\.?|and others|others)$/i;

export interface ExactPeopleResolver {
  /** Person codes (first-seen order) of one author list, in order, without duplicates. */
  codesOf(authors: readonly string[]): number[];
  /** Person ids of one author list, in order, without duplicates. */
  idsOf(authors: readonly string[]): string[];
  /** Id and display name (its first written form) of each code. */
  readonly ids: readonly string[];
  readonly names: readonly string[];
}

/** A resolver that parses each distinct written form once. */
export function exactPeopleResolver(): ExactPeopleResolver {
  // Written form → person code, -1 for forms that name nobody ("et al.").
  const codeOfForm = new Map<string, number>();
  const codeOfId = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  const codeOf = (raw: string): number => {
    let code = codeOfForm.get(raw);
    if (code !== undefined) return code;
    const form = raw.replace(/\s+/g, ' ').trim();
    const name = ET_AL.test(form) ? null : parsePersonName(form);
    code = name ? codeOfId.get(name.key) : -1;
    if (name && code === undefined) {
      code = ids.length;
      codeOfId.set(name.key, code);
      ids.push(name.key);
      names.push(name.display);
    }
    codeOfForm.set(raw, code!);
    return code!;
  };
  const codesOf = (authors: readonly string[]): number[] => {
    const codes: number[] = [];
    for (let i = 0; i < authors.length; i++) {
      const code = codeOf(authors[i]);
      if (code >= 0 && !codes.includes(code)) codes.push(code);
    }
    return codes;
  };
  return { codesOf, idsOf: (authors) => codesOf(authors).map((c) => ids[c]), ids, names };
}
