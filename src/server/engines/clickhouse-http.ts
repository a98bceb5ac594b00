/**
 * ClickHouse's HTTP interface with plain `fetch` (the official client needs 24.8+; Debian ships
 * 18.16): a statement in the body, the user in headers, settings as URL parameters. Errors come
 * back as text; they are turned into messages that say which server failed and why, and a shard
 * that cannot be reached says so (ClickHouse then refuses the query: never a partial count).
 */

export interface Credentials {
  user: string;
  password: string;
}

export class ClickHouseError extends Error {}

const STALE = /^(EPIPE|ECONNRESET|UND_ERR_SOCKET)$/;
const CUT_OFF_RETRIES = 4;

/** Runs `sql` at `url`; returns the response body. */
export async function clickhouse(
  url: string,
  who: Credentials,
  sql: string,
  options: { body?: string; settings?: Record<string, string | number>; timeoutMs?: number } = {},
): Promise<string> {
  const target = new URL(url);
  for (const [k, v] of Object.entries(options.settings ?? {})) target.searchParams.set(k, String(v));
  if (options.body !== undefined) target.searchParams.set('query', sql);
  let res: Response | undefined;
  for (let attempt = 0; !res; attempt++) {
    try {
      res = await fetch(target, {
        method: 'POST',
        headers: { 'X-ClickHouse-User': who.user, 'X-ClickHouse-Key': who.password },
        body: options.body ?? sql,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch (e) {
      const code = String((e as { cause?: { code?: string } }).cause?.code);
      // A kept-alive connection the server had just closed: the request never arrived; once more.
      if (attempt === 0 && STALE.test(code)) continue;
      // Cut off while sending (seen when the machine was paused and resumed under a load): the
      // server never had the whole body, so nothing of it was inserted; after a pause, again.
      if (code === 'EPIPE' && attempt < CUT_OFF_RETRIES) {
        await new Promise((r) => setTimeout(r, 1000 * attempt));
        continue;
      }
      const reason = (e as Error).name === 'TimeoutError' ? 'did not answer in time' : 'is not answering';
      const cause = (e as { cause?: Error }).cause?.message ?? (e as Error).message;
      throw new ClickHouseError(`ClickHouse at ${url} ${reason} (${cause}).`);
    }
  }
  const text = await res.text();
  if (!res.ok) throw new ClickHouseError(readable(url, text));
  return text;
}

/** ClickHouse's error text, said plainly: which server, and a shard that is down named as such. */
function readable(url: string, text: string): string {
  const message =
    /e\.displayText\(\) = (?:DB::\w+: )?(.*?)(?:, e\.what\(\)|$)/s.exec(text)?.[1] ?? text.trim();
  const code = /^Code: (\d+)/.exec(text)?.[1];
  if (code === '279' || code === '210' || /Connection refused|All connection tries failed/.test(text))
    return `A ClickHouse shard is not answering, so no total can be given (${message.split('\n')[0]}).`;
  return `ClickHouse at ${url} refused the query${code ? ` (code ${code})` : ''}: ${message.split('\n')[0]}`;
}

/** A value in ClickHouse's TabSeparated format. */
export function tsvValue(v: number | string): string {
  if (typeof v === 'number') return String(v);
  return v.replace(/[\\\t\n\r\0]/g, (c) => TSV_ESCAPES[c]);
}

const TSV_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
};
