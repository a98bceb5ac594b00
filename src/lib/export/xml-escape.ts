/**
 * Escaping for everything this app writes as XML (SVG, GEXF): data is only ever text, never
 * markup, so every string from a paper goes through here on its way out.
 */

/** Characters XML 1.0 forbids outright (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text safe inside an element or a quoted attribute: the five XML specials become entities and
 * characters XML cannot carry at all are dropped (a parser would reject the whole file for one).
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** ` name="value"` pairs, escaped, skipping null and undefined values. */
export function xmlAttributes(attrs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** One element with escaped attributes and text content (or self-closing when `text` is absent). */
export function xmlElement(
  name: string,
  attrs: Record<string, string | number | null | undefined>,
  text?: string,
): string {
  const open = `<${name}${xmlAttributes(attrs)}`;
  return text === undefined ? `${open}/>` : `${open}>${escapeXml(text)}</${name}>`;
}

/** Rounds coordinates so exports stay small and identical across runs. */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
