/**
 * Titles and abstracts with inline formatting, as CSL-JSON and Crossref write them, to plain text.
 * Only the tags that are formatting go: CSL's rich-text tags (`<i>`, `<b>`, `<sup>`, `<sub>`,
 * `<span style="font-variant:small-caps;">`, `<span class="nocase">`), Crossref's `<scp>` and
 * namespaced JATS and MathML tags (`<jats:p>`, `<mml:mi>`). Any other angle-bracket text is the
 * title's own text and stays: a paper may well be titled `<img src=x onerror=alert(1)>`.
 */

const SIMPLE = /^<\/?(?:i|b|sup|sub|sc|scp)\s*>$/i;
const NAMESPACED = /^<\/?(?:jats|mml):[\w.-]+(?:\s[^<>]*)?\/?>$/i;
const BLOCK = /^<\/?jats:(?:p|title|sec|list|list-item|break)\b/i;
const CSL_SPAN =
  /^<span\s+(?:style\s*=\s*"\s*font-variant\s*:\s*small-caps\s*;?\s*"|class\s*=\s*"nocase")\s*>$/i;

/** The text without its formatting tags, entities `&lt; &gt; &amp;` decoded, spaces collapsed. */
export function plainRichText(text: string): string {
  let openSpans = 0;
  // `[^<>]`, not `[^>]`: a run of unclosed "<" must not be rescanned from each one.
  const stripped = text.replace(/<[^<>]*>/g, (tag) => {
    // Inline tags go without a trace ("H<sub>2</sub>O" is "H2O"); block tags part words.
    if (SIMPLE.test(tag)) return '';
    if (NAMESPACED.test(tag)) return BLOCK.test(tag) ? ' ' : '';
    if (CSL_SPAN.test(tag)) {
      openSpans++;
      return '';
    }
    if (/^<\/span\s*>$/i.test(tag) && openSpans > 0) {
      openSpans--;
      return '';
    }
    return tag;
  });
  return stripped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
