/** Links built from data: only http(s) URLs pass, so a `javascript:` or `data:` URL in a file never becomes a link. */
export function safeHttpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The best link for a paper: its arXiv page, its DOI, or its own http(s) URL. */
export function paperHref(links: { arxiv?: string; doi?: string; url?: string }): string | null {
  if (links.arxiv) return `https://arxiv.org/abs/${encodeURI(links.arxiv)}`;
  if (links.doi) return `https://doi.org/${encodeURI(links.doi)}`;
  return safeHttpUrl(links.url);
}
