/**
 * `?data=URL`: a file to load at start. Same-origin paths load as they are; another origin loads
 * only when the user named it in the URL themselves (the browser then needs CORS from that server).
 * Only http(s) is accepted, so no javascript: or file: URL is ever fetched.
 */
export type DataUrl = { ok: true; url: string | null } | { ok: false; message: string };

export function dataUrlFrom(search: string, base: string): DataUrl {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null || raw.trim() === '') return { ok: true, url: null };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, message: `Ignored “data=${raw}”: not a URL.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `Ignored “data=${raw}”: only http and https addresses can be loaded.` };
  }
  return { ok: true, url: url.href };
}
