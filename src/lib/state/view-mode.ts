/**
 * How the page is shown: the dashboard, one view alone for embedding (`embed=timeline`), or the
 * presentation (`present=1&slide=N`). Read from the URL; never throws.
 */
/** Views that can be embedded alone (`embed=`), in dashboard order. */
export const EMBED_VIEWS = [
  'timeline',
  'categories',
  'network',
  'papers',
  'terms',
  'category-trends',
  'collaboration',
  'code-availability',
  'citations',
] as const;

/** The presentation's slides, in order. */
export const SLIDE_VIEWS = [
  'summary',
  'timeline',
  'categories',
  'network',
  'terms',
  'category-trends',
  'collaboration',
  'code-availability',
  'citations',
  'highlights',
] as const;

/** Views renamed since links and scripts were written: the old name still reaches the view. */
const RENAMED_VIEWS: Readonly<Record<string, string>> = { 'code-share': 'code-availability' };

/** A view's name as it is now, given a name it may have had before. */
export function currentViewName(name: string): string {
  return Object.hasOwn(RENAMED_VIEWS, name) ? RENAMED_VIEWS[name] : name;
}

export type ViewMode =
  { kind: 'dashboard' } | { kind: 'embed'; view: string } | { kind: 'present'; slide: number };

export function viewModeFrom(search: string, views: readonly string[]): { mode: ViewMode; notice?: string } {
  const params = new URLSearchParams(search);
  const asked = params.get('embed');
  const embed = asked === null ? null : currentViewName(asked);
  if (embed !== null) {
    if (views.includes(embed)) return { mode: { kind: 'embed', view: embed } };
    return {
      mode: { kind: 'dashboard' },
      notice: `Ignored “embed=${embed}”: the views are ${views.join(', ')}.`,
    };
  }
  const present = params.get('present');
  if (present === '1' || present === 'true') {
    const n = Number(params.get('slide') ?? '1');
    return { mode: { kind: 'present', slide: Number.isInteger(n) && n >= 1 ? n : 1 } };
  }
  return { mode: { kind: 'dashboard' } };
}

/** The current address with `present`/`slide` set or removed, other parameters kept. */
export function presentationUrl(href: string, slide: number | null): string {
  const url = new URL(href);
  if (slide === null) {
    url.searchParams.delete('present');
    url.searchParams.delete('slide');
  } else {
    url.searchParams.set('present', '1');
    url.searchParams.set('slide', String(slide));
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** An <iframe> snippet that embeds one view with the current filters and theme. */
export function embedSnippet(href: string, view: string, title: string): string {
  const url = new URL(href);
  for (const k of ['present', 'slide', 'embed']) url.searchParams.delete(k);
  url.searchParams.set('embed', view);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url.href)}" title="${escape(title)}" width="800" height="450" style="border:0" loading="lazy"></iframe>`;
}
