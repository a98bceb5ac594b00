/** What the pointer or focus is on right now: linked highlighting only, never filtering, never in the URL. */

/** The paper under the pointer, with what other views highlight of it. */
export interface HoveredPaper {
  id: string;
  year: number | null;
  categories: readonly string[];
  /** Person ids. */
  people: readonly string[];
}

export interface Hover {
  paper: HoveredPaper | null;
  /** A person id. */
  person: string | null;
}

export const hover: Hover = $state({ paper: null, person: null });
