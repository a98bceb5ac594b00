/** Small text clean-ups shared by the parsers: whitespace for fields, short quotes for messages. */

/**
 * Whitespace runs to one space, trimmed. Like `replace(/\s+/g, ' ')`, but single spaces are not
 * matched, which is several times faster on abstracts.
 */
export function collapseSpaces(s: string): string {
  return s.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

/** At most 60 characters, for quoting a title or a line in a problem message. */
export function clipText(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
