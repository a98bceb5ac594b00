/**
 * Maps a request URL to the recorded response that answers it, for the unit tests' injected
 * `fetch` and the end-to-end tests' `page.route`. Unknown requests get the service's 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { normaliseTitle } from '../../../src/lib/data/paper';
import { realPath } from '../../helpers/real-fixtures';

export interface Reply {
  status: number;
  body: Buffer | string;
  contentType: string;
  headers?: Record<string, string>;
}

const root = new URL('../../', import.meta.url).pathname;
/** A hand-written recording in `test/fixtures/online/`. */
export const online = (name: string) => `${root}fixtures/online/${name}`;
/** A shared real recording, read in place. */
export const real = realPath;

/** The first six words of a normalised title: how title-search recordings are named. */
export function titleSlug(title: string): string {
  return normaliseTitle(title).split(' ').slice(0, 6).join('-');
}

const JSON_TYPE = 'application/json';
const ATOM_TYPE = 'application/atom+xml; charset=UTF-8';

function file(path: string, contentType: string): Reply | null {
  return existsSync(path) ? { status: 200, body: readFileSync(path), contentType } : null;
}

function openalex(url: URL): Reply | null {
  const p = decodeURIComponent(url.pathname);
  const q = url.searchParams;
  if (p === '/authors')
    return file(online(`openalex-authors-search-${titleSlug(q.get('search') ?? '')}.json`), JSON_TYPE);
  if (p.startsWith('/authors/'))
    return file(online(`openalex-author-${p.slice(9).replace(':', '-')}.json`), JSON_TYPE);
  if (p.startsWith('/works/doi:')) {
    return file(online(`openalex-work-doi-${p.slice(11).toLowerCase().replace(/\//g, '-')}.json`), JSON_TYPE);
  }
  const filter = q.get('filter') ?? '';
  // Fill in asks for more fields than the completer: its answers are recorded apart.
  const fill = (q.get('select') ?? '').includes('counts_by_year') ? 'fill-' : '';
  if (p === '/works' && filter.startsWith('doi:')) {
    const dois = filter.slice(4).split('|');
    return file(
      online(`openalex-works-fill-doi-${dois[0].replace(/\//g, '-')}-${dois.length}.json`),
      JSON_TYPE,
    );
  }
  const author = /authorships\.author\.id:(A\d+)/.exec(filter)?.[1];
  if (p === '/works' && author) {
    const page = q.get('cursor') === '*' ? 1 : 2;
    return file(online(`openalex-works-author-${author}-page-${page}.json`), JSON_TYPE);
  }
  const title = /title\.search:([^,]*)/.exec(filter)?.[1];
  if (p === '/works' && title)
    return file(online(`openalex-works-${fill}title-${titleSlug(title)}.json`), JSON_TYPE);
  return null;
}

function arxiv(url: URL): Reply | null {
  const ids = url.searchParams.get('id_list');
  if (ids) return file(online(`arxiv-atom-id-list-${ids.split(',').join('-')}.xml`), ATOM_TYPE);
  const query = url.searchParams.get('search_query') ?? '';
  const name = /^au:"(.+)"$/.exec(query)?.[1];
  return name ? file(online(`arxiv-atom-au-${titleSlug(name)}.xml`), ATOM_TYPE) : null;
}

function orcid(url: URL): Reply | null {
  const [, , id, what] = url.pathname.split('/');
  if (id === '0000-0003-1444-9135' && what === 'works')
    return file(real('orcid_v3_works_0000-0003-1444-9135.json'), JSON_TYPE);
  return file(online(`orcid-v3-${what}-${id}.json`), JSON_TYPE);
}

/** The recorded answer to a request URL; a 404 in the service's own style when none is recorded. */
export function recordedReply(href: string): Reply {
  const url = new URL(href);
  const reply =
    url.hostname === 'api.openalex.org'
      ? openalex(url)
      : url.hostname === 'export.arxiv.org'
        ? arxiv(url)
        : url.hostname === 'pub.orcid.org'
          ? orcid(url)
          : null;
  if (reply) return reply;
  const body = JSON.stringify({ error: 'Not found', message: `No recorded response for ${url.pathname}` });
  return { status: 404, body, contentType: JSON_TYPE };
}
