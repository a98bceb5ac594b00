/**
 * The HTTP API the page's remote source calls: `GET /api/info` (the collection's facts) and
 * `POST /api/ask` (one question as JSON → its answer as JSON). Questions are checked before any
 * SQL is written; every failure is a JSON `{error}` with a status that says whose fault it was:
 * 400 a question that is not one, 413 too large, 422 over a limit, 503 the engine failed or a
 * shard is down, 504 too slow.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from '../../lib/source/questions';
import { QuestionError, validQuestion } from '../../lib/source/sql/validate';

export const MAX_BODY = 256 * 1024;

export interface ApiOptions {
  source: DataSource;
  /** How long one question may take. */
  timeoutMs: number;
  log: (text: string) => void;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export async function handleApi(path: string, req: IncomingMessage, res: ServerResponse, o: ApiOptions) {
  if (path === '/api/info' && (req.method === 'GET' || req.method === 'HEAD'))
    return sendJson(res, 200, o.source.info);
  if (path !== '/api/ask') return sendJson(res, 404, { error: `No such API: ${path}` });
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'Ask with POST.' });
  let question;
  try {
    question = validQuestion(JSON.parse(await readBody(req)));
  } catch (e) {
    const status = e instanceof BodyTooLarge ? 413 : 400;
    return sendJson(res, status, {
      error: e instanceof SyntaxError ? 'The question is not JSON.' : (e as Error).message,
    });
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), o.timeoutMs);
  });
  try {
    const answer = await Promise.race([o.source.ask(question), late]);
    sendJson(res, 200, answer);
  } catch (e) {
    const [status, error] =
      e instanceof Timeout
        ? [504, `The engine did not answer within ${Math.round(o.timeoutMs / 1000)} s.`]
        : e instanceof QuestionError
          ? [400, e.message]
          : e instanceof RangeError
            ? [422, e.message]
            : [503, (e as Error).message];
    o.log(`${question.kind}: ${error}`);
    if (!res.headersSent) sendJson(res, status, { error });
  } finally {
    clearTimeout(timer);
  }
}

class Timeout extends Error {}
class BodyTooLarge extends Error {
  constructor() {
    super(`A question is at most ${MAX_BODY / 1024} kB.`);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the refusal reaches the client.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}
