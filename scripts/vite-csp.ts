/**
 * Adds a strict Content-Security-Policy <meta> to the built page (not the dev server, whose hot
 * reload needs inline scripts). Scripts only from the page's own origin; styles may be inline
 * (Svelte and Plot set style attributes); requests to the page's origin and to https URLs the user
 * names (data=, online sources); workers from the origin or blobs.
 *
 * The single-file build has its script inline, so its policy allows exactly that script by its
 * SHA-256 hash (still no 'unsafe-inline', no 'unsafe-eval').
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CSP = DIRECTIVES.join('; ');

const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** The policy for a page whose inline scripts are `scripts`: each allowed by its hash. */
export function inlinePolicy(scripts: readonly string[]): string {
  const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  return DIRECTIVES.map((d) =>
    d.startsWith('script-src') ? `script-src 'self' ${hashes.join(' ')}` : d,
  ).join('; ');
}

export function cspPlugin(options: { single?: boolean } = {}): Plugin {
  if (!options.single) {
    return {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html) =>
          html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta(CSP)}`),
      },
    };
  }
  return {
    name: 'content-security-policy-single-file',
    apply: 'build',
    enforce: 'post',
    // Runs after the single-file plugin has inlined the scripts into index.html.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const [name, asset] of Object.entries(bundle)) {
          // The parse worker's own chunks: a page opened from file:// cannot start them anyway (the app
          // then parses in the page), so the offline build is the HTML file alone.
          if (!name.endsWith('.html')) {
            delete bundle[name];
            continue;
          }
          if (asset.type !== 'asset') continue;
          // No favicon file beside the offline page: an empty data: icon avoids a failed request.
          const html = String(asset.source).replace(
            /<link rel="icon"[^>]*>/,
            '<link rel="icon" href="data:," />',
          );
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1])
            .filter(Boolean);
          asset.source = html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    ${meta(inlinePolicy(scripts))}`,
          );
        }
      },
    },
  };
}
