/**
 * Clauses read from the URL or the command line name people and terms as the user wrote them; the
 * source resolves each (or not), and the clause holds each one found once.
 */

/**
 * The clause of what the source found for the texts written (`found[i]` for `texts[i]`, as its
 * key and name), each once; a text it did not find is ignored with the notice `missing` writes.
 */
export function clauseOfFound<T, C>(
  texts: readonly string[],
  found: readonly (T | null)[],
  keyName: (item: T) => [key: string, name: string],
  make: (keys: string[], names: string[]) => C,
  missing: (text: string) => string,
  notices: string[],
): C | null {
  const keys: string[] = [];
  const names: string[] = [];
  texts.forEach((text, i) => {
    const item = found[i];
    if (item === null) return void notices.push(missing(text));
    const [key, name] = keyName(item);
    if (keys.includes(key)) return;
    keys.push(key);
    names.push(name);
  });
  return keys.length ? make(keys, names) : null;
}
