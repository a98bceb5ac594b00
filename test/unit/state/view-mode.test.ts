import { describe, expect, it } from 'vitest';
import { currentViewName, EMBED_VIEWS, viewModeFrom } from '../../../src/lib/state/view-mode';

describe('view mode', () => {
  it('embeds a view by its name, and by the name it had before (links made earlier keep working)', () => {
    expect(viewModeFrom('?embed=code-availability', EMBED_VIEWS).mode).toEqual({
      kind: 'embed',
      view: 'code-availability',
    });
    expect(viewModeFrom('?embed=code-share', EMBED_VIEWS).mode).toEqual({
      kind: 'embed',
      view: 'code-availability',
    });
  });

  it('names an unknown view, and reads names that are not views as themselves', () => {
    const { mode, notice } = viewModeFrom('?embed=__proto__', EMBED_VIEWS);
    expect(mode).toEqual({ kind: 'dashboard' });
    expect(notice).toMatch(/^Ignored “embed=__proto__”: the views are timeline, /);
    expect(currentViewName('toString')).toBe('toString');
  });
});
