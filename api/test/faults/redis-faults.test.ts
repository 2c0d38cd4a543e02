import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from '../support/api-process';
import { OnMessageAdded } from '../support/operations';
import type { OnMessageAddedSubscription } from '../gql/graphql';
import {
  connectSocket,
  settle,
  subscribe,
  uniqueRedisPrefix,
  type SocketClient,
  type Subscription,
} from '../support/test-app';
import {
  acknowledgedId,
  byNumericId,
  catchUp,
  ConversationView,
  faultApiEnv,
  metric,
  readiness,
  send,
  type Readiness,
  STORED_MESSAGES_SQL,
  type Send,
  type StoredMessage,
} from './chat-client';
import { startThrowawayPostgres, startThrowawayRedis, killApi, waitFor, type ThrowawayPostgres, type ThrowawayRedis } from './throwaway-services';

// One API process on a throwaway PostgreSQL and a throwaway Redis. Redis is killed and started
// again on the same port while a customer and an agent chat; the API is never restarted.
let postgres: ThrowawayPostgres | undefined;
let redis: ThrowawayRedis | undefined;
let api: ApiProcess | undefined;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
  api = spawnApi(faultApiEnv(postgres.url, { REDIS_URL: redis.url, REDIS_PREFIX: uniqueRedisPrefix() }), await freePort());
  await waitUntilReady(api);
}, 60_000);

// A test that failed mid-outage must not leave the next one without Redis.
beforeEach(async () => {
  await redis!.start();
  await waitFor(async () => (await readiness(api!.port)).status === 200, 15_000, 'the API to be ready');
});

afterAll(async () => {
  if (process.env.FAULT_LOG_LEVEL) console.log(api?.output());
  await Promise.all(sockets.map((socket) => socket.dispose().catch(() => {})));
  await killApi(api);
  await redis?.stop();
  await postgres?.destroy();
});

/** A client's live feed of one conversation, on its own socket. */
function join(actor: Actor, sessionId: string): Subscription<OnMessageAddedSubscription> {
  const socket = connectSocket(api!.httpUrl.replace('http', 'ws'), actor.token);
  sockets.push(socket);
  return subscribe(socket, OnMessageAdded, { sessionId });
}

const sawLive = (live: Subscription<OnMessageAddedSubscription>, id: string) =>
  live.events.some((event) => event.messageAdded.id === id);

/** Kills Redis and waits until /readyz reports it, naming redis and only redis. */
async function killRedis(): Promise<{ started: number; readiness: Readiness }> {
  const started = Date.now();
  await redis!.stop('SIGKILL');
  const state = await waitFor(
    async () => {
      const current = await readiness(api!.port);
      return current.status === 503 ? current : false;
    },
    10_000,
    '/readyz to report the Redis outage',
  );
  return { started, readiness: state };
}

/** Starts Redis on the same port and waits for the same API process to be ready again. */
async function restartRedis(): Promise<{ restarted: number; readyAfterMs: number }> {
  await redis!.start();
  const restarted = Date.now();
  await waitFor(async () => (await readiness(api!.port)).status === 200, 15_000, '/readyz to recover after Redis restarts');
  return { restarted, readyAfterMs: Date.now() - restarted };
}

async function newConversation(name: string) {
  const url = api!.httpUrl;
  const admin = await loginAdmin(url);
  const customer = await registerCustomer(url, name);
  const sessionId = await startSession(url, customer);
  return { url, admin, customer, sessionId };
}

const storedMessages = (sessionId: string) => postgres!.query<StoredMessage>(STORED_MESSAGES_SQL, [sessionId]);

it('acknowledges and stores every send while Redis is down, counting the publishes it could not make', async () => {
  const { url, admin, customer, sessionId } = await newConversation('Sari Redis');
  const failuresBefore = await metric(api!.port, 'livechat_pubsub_publish_failures_total');

  const outage = await killRedis();
  const during: Send[] = [];
  for (const [i, who] of [customer, admin, customer, admin, customer].entries()) {
    during.push(await send(url, who.token, sessionId, `saat Redis mati ${i}`, `during-${i}`));
  }
  const failures = (await metric(api!.port, 'livechat_pubsub_publish_failures_total')) - failuresBefore;
  const stored = await storedMessages(sessionId);
  const { readyAfterMs } = await restartRedis();
  console.log(
    `Redis down ${Date.now() - outage.started} ms, /readyz back ${readyAfterMs} ms after restart: ` +
      `sent ${during.length}, acknowledged ${during.filter((s) => s.result.outcome === 'acknowledged').length}, ` +
      `stored ${stored.length}, publish failures counted ${failures}; answers: ` +
      JSON.stringify(during.map((s) => s.result)),
  );

  expect(during.map((s) => s.result.outcome)).toEqual(Array(during.length).fill('acknowledged'));
  expect(stored.map((row) => row.id)).toEqual(during.map(acknowledgedId));
  expect(stored.map((row) => row.client_message_id)).toEqual(during.map((s) => s.clientMessageId));
  // MESSAGE_ADDED and CHAT_SESSION_UPDATED for each send.
  expect(failures).toBeGreaterThanOrEqual(during.length);
}, 60_000);

it('reports the outage on /readyz, resumes live delivery on the same subscriptions, and clients catch up to exactly the database', async () => {
  const { url, admin, customer, sessionId } = await newConversation('Dewi Catch-up');
  const [agentSees, customerSees] = [join(admin, sessionId), join(customer, sessionId)];
  await settle();

  const before: Send[] = [];
  for (const [i, who] of [customer, admin, customer].entries()) {
    before.push(await send(url, who.token, sessionId, `sebelum ${i}`, `before-${i}`));
  }
  expect(before.map((s) => s.result.outcome)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
  await Promise.all([agentSees.waitFor(3), customerSees.waitFor(3)]);
  const lastSeenBeforeOutage = {
    agent: new ConversationView().addLive(agentSees.events).lastId(),
    customer: new ConversationView().addLive(customerSees.events).lastId(),
  };

  const outage = await killRedis();
  expect(outage.readiness.problems).toContain('redis');
  expect(outage.readiness.problems).not.toContain('postgres');
  // Whatever the sends during the outage are told, the end state must match the database.
  const during: Send[] = [];
  for (const [i, who] of [customer, admin, customer].entries()) {
    during.push(await send(url, who.token, sessionId, `saat Redis mati ${i}`, `during-${i}`));
  }
  // The process never went down: liveness holds through the outage.
  expect((await fetch(`http://127.0.0.1:${api!.port}/healthz`)).status).toBe(200);

  const { restarted, readyAfterMs } = await restartRedis();
  const outageMs = restarted - outage.started;
  // Live delivery resumes on the subscriptions opened before the outage, without restarting the
  // API. ioredis re-subscribes in the background with back-off, so keep sending until a message
  // reaches both sides live.
  const after: Send[] = [];
  await waitFor(
    async () => {
      const probe = await send(url, customer.token, sessionId, `setelah ${after.length}`, `after-${after.length}`);
      after.push(probe);
      const id = acknowledgedId(probe);
      if (!id) return false;
      await settle(200);
      return sawLive(agentSees, id) && sawLive(customerSees, id);
    },
    20_000,
    'a message sent after the restart to arrive live on both subscriptions',
    300,
  );
  const liveAfterMs = Date.now() - restarted;
  const reply = await send(url, admin.token, sessionId, 'balasan setelah pulih', 'after-reply');
  const replyId = acknowledgedId(reply);
  expect(replyId).toBeDefined();
  await waitFor(() => sawLive(agentSees, replyId!) && sawLive(customerSees, replyId!), 5000, 'the reply to arrive live');

  // Each client catches up from the last message it saw before the outage, and keeps what it
  // saw live: a message seen both ways counts once, by id.
  const agentView = new ConversationView().addLive(agentSees.events);
  const customerView = new ConversationView().addLive(customerSees.events);
  for (const message of await catchUp(url, admin.token, sessionId, lastSeenBeforeOutage.agent)) agentView.add(message);
  for (const message of await catchUp(url, customer.token, sessionId, lastSeenBeforeOutage.customer)) {
    customerView.add(message);
  }

  const stored = await storedMessages(sessionId);
  const storedIds = stored.map((row) => row.id);
  const sends = [...before, ...during, ...after, reply];
  const acknowledged = sends.map(acknowledgedId).filter((id): id is string => id !== undefined);
  console.log(
    `Redis outage ${outageMs} ms; /readyz 200 ${readyAfterMs} ms and live delivery ${liveAfterMs} ms after restart ` +
      `(${after.length} probe(s)); sent ${sends.length}, acknowledged ${acknowledged.length}, stored ${stored.length}; ` +
      `live deliveries: agent ${agentSees.events.length}, customer ${customerSees.events.length}; ` +
      `during the outage: ${JSON.stringify(during.map((s) => s.result.outcome))}`,
  );
  // Every acknowledged send is stored once; nothing that was refused is stored.
  expect(storedIds).toEqual([...acknowledged].sort(byNumericId));
  expect(new Set(stored.map((row) => row.client_message_id)).size).toBe(stored.length);
  // Both sides end with exactly the database's messages.
  expect(agentView.ids()).toEqual(storedIds);
  expect(customerView.ids()).toEqual(storedIds);
  expect(customerView.texts()).toEqual(stored.map((row) => row.text));
}, 60_000);

it('lets a widget reconnect during the outage without calling its token bad, and delivers to it once Redis is back', async () => {
  const { url, admin, customer, sessionId } = await newConversation('Tono Reconnect');
  await killRedis();

  // A widget that reloads during the outage must not be told its token is invalid: 4401 makes
  // it throw the customer's token away. The socket stays open and the subscription starts.
  const reconnecting = connectSocket(api!.httpUrl.replace('http', 'ws'), customer.token);
  sockets.push(reconnecting);
  const live = subscribe(reconnecting, OnMessageAdded, { sessionId });
  const closedEarly = await Promise.race([
    reconnecting.closed.then(({ code, reason }) => ({ code, reason })),
    settle(2000).then(() => null),
  ]);
  await restartRedis();
  expect(closedEarly).toBeNull();

  const probes: Send[] = [];
  await waitFor(
    async () => {
      const probe = await send(url, admin.token, sessionId, `pulih ${probes.length}`, `probe-${probes.length}`);
      probes.push(probe);
      const id = acknowledgedId(probe);
      await settle(200);
      return id !== undefined && live.events.some((event) => event.messageAdded.id === id);
    },
    20_000,
    'live delivery on the socket opened during the outage',
    300,
  );
  const view = new ConversationView().addLive(live.events);
  for (const message of await catchUp(url, customer.token, sessionId, null)) view.add(message);
  const stored = await storedMessages(sessionId);
  expect(view.ids()).toEqual(stored.map((row) => row.id));
}, 60_000);
