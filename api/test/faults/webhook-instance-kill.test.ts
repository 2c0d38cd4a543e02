import type { OnMessageAddedSubscription } from '../gql/graphql';
import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from '../support/api-process';
import { queryRows } from '../support/database';
import { OnMessageAdded, SendMessage } from '../support/operations';
import {
  connectSocket,
  createTestDatabase,
  graphqlRequest,
  startTestApp,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type SocketClient,
  type TestApp,
  type TestDatabase,
} from '../support/test-app';
import { signatureIsValid, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { faultApiEnv } from './chat-client';
import { killApi, waitFor } from './throwaway-services';

// A child API process is SIGKILLed; an instance started in the test process (B) takes over.
const CREATE = `mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { id secret } }`;
const QUERY = 'subscription { messageAdded { id text sessionId } }';

let db: TestDatabase;
let env: Record<string, string>;
let a: ApiProcess | undefined;
let b: TestApp | undefined;
let receiver: WebhookReceiver;
const sockets: SocketClient[] = [];

beforeEach(async () => {
  db = await createTestDatabase();
  receiver = await startWebhookReceiver();
  env = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: uniqueRedisPrefix(),
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    JOB_MONITOR_INTERVAL_SECONDS: '1',
  };
}, 30_000);

afterEach(async () => {
  if (process.env.FAULT_LOG_LEVEL) console.log(a?.output());
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose().catch(() => {})));
  await killApi(a);
  await b?.close();
  a = b = undefined;
  await receiver.close();
  await db.drop();
}, 30_000);

async function createWebhook(url: string, admin: Actor): Promise<{ id: string; secret: string }> {
  const response = await graphqlRequest<{ createWebhook: { id: string; secret: string } }, unknown>(url, CREATE, { input: { name: 'CRM', url: receiver.url, query: QUERY } }, admin.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createWebhook;
}

const send = (url: string, token: string, sessionId: string, text: string) =>
  graphqlRequest(url, SendMessage, { input: { sessionId, text } }, token).catch((error: Error) => ({ lost: error }));

it('completes on another instance a delivery whose instance was SIGKILLed mid-request, once', async () => {
  a = spawnApi(faultApiEnv(db.url, env), await freePort());
  await waitUntilReady(a);
  const admin = await loginAdmin(a.httpUrl);
  const webhook = await createWebhook(a.httpUrl, admin);
  const customer = await registerCustomer(a.httpUrl, 'Dewi');
  const sessionId = await startSession(a.httpUrl, customer);
  receiver.answers.push('hang');
  await send(a.httpUrl, customer.token, sessionId, 'Halo dari Dewi');
  const [held] = await receiver.waitFor(1, (hook) => hook.json.data.messageAdded?.text === 'Halo dari Dewi', 30_000);
  await killApi(a);

  b = await startTestApp(db.url, env);
  const attempts = await receiver.waitFor(2, (hook) => hook.json.id === held.json.id, 60_000);
  expect(attempts[1].answer).toBe(200);
  expect(signatureIsValid(attempts[1], webhook.secret)).toBe(true);
  const rows = await waitFor(async () => {
    const found = await queryRows<{ status: string; attempts: number }>(db.url, 'select status, attempts from webhook_delivery where id = $1', [held.json.id]);
    return found[0]?.status === 'DELIVERED' && found;
  }, 20_000, 'the delivery recorded as DELIVERED');
  expect(rows).toEqual([{ status: 'DELIVERED', attempts: 1 }]);
  // A later event delivered proves the queue moved on without sending this one again.
  await send(b.httpUrl, customer.token, sessionId, 'Sesudahnya');
  await receiver.waitFor(1, (hook) => hook.json.data.messageAdded?.text === 'Sesudahnya', 30_000);
  expect(receiver.received.filter((hook) => hook.json.id === held.json.id && hook.answer === 200)).toHaveLength(1);
}, 120_000);

it('announces live, and delivers, a message whose instance died after committing it and before publishing it', async () => {
  a = spawnApi(faultApiEnv(db.url, { ...env, FAULT_DIE_AFTER_STORING_MESSAGE: 'true' }), await freePort());
  b = await startTestApp(db.url, env);
  await waitUntilReady(a);
  const admin = await loginAdmin(b.httpUrl);
  await createWebhook(b.httpUrl, admin);
  const customer = await registerCustomer(b.httpUrl, 'Bayu');
  const sessionId = await startSession(b.httpUrl, customer, 'Mulai');
  const socket = connectSocket(b.wsUrl, admin.token);
  sockets.push(socket);
  await socket.connected;
  const live = subscribe<OnMessageAddedSubscription, { sessionId: string }>(socket, OnMessageAdded, { sessionId });
  // Live before the fault: an agent's reply through B arrives (sent again until one does).
  let marker = 0;
  await waitFor(async () => {
    if (live.events.length > 0) return true;
    await send(b!.httpUrl, admin.token, sessionId, `penanda ${marker++}`);
    return false;
  }, 30_000, 'the subscription live', 500);

  const lost = await send(a.httpUrl, customer.token, sessionId, 'Dikirim sebelum mati');
  expect('lost' in lost).toBe(true);
  await a.exited;
  const stored = await queryRows<{ id: string }>(db.url, `select id::text from message where text = 'Dikirim sebelum mati'`);
  expect(stored).toHaveLength(1);

  // B's dispatch jobs take rows no instance handed over once they are a few seconds old.
  await waitFor(async () => {
    if (live.events.some((event) => event.messageAdded.text === 'Dikirim sebelum mati')) return true;
    await send(b!.httpUrl, admin.token, sessionId, `penanda ${marker++}`);
    return false;
  }, 60_000, 'the message announced live on B', 1000);
  expect(live.events.filter((event) => event.messageAdded.text === 'Dikirim sebelum mati')).toEqual([
    { messageAdded: expect.objectContaining({ id: stored[0].id, sessionId, sender: 'CUSTOMER' }) },
  ]);
  await receiver.waitFor(1, (hook) => hook.json.data.messageAdded?.id === stored[0].id, 30_000);
}, 120_000);
