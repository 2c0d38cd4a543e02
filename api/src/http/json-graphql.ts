import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { errorResponseBody } from '../errors/app-error';
import type { Context } from './context';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * Serves `POST /graphql` with a plain JSON body (every query and mutation the clients send, and
 * every message) without express: its router, body parser and response helpers cost about a
 * tenth of a message's CPU. Returns false for anything else, which express then serves: uploads,
 * GET, preflights, compressed or other-charset bodies. The request passes the same steps as
 * through express: metrics and draining, CORS, the body limit, Apollo (with its CSRF check).
 */
export function createJsonGraphqlHandler(options: {
  apollo: ApolloServer<Context>;
  /** Runs first; answers and returns false when the request must not go on (draining). */
  admit: (req: IncomingMessage, res: ServerResponse) => boolean;
  cors: Middleware;
  bodyLimitBytes: number;
  /** Gets the request Apollo will read, which it may rewrite (trusted documents) before Apollo does. */
  context: (req: IncomingMessage, request: HTTPGraphQLRequest) => Promise<Context>;
}): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { apollo, bodyLimitBytes } = options;

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, bodyLimitBytes));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      return answer(
        res,
        tooLarge ? 413 : 400,
        errorResponseBody('BAD_USER_INPUT', tooLarge ? 'request entity too large' : 'The request body is not valid JSON.'),
      );
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: 'POST', headers: headerMapOf(req), search: '', body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => options.context(req, httpGraphQLRequest),
    });
    await writeResponse(res, response);
  };

  return (req, res) => {
    const contentEncoding = req.headers['content-encoding'];
    const plain = !contentEncoding || contentEncoding === 'identity';
    if (req.method !== 'POST' || req.url !== '/graphql' || !plain || !PLAIN_JSON.test(req.headers['content-type'] ?? '')) {
      return false;
    }
    if (!options.admit(req, res)) return true;
    options.cors(req, res, () => {
      serve(req, res).catch((error) => {
        if (!res.headersSent) answer(res, 500, errorResponseBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
        else res.destroy(error as Error);
      });
    });
    return true;
  };
}

export function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}


function answer(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
