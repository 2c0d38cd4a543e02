import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; event: string; createdAt: string; data: Record<string, any> };
  /** What the receiver answered (the status, or 'hang' for no answer). */
  answer: Answer;
}

/** A status to answer with, 'hang' (no answer until the receiver closes), or a redirect elsewhere. */
export type Answer = number | 'hang' | { redirect: string };

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Answers for the next requests, in order; once used up, 200. */
  answers: Answer[];
  /** Resolves once `count` requests (that `match`, when given) have arrived. */
  waitFor(count: number, match?: (hook: ReceivedWebhook) => boolean, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1, as an integrator's would be. */
export async function startWebhookReceiver(path = '/hooks/livechat'): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers: Answer[] = [];
  const waiters = new Set<() => void>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answer = answers.shift() ?? 200;
      let json: ReceivedWebhook['json'];
      try {
        json = JSON.parse(body);
      } catch {
        json = { id: '', event: '', createdAt: '', data: {} };
      }
      received.push({ headers: req.headers, body, json, answer });
      for (const wake of waiters) wake();
      if (answer === 'hang') return void hanging.add(res);
      if (typeof answer === 'object') return void res.writeHead(302, { location: answer.redirect }).end();
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answers,
    waitFor(count, match = () => true, timeoutMs = 20_000) {
      const matching = () => received.filter(match);
      return new Promise((resolve, reject) => {
        const check = () => {
          if (matching().length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(matching());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} webhook requests, got ${matching().length}: ${JSON.stringify(received.map((hook) => hook.json))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The check an integrator writes (the SDK's helper will do the same): HMAC-SHA256 of `<id>.<timestamp>.<body>`. */
export function signatureIsValid(hook: ReceivedWebhook, secret: string): boolean {
  const id = String(hook.headers['livechat-webhook-id']);
  const timestamp = String(hook.headers['livechat-webhook-timestamp']);
  const given = String(hook.headers['livechat-webhook-signature'] ?? '');
  const expected = `v1=${createHmac('sha256', secret).update(`${id}.${timestamp}.${hook.body}`).digest('hex')}`;
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
