/**
 * A source whose answers come from a server (`npm run serve`): each question is posted to its API
 * as JSON and the answer comes back as JSON, unchanged. Slow or failed requests are retried with
 * backoff (a busy or restarting server), then rejected with a message a person can read; the page
 * keeps what it shows and says what failed. For kinds one view asks at a time (its list, its
 * graph, its terms), a newer question replaces the older one: the older request is aborted and its
 * promise never settles, as the page source's terms do.
 *
 * The page finds the API in `<meta name="research-trends-api" content="/api/">`, which the server
 * adds to index.html; `apiFromPage` (api-meta.ts) reads it.
 */
import type { AnswerTo, CollectionInfo, DataSource, Question, QuestionKind } from '../questions';
import { NEWEST_WINS, slotOf } from '../newest-wins';

export interface RemoteOptions {
  /** The API's base URL, ending in `/` (e.g. `/api/`). */
  base: string;
  /** Sent as `Authorization: Bearer …` when the server needs it. */
  token?: string | null;
  /** How long one request may take before it counts as failed. */
  timeoutMs?: number;
  /** Tries after the first, with waits of `backoffMs`, twice that, four times… */
  retries?: number;
  backoffMs?: number;
  /** Kinds where a newer question replaces an older one still in flight. */
  newestWins?: readonly QuestionKind[];
  fetch?: typeof fetch;
  /** Told the message of a question that failed after its retries, and null when one is answered again. */
  onHealth?: (failure: string | null) => void;
}

/**
 * The API token of a server bound beyond loopback, given once in the address's fragment
 * (`#token=…`, which browsers never send to servers nor log) and kept for the tab's session.
 */
export function tokenFromPage(): string | null {
  const given = new URLSearchParams(location.hash.slice(1)).get('token');
  if (given) {
    sessionStorage.setItem('research-trends-token', given);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('research-trends-token');
}

/** Opens the source: asks the server for its collection's facts first. */
export async function openRemoteSource(options: RemoteOptions): Promise<RemoteSource> {
  const info = await request<CollectionInfo>(options, 'info', null, new AbortController().signal);
  return new RemoteSource(info, options);
}

export class RemoteSource implements DataSource {
  readonly info: CollectionInfo;
  readonly #o: RemoteOptions;
  readonly #inFlight = new Map<string, { controller: AbortController; key: string }>();
  readonly #asked = new Map<string, Promise<unknown>>();
  readonly #all = new Set<AbortController>();
  #closed = false;

  constructor(info: CollectionInfo, options: RemoteOptions) {
    this.info = info;
    this.#o = options;
  }

  ask<Q extends Question>(question: Q): Promise<AnswerTo<Q>> {
    if (this.#closed) return new Promise(() => {});
    // Two views asking the same question (the list's count and the export's) share one request.
    const key = JSON.stringify(question);
    const same = this.#asked.get(key);
    if (same) return same as Promise<AnswerTo<Q>>;
    const controller = new AbortController();
    const replaces = (this.#o.newestWins ?? NEWEST_WINS).includes(question.kind);
    // What a newer question replaces: the same question under another filter or at another offset
    // (a view's next one), never a question of another shape (the list's count and its rows).
    const slot = replaces ? slotOf(question) : null;
    if (slot !== null) {
      const older = this.#inFlight.get(slot);
      if (older) {
        older.controller.abort();
        this.#asked.delete(older.key);
      }
      this.#inFlight.set(slot, { controller, key });
    }
    this.#all.add(controller);
    const answer = new Promise<AnswerTo<Q>>((resolve, reject) => {
      request<AnswerTo<Q>>(this.#o, 'ask', question, controller.signal)
        .then(
          (a) => {
            this.#o.onHealth?.(null);
            resolve(a);
          },
          (e: Error) => {
            // Replaced or closed: the newer question's answer is the one that comes.
            if (controller.signal.aborted) return;
            this.#o.onHealth?.(e.message);
            reject(e);
          },
        )
        .finally(() => {
          this.#all.delete(controller);
          if (this.#asked.get(key) === answer) this.#asked.delete(key);
          if (slot !== null && this.#inFlight.get(slot)?.controller === controller)
            this.#inFlight.delete(slot);
        });
    });
    this.#asked.set(key, answer);
    return answer;
  }

  close(): void {
    this.#closed = true;
    for (const c of this.#all) c.abort();
  }
}

/** An error worth another try: the server (or a proxy) was busy, restarting or slow. */
const RETRY_STATUS = new Set([502, 503, 504]);

async function request<T>(
  o: RemoteOptions,
  path: 'info' | 'ask',
  body: unknown,
  signal: AbortSignal,
): Promise<T> {
  const send = o.fetch ?? fetch;
  const retries = o.retries ?? 3;
  let failure = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await wait((o.backoffMs ?? 500) * 2 ** (attempt - 1), signal);
    const timeout = AbortSignal.timeout(o.timeoutMs ?? 30_000);
    let res: Response;
    try {
      res = await send(new URL(path, new URL(o.base, globalThis.location?.href ?? 'http://localhost/')), {
        method: body === null ? 'GET' : 'POST',
        headers: {
          ...(body === null ? {} : { 'Content-Type': 'application/json' }),
          ...(o.token ? { Authorization: `Bearer ${o.token}` } : {}),
        },
        body: body === null ? undefined : JSON.stringify(body),
        signal: AbortSignal.any([signal, timeout]),
      });
    } catch (e) {
      if (signal.aborted) throw e;
      failure = timeout.aborted
        ? `The server did not answer within ${Math.round((o.timeoutMs ?? 30_000) / 1000)} s.`
        : 'The server cannot be reached.';
      continue;
    }
    if (res.ok) return (await res.json()) as T;
    const message = await errorOf(res);
    if (!RETRY_STATUS.has(res.status)) throw new Error(message);
    failure = message;
  }
  throw new Error(`${failure} (tried ${retries + 1} times)`);
}

async function errorOf(res: Response): Promise<string> {
  try {
    const { error } = (await res.json()) as { error?: string };
    if (error) return error;
  } catch {
    // Not JSON: a proxy's page; the status says enough.
  }
  return `The server answered ${res.status} ${res.statusText}.`.replace(/ \./, '.');
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
