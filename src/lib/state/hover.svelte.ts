/** What the pointer or focus is on right now: linked highlighting only, never filtering, never in the URL. */
export interface Hover {
  paper: string | null;
  person: string | null;
}

export const hover: Hover = $state({ paper: null, person: null });
