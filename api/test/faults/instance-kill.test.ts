import type { OnMessageAddedSubscription } from '../gql/graphql';
import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from '../support/api-process';
import { OnMessageAdded } from '../support/operations';
import { connectSocket, settle, subscribe, uniqueRedisPrefix, type SocketClient, type Subscription } from '../support/test-app';
import {
  acknowledgedId,
  byNumericId,
  catchUp,
  ConversationView,
  faultApiEnv,
  send,
  STORED_MESSAGES_SQL,
  type Send,
  type StoredMessage,
} from './chat-client';
import { startThrowawayPostgres, startThrowawayRedis, killApi, waitFor, type ThrowawayPostgres, type ThrowawayRedis } from './throwaway-services';

// Two API processes, A and B, on one throwaway PostgreSQL and one throwaway Redis. Customers chat
// through A and the agent through B; A is killed with SIGKILL mid-conversation.
let postgres: ThrowawayPostgres | undefined;
let redis: ThrowawayRedis | undefined;
let a: ApiProcess | undefined;
let b: ApiProcess | undefined;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
  const env = faultApiEnv(postgres.url, { REDIS_URL: redis.url, REDIS_PREFIX: uniqueRedisPrefix() });
  a = spawnApi(env, await freePort());
  b = spawnApi(env, await freePort());
  await Promise.all([waitUntilReady(a), waitUntilReady(b)]);
}, 60_000);

afterAll(async () => {
  if (process.env.FAULT_LOG_LEVEL) console.log(a?.output(), b?.output());
  await Promise.all(sockets.map((socket) => socket.dispose().catch(() => {})));
  await Promise.all([killApi(a), killApi(b)]);
  await redis?.stop();
  await postgres?.destroy();
});

const wsUrl = (api: ApiProcess) => api.httpUrl.replace('http', 'ws');
const storedMessages = (sessionId: string) => postgres!.query<StoredMessage>(STORED_MESSAGES_SQL, [sessionId]);

/**
 * A chat client the way the widget and the console behave: it sends through one instance, and
 * when that instance stops answering it moves to the other one, retries what was not
 * acknowledged with the same clientMessageId, re-subscribes, and catches up with
 * `messages(after:)` from the last message it saw.
 */
class FailoverClient {
  readonly view = new ConversationView();
  readonly sends: Send[] = [];
  readonly acknowledged: Send[] = [];
  readonly acknowledgedAt: number[] = [];
  readonly closeCodes: number[] = [];
  reconnectedAfterMs: number | undefined;
  private readonly live: Subscription<OnMessageAddedSubscription>[] = [];
  private sent = 0;

  constructor(
    readonly name: string,
    readonly actor: Actor,
    readonly sessionIds: string[],
    private httpApi: ApiProcess,
    private readonly fallback: ApiProcess,
  ) {
    this.socketApi = httpApi;
  }

  private socketApi: ApiProcess;

  /** Subscribes to every session on the instance the socket uses. */
  connect(): void {
    const socket = connectSocket(wsUrl(this.socketApi), this.actor.token);
    sockets.push(socket);
    this.live.push(...this.sessionIds.map((sessionId) => subscribe(socket, OnMessageAdded, { sessionId })));
    void socket.closed.then((event) => this.onClosed(event.code));
  }

  liveDeliveries(): number {
    return this.live.reduce((total, subscription) => total + subscription.events.length, 0);
  }

  /** Everything seen so far, live on any socket or caught up. */
  seen(): ConversationView {
    for (const subscription of this.live) this.view.addLive(subscription.events);
    return this.view;
  }

  /** Sends one message, retrying (and failing over) until it is acknowledged. */
  async sendOne(deadline: number): Promise<void> {
    const sessionId = this.sessionIds[this.sent % this.sessionIds.length];
    const clientMessageId = `${this.name}-${this.sent}`;
    const text = `pesan ${clientMessageId}`;
    this.sent += 1;
    while (Date.now() < deadline) {
      const attempt = await send(this.httpApi.httpUrl, this.actor.token, sessionId, text, clientMessageId);
      this.sends.push(attempt);
      if (attempt.result.outcome === 'acknowledged') {
        this.acknowledged.push(attempt);
        this.acknowledgedAt.push(Date.now());
        return;
      }
      if (attempt.result.outcome === 'lost' && this.httpApi !== this.fallback) this.httpApi = this.fallback;
      else await settle(100);
    }
    throw new Error(`${this.name} could not get ${clientMessageId} acknowledged`);
  }

  private async onClosed(code: number): Promise<void> {
    this.closeCodes.push(code);
    if (this.socketApi === this.fallback) return; // nowhere left to go: the test reports the close
    const lostAt = Date.now();
    this.socketApi = this.fallback;
    const lastSeen = new Map(this.sessionIds.map((id) => [id, this.lastSeenIn(id)]));
    this.connect();
    // graphql-ws does not say when a subscription is live; give the server a moment to subscribe
    // before reading what was missed, so nothing falls between the two.
    await settle(300);
    for (const sessionId of this.sessionIds) {
      for (const message of await catchUp(this.socketApi.httpUrl, this.actor.token, sessionId, lastSeen.get(sessionId) ?? null)) {
        this.view.add(message);
      }
    }
    this.reconnectedAfterMs = Date.now() - lostAt;
  }

  private lastSeenIn(sessionId: string): string | null {
    const ids = this.live
      .flatMap((subscription) => subscription.events)
      .filter((event) => event.messageAdded.sessionId === sessionId)
      .map((event) => event.messageAdded.id)
      .sort(byNumericId);
    return ids.at(-1) ?? null;
  }
}

async function keepSending(client: FailoverClient, until: () => boolean, deadline: number): Promise<void> {
  while (!until()) {
    await client.sendOne(deadline);
    await settle(30 + Math.floor(Math.random() * 50));
  }
}

it('loses and doubles nothing when an instance is killed mid-conversation: clients fail over, retry and catch up to exactly the database', async () => {
  const admin = await loginAdmin(b!.httpUrl);
  const customers = await Promise.all(
    ['Ani', 'Budi', 'Citra'].map(async (name) => {
      const actor = await registerCustomer(a!.httpUrl, name);
      return { name, actor, sessionId: await startSession(a!.httpUrl, actor) };
    }),
  );
  const sessionIds = customers.map((c) => c.sessionId);
  const customerClients = customers.map((c) => new FailoverClient(c.name.toLowerCase(), c.actor, [c.sessionId], a!, b!));
  const agent = new FailoverClient('agent', admin, sessionIds, b!, b!);
  const clients = [...customerClients, agent];
  for (const client of clients) client.connect();
  await settle(500);

  let killed = false;
  let stop = false;
  const deadline = Date.now() + 40_000;
  const traffic = clients.map((client) => keepSending(client, () => stop, deadline));

  // Kill A while every client is mid-flow, with requests in flight.
  await waitFor(() => clients.every((client) => client.acknowledged.length >= 4), 20_000, 'traffic before the kill');
  const acknowledgedBeforeKill = clients.reduce((total, client) => total + client.acknowledged.length, 0);
  a!.child.kill('SIGKILL');
  killed = (await a!.exited) === null && a!.child.signalCode === 'SIGKILL';
  const killedAt = Date.now();
  const countAtKill = new Map(clients.map((client) => [client, client.acknowledged.length]));

  // Everyone carries on through B.
  await waitFor(
    () => clients.every((client) => client.acknowledged.length >= countAtKill.get(client)! + 4),
    25_000,
    'traffic after the kill',
  );
  stop = true;
  await Promise.all(traffic);
  await waitFor(
    () => customerClients.every((client) => client.reconnectedAfterMs !== undefined),
    10_000,
    'the customers to reconnect to B',
  );

  const stored = new Map(await Promise.all(sessionIds.map(async (id) => [id, await storedMessages(id)] as const)));
  const storedIds = (ids: string[]) => ids.flatMap((id) => stored.get(id)!.map((row) => row.id)).sort(byNumericId);
  // Live delivery settles: what is stored reaches everyone, by live event or by catch-up.
  await waitFor(
    () =>
      customerClients.every((client) => storedIds(client.sessionIds).every((id) => client.seen().has(id))) &&
      storedIds(sessionIds).every((id) => agent.seen().has(id)),
    10_000,
    'every stored message to reach both sides',
  ).catch(() => undefined);

  const allSends = clients.flatMap((client) => client.sends);
  const acknowledged = clients.flatMap((client) => client.acknowledged);
  const allRows = [...stored.values()].flat();
  const lostIds = new Set(allSends.filter((s) => s.result.outcome === 'lost').map((s) => s.clientMessageId));
  const lostButStoredByA = allRows.filter((row) => lostIds.has(row.client_message_id!) && row.created_ms < killedAt);
  console.log(
    `SIGKILL of A after ${acknowledgedBeforeKill} acknowledged sends; ${allSends.length} send attempts ` +
      `(${allSends.filter((s) => s.result.outcome === 'lost').length} without an answer [${allSends.flatMap((s) => (s.result.outcome === 'lost' ? [s.result.reason] : [])).join(', ')}], ${lostButStoredByA.length} of them stored by A before it died, ` +
      `${allSends.filter((s) => s.result.outcome === 'refused').length} refused), ${acknowledged.length} acknowledged, ` +
      `${allRows.length} stored; customers' sockets closed with ${customerClients.map((c) => c.closeCodes.join('/')).join(', ')} ` +
      `and caught up on B in ${customerClients.map((c) => c.reconnectedAfterMs).join('/')} ms; live deliveries: ` +
      `agent ${agent.liveDeliveries()}, customers ${customerClients.map((c) => c.liveDeliveries()).join('/')}; ` +
      `customers' first acknowledgement from B ${customerClients.map((c) => c.acknowledgedAt.find((t) => t > killedAt)! - killedAt).join('/')} ms after the kill`,
  );

  // What a side missed, with what the clients learnt about each message, to explain a failure.
  const missed = (client: FailoverClient) =>
    storedIds(client.sessionIds)
      .filter((id) => !client.seen().has(id))
      .map((id) => {
        const row = allRows.find((r) => r.id === id)!;
        const attempts = allSends.filter((s) => s.clientMessageId === row.client_message_id).map((s) => s.result.outcome);
        return `${id} ${row.client_message_id} stored ${Math.round(row.created_ms - killedAt)} ms after the kill, attempts ${attempts.join('>')}`;
      });
  const missedBy = Object.fromEntries(clients.map((client) => [client.name, missed(client)]).filter(([, m]) => m.length));
  if (Object.keys(missedBy).length) console.log('missed:', JSON.stringify(missedBy, null, 2));

  expect(killed).toBe(true);
  expect(agent.closeCodes).toEqual([]);
  expect(await fetch(`http://127.0.0.1:${b!.port}/readyz`).then((r) => r.status)).toBe(200);
  // None doubled: one row per clientMessageId, and every retry of a send got the same message.
  expect(new Set(allRows.map((row) => `${row.client_message_id}`)).size).toBe(allRows.length);
  for (const client of clients) {
    const idsByClientMessageId = new Map<string, Set<string>>();
    for (const sent of client.sends) {
      const id = acknowledgedId(sent);
      if (id) idsByClientMessageId.set(sent.clientMessageId, (idsByClientMessageId.get(sent.clientMessageId) ?? new Set()).add(id));
    }
    expect([...idsByClientMessageId.values()].filter((ids) => ids.size > 1)).toEqual([]);
  }
  // None lost: every acknowledged message is stored, and nothing is stored that nobody sent.
  expect(acknowledged.map((sent) => acknowledgedId(sent)!).sort(byNumericId)).toEqual(allRows.map((row) => row.id).sort(byNumericId));
  // Each side ends with exactly the database's messages.
  for (const client of customerClients) {
    expect({ who: client.name, ids: client.seen().ids() }).toEqual({ who: client.name, ids: storedIds(client.sessionIds) });
  }
  expect(agent.seen().ids()).toEqual(storedIds(sessionIds));
}, 60_000);
