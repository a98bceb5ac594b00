/**
 * Serialises a drawn SVG (Plot's output, the network drawing) into markup that stands alone:
 * style declarations become presentation attributes, CSS variables and `currentColor` become
 * the theme's colours, and anything that could reach outside the file or run (scripts, event
 * handlers, foreign objects, external links and `url(…)`s) is dropped. Text is always escaped.
 */
import type { Theme } from './theme-colors';
import { resolveColor, resolveFontFamily } from './theme-colors';
import { escapeXml } from './xml-escape';

/** CSS properties that SVG also accepts as attributes; others (background, max-width…) are page layout. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
]);

const DROPPED_ELEMENTS = new Set(['script', 'style', 'foreignObject', 'iframe', 'audio', 'video']);
const DROPPED_ATTRIBUTES = new Set(['class', 'style', 'tabindex', 'role', 'aria-pressed', 'contenteditable']);
const SAFE_NAME = /^[A-Za-z_][\w.:-]*$/;

/** The root's drawing attributes (fill, fonts) and its children as markup, for wrapping in a `<g>`. */
export function serializeSvgContent(svg: Element, theme: Theme): { attributes: string; content: string } {
  const attrs = cleanAttributes(svg, theme);
  const keep = [...attrs].filter(([name]) => PRESENTATION.has(name));
  return {
    attributes: keep.map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join(''),
    content: [...svg.childNodes].map((n) => serializeNode(n, theme)).join(''),
  };
}

function serializeNode(node: Node, theme: Theme): string {
  if (node.nodeType === 3) return escapeXml(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName;
  if (DROPPED_ELEMENTS.has(tag) || !SAFE_NAME.test(tag)) return '';
  // A link's drawing stays, the link goes: nothing in an export navigates anywhere.
  if (tag === 'a') return [...el.childNodes].map((n) => serializeNode(n, theme)).join('');
  if (tag === 'image' && !/^data:image\/(png|jpeg|gif|webp);/.test(hrefOf(el))) return '';
  const attrs = [...cleanAttributes(el, theme)].map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join('');
  const children = [...el.childNodes].map((n) => serializeNode(n, theme)).join('');
  return children ? `<${tag}${attrs}>${children}</${tag}>` : `<${tag}${attrs}/>`;
}

function hrefOf(el: Element): string {
  return el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
}

/** Attributes kept, with `style` declarations merged in (they win, as in CSS) and colours resolved. */
function cleanAttributes(el: Element, theme: Theme): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, raw: string) => {
    const value = name === 'font-family' ? resolveFontFamily(raw) : resolveColor(raw, theme);
    // Only same-file references (`url(#clip)`) survive; any other url( could fetch.
    if (/url\(/i.test(value) && !/^url\(\s*['"]?#[\w-]+['"]?\s*\)$/i.test(value.trim())) return;
    out.set(name, value);
  };
  for (const attr of el.attributes) {
    const name = attr.name;
    if (!SAFE_NAME.test(name) || DROPPED_ATTRIBUTES.has(name) || /^on/i.test(name)) continue;
    if (name.startsWith('data-') || name === 'xmlns' || name.startsWith('xmlns:')) continue;
    if ((name === 'href' || name === 'xlink:href') && !attr.value.startsWith('#')) {
      if (!(el.tagName === 'image' && attr.value.startsWith('data:image/'))) continue;
    }
    add(name, attr.value);
  }
  for (const [name, value] of styleDeclarations(el.getAttribute('style') ?? '')) {
    if (PRESENTATION.has(name)) add(name, value);
  }
  return out;
}

/** `a: b; c: d` → [[a, b], [c, d]]; declarations with `!important` or nested parentheses kept whole. */
function styleDeclarations(style: string): [string, string][] {
  return style
    .split(/;(?![^(]*\))/)
    .map((d) => d.trim())
    .filter(Boolean)
    .flatMap((d) => {
      const i = d.indexOf(':');
      if (i <= 0) return [];
      return [
        [
          d.slice(0, i).trim().toLowerCase(),
          d
            .slice(i + 1)
            .replace(/!important/i, '')
            .trim(),
        ],
      ];
    });
}
