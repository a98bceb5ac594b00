import { describe, expect, it } from 'vitest';
import { paperHref, safeHttpUrl } from '../../../src/lib/data/safe-url';

describe('links from data', () => {
  it('lets only http(s) URLs through', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil',
      'not a url',
      '',
    ]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });

  it('prefers the arXiv page, then the DOI, and escapes them', () => {
    expect(paperHref({ arxiv: '2101.00001', doi: '10.1/x', url: 'https://x' })).toBe(
      'https://arxiv.org/abs/2101.00001',
    );
    expect(paperHref({ doi: '10.1/a b"c' })).toBe('https://doi.org/10.1/a%20b%22c');
    expect(paperHref({ url: 'javascript:alert(1)' })).toBeNull();
  });
});
