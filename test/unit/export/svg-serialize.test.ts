import { describe, expect, it } from 'vitest';
import { serializeSvgContent } from '../../../src/lib/export/svg-serialize';
import { FONT_STACK, resolveColor } from '../../../src/lib/export/theme-colors';
import { escapeXml } from '../../../src/lib/export/xml-escape';
import { document, parseXml } from './fixtures';

function svgOf(markup: string): Element {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" fill="currentColor" style="font-family: inherit; background: white; font-size: 14px">${markup}</svg>`;
  return host.firstElementChild!;
}

describe('serializeSvgContent', () => {
  it('moves style declarations to attributes and resolves variables and currentColor', () => {
    const { attributes, content } = serializeSvgContent(
      svgOf('<rect class="x" style="fill: var(--ghost); stroke: currentColor; cursor: pointer" width="2"/>'),
      'light',
    );
    expect(attributes).toBe(` fill="#1b1f24" font-family="${escapeXml(FONT_STACK)}" font-size="14px"`);
    expect(content).toBe('<rect width="2" fill="#d5dbe2" stroke="#1b1f24"/>');
  });

  it('drops scripts, handlers, foreign objects, styles and anything pointing outside', () => {
    const { content } = serializeSvgContent(
      svgOf(
        '<style>.a{fill:red}</style><script>alert(1)</script><foreignObject><div>x</div></foreignObject>' +
          '<g onclick="alert(1)" clip-path="url(#c)"><use href="https://evil.example/x.svg#a"/>' +
          '<rect fill="url(https://evil.example/p)" mask="url(#m)"/></g>' +
          '<image href="http://evil.example/i.png"/><a href="javascript:alert(1)"><text>kept</text></a>',
      ),
      'dark',
    );
    expect(content).toBe('<g clip-path="url(#c)"><use/><rect mask="url(#m)"/></g><text>kept</text>');
  });

  it('escapes text', () => {
    const svg = svgOf('<text></text>');
    svg.querySelector('text')!.textContent = '<script>alert(1)</script> & "q"';
    expect(serializeSvgContent(svg, 'light').content).toBe(
      '<text>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</text>',
    );
  });
});

describe('resolveColor', () => {
  it('uses fallbacks for unknown variables and the text colour otherwise', () => {
    expect(resolveColor('var(--nope, #123456)', 'light')).toBe('#123456');
    expect(resolveColor('var(--nope)', 'dark')).toBe('#e6e9ed');
  });
});

describe('parseXml (the test helper)', () => {
  it('rejects malformed XML, so the export tests mean something', () => {
    expect(() => parseXml('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow(/well-formed/);
  });
});
