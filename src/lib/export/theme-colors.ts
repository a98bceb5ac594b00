/**
 * The page's CSS variables as concrete colours per theme, so an exported chart looks like the
 * page without a stylesheet. Kept in step with `src/app.css` by a unit test.
 */

/** The page's colour theme; exports write out its colours. */
export type Theme = 'light' | 'dark';

export type ThemeColors = Readonly<Record<string, string>>;

/** The same stack as `--font` in app.css: each viewer uses its own system UI font. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export const THEME_COLORS: Readonly<Record<Theme, ThemeColors>> = {
  light: {
    '--bg': '#f6f7f9',
    '--panel': '#ffffff',
    '--text': '#1b1f24',
    '--muted': '#59636e',
    '--border': '#d8dee4',
    '--accent': '#0b5394',
    '--accent-text': '#ffffff',
    '--chip': '#e8eef6',
    '--ghost': '#d5dbe2',
    '--focus': '#b35c00',
    '--danger': '#a4262c',
  },
  dark: {
    '--bg': '#0f1216',
    '--panel': '#171b21',
    '--text': '#e6e9ed',
    '--muted': '#a4adb8',
    '--border': '#2f3640',
    '--accent': '#7fb3ea',
    '--accent-text': '#0b1320',
    '--chip': '#223041',
    '--ghost': '#39424d',
    '--focus': '#ffb86b',
    '--danger': '#ff8a8a',
  },
};

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g;

/**
 * A paint or colour value with `var(--x)` and `currentColor` replaced by the theme's colour.
 * An unknown variable falls back to its default when it has one, else to the text colour, so
 * nothing is left that only the page's stylesheet could resolve.
 */
export function resolveColor(value: string, theme: Theme): string {
  const colors = THEME_COLORS[theme];
  return value
    .replace(
      VAR,
      (_, name: string, fallback?: string) => colors[name] ?? fallback?.trim() ?? colors['--text'],
    )
    .replace(/\bcurrentColor\b/gi, colors['--text']);
}

/** Font families the page writes as `inherit` or Plot's default become the system stack. */
export function resolveFontFamily(value: string): string {
  const v = value.trim();
  return v === 'inherit' || v === 'system-ui, sans-serif' || v.startsWith('var(') ? FONT_STACK : v;
}
