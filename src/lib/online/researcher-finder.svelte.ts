/**
 * The "find a researcher" flow as state: text → candidates → one picked → works loading with
 * progress → the result handed to the importer. Each step sends only when the user acts, and
 * Cancel aborts the request in flight. Failures leave the current collection as it was.
 */
import { todayIso } from '../data/paper';
import type { Importer } from '../collection/importer.svelte';
import { browserHttp } from './browser-http';
import { findCandidates } from './find-candidates';
import type { AuthorCandidate } from './openalex-search';
import { fetchAuthorWorks, type WorksProgress } from './openalex-works';
import { readResearcherInput } from './researcher-input';

export type FinderPhase = 'idle' | 'searching' | 'candidates' | 'loading';

export class ResearcherFinder {
  phase = $state<FinderPhase>('idle');
  candidates = $state<AuthorCandidate[]>([]);
  progress = $state<WorksProgress | null>(null);
  /** Who is being loaded, for the progress label. */
  loading = $state<AuthorCandidate | null>(null);
  error = $state<string | null>(null);
  done = $state<string | null>(null);
  #controller: AbortController | null = null;

  constructor(private readonly importer: Importer) {}

  /** Searches for a name, or looks up an id and loads that person's works at once; true when loaded. */
  async find(text: string, mailto: string): Promise<boolean> {
    const input = readResearcherInput(text);
    if (input.kind === 'empty' || this.phase === 'searching' || this.phase === 'loading') return false;
    this.#start('searching');
    const got = await findCandidates(browserHttp(), input, this.#options(mailto));
    if (!got.ok) return this.#fail(got.error.message);
    this.candidates = got.value;
    this.phase = 'candidates';
    if (got.value.length === 0) this.error = `OpenAlex found nobody called “${text.trim()}”.`;
    return input.kind !== 'name' && got.value.length > 0 ? this.load(got.value[0], mailto) : false;
  }

  /** Loads every work of the picked author into the dashboard. */
  async load(candidate: AuthorCandidate, mailto: string): Promise<boolean> {
    if (this.phase === 'loading') return false;
    this.#start('loading');
    this.loading = candidate;
    this.progress = { fetched: 0, total: candidate.worksCount, page: 0 };
    const got = await fetchAuthorWorks(browserHttp(), candidate.id, {
      ...this.#options(mailto),
      profile: candidate.profile,
      onProgress: (p) => (this.progress = p),
    });
    if (!got.ok) return this.#fail(got.error.message, 'candidates');
    const source = `OpenAlex: ${candidate.name} (${candidate.id})`;
    if (!(await this.importer.applyResult(got.value, source))) {
      return this.#fail(`OpenAlex lists no works for ${candidate.name}.`, 'candidates');
    }
    const when = got.fromCache ? ` (kept from ${got.fetchedAt.slice(0, 10)}; nothing was sent)` : '';
    this.done = `Loaded ${got.value.papers.length} works of ${candidate.name} from OpenAlex${when}.`;
    this.phase = 'idle';
    this.candidates = [];
    return true;
  }

  cancel(): void {
    this.#controller?.abort();
  }

  #start(phase: FinderPhase): void {
    this.#controller?.abort();
    this.#controller = new AbortController();
    this.phase = phase;
    this.error = null;
    this.done = null;
  }

  #options(mailto: string) {
    return { asOf: todayIso(), mailto, signal: this.#controller?.signal };
  }

  #fail(message: string, phase: FinderPhase = 'idle'): false {
    this.error = `${message} Your current data is unchanged.`;
    this.phase = phase;
    this.progress = null;
    return false;
  }
}
