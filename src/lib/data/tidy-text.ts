/** Small text clean-ups shared by the parsers: whitespace for fields, short quotes for messages. */

/**
 * Whitespace runs to one space, trimmed. Like `replace(/\s+/g, ' ')`, but single spaces, by far
 * the most common whitespace in abstracts, are not matched, so most of a text is never replaced.
 */
export function collapseSpaces(s: string): string {
  return s.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

/** At most 60 characters, for quoting a title or a line in a problem message. */
export function clipText(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
