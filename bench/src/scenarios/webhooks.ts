import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { now, TimeoutError } from '../infra/time';
import { summarize, type Summary } from '../stats/summary';
import { graphql, SEEDED_ADMIN } from '../targets/api-target';

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE = 'mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { id } }';
const DELETE = 'mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }';
const REGISTER = 'mutation Register($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token } }';
const START = 'mutation Start($input: StartChatSessionInput) { startChatSession(input: $input) { id } }';
const SEND = 'mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { id } }';
/** What a CRM sync would ask for. */
const DOCUMENT = 'subscription { messageAdded { id sessionId sender senderName text createdAt } }';

export interface WebhookSettings {
  /** Messages sent, each one event for the one webhook. */
  events: number;
  /** Senders at once, each in a chat of its own. */
  concurrency: number;
  maxMs: number;
}

export interface WebhookResult {
  events: number;
  concurrency: number;
  /** Events POSTed to the receiver and answered 200, per second, from the first send to the last arrival. */
  deliveredPerSecond: number;
  /** A message's send acknowledged → its event arriving at the receiver (ms). */
  latency: Summary;
}

/**
 * One webhook for every message, to a receiver on 127.0.0.1 answering 200 at once; `concurrency`
 * visitors send `events` messages between them, and the receiver counts what arrives.
 */
export async function measureWebhooks(base: string, settings: WebhookSettings): Promise<WebhookResult> {
  const deadline = now() + settings.maxMs;
  const arrivals = new Map<string, number>();
  let waiting: (() => void) | undefined;
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { messageAdded: { id: string } } };
      arrivals.set(body.data.messageAdded.id, now());
      res.writeHead(200).end();
      waiting?.();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `${base}/graphql`;
  const { login } = await graphql<{ login: { token: string } }>(url, LOGIN, SEEDED_ADMIN);
  const { createWebhook } = await graphql<{ createWebhook: { id: string } }>(
    url,
    CREATE,
    { input: { name: 'bench', url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, query: DOCUMENT } },
    login.token,
  );
  try {
    const visitors = await Promise.all(
      Array.from({ length: settings.concurrency }, async (_, n) => {
        const { registerCustomer } = await graphql<{ registerCustomer: { token: string } }>(url, REGISTER, { input: { name: `Webhook ${n}` } });
        const { startChatSession } = await graphql<{ startChatSession: { id: string } }>(url, START, { input: null }, registerCustomer.token);
        return { token: registerCustomer.token, sessionId: startChatSession.id };
      }),
    );
    const sentAt = new Map<string, number>();
    const startedAt = now();
    let next = 0;
    await Promise.all(
      visitors.map(async (visitor) => {
        while (next < settings.events && now() < deadline) {
          next += 1;
          const { sendMessage } = await graphql<{ sendMessage: { id: string } }>(url, SEND, { input: { sessionId: visitor.sessionId, text: `peristiwa ${next}` } }, visitor.token);
          sentAt.set(sendMessage.id, now());
        }
      }),
    );
    while (arrivals.size < sentAt.size && now() < deadline) {
      await new Promise<void>((resolve) => {
        waiting = resolve;
        setTimeout(resolve, 250);
      });
    }
    if (arrivals.size < sentAt.size) throw new TimeoutError(`webhooks: ${arrivals.size} of ${sentAt.size} events arrived within ${settings.maxMs} ms`);
    const lastArrival = Math.max(...arrivals.values());
    return {
      events: sentAt.size,
      concurrency: settings.concurrency,
      deliveredPerSecond: Math.round((arrivals.size / ((lastArrival - startedAt) / 1000)) * 10) / 10,
      latency: summarize([...sentAt].map(([id, at]) => arrivals.get(id)! - at)),
    };
  } finally {
    await graphql(url, DELETE, { id: createWebhook.id }, login.token).catch(() => undefined);
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}
