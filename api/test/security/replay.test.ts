import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
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
  type Subscription,
  type TestApp,
  type TestDatabase,
} from '../support/test-app';
import type { OnMessageAddedSubscription } from '../gql/graphql';
import { eventsDuring, messageMarker, provedLive } from '../support/live';
import { tableCounts } from './hostile';

let db: TestDatabase;
let apiA: TestApp;
let apiB: TestApp;
let customer: Actor;
let sessionId: string;
let socket: SocketClient;
let watcher: Subscription<OnMessageAddedSubscription>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix(), MESSAGE_RATE_LIMIT: '0' };
  apiA = await startTestApp(db.url, env);
  apiB = await startTestApp(db.url, { ...env, SEED_ADMIN: 'false' });
  const admin = await loginAdmin(apiA.httpUrl);
  customer = await registerCustomer(apiA.httpUrl, 'Pengulang');
  sessionId = await startSession(apiA.httpUrl, customer);
  socket = connectSocket(apiA.wsUrl, admin.token);
  watcher = subscribe(socket, OnMessageAdded, { sessionId });
  await provedLive(watcher, marker());
});

afterAll(async () => {
  await socket?.dispose();
  await apiA?.close();
  await apiB?.close();
  await db?.drop();
});

const send = (api: TestApp, text: string, clientMessageId: string) =>
  graphqlRequest(api.httpUrl, SendMessage, { input: { sessionId, text, clientMessageId } }, customer.token);

const eventsWith = (clientMessageId: string) => watcher.events.filter((event) => event.messageAdded.clientMessageId === clientMessageId);

const marker = () => messageMarker(apiA.httpUrl, sessionId, customer.token);
/** Events of one session arrive in order: once a marker sent now came through, so did anything published before. */
const allPublished = () => eventsDuring(watcher, marker(), async () => {});

it('a replay with the same id and text returns the stored message and publishes nothing again', async () => {
  const first = await send(apiA, 'sekali', 'replay-1');
  const before = await tableCounts(apiA);
  const replay = await send(apiB, 'sekali', 'replay-1');
  expect(replay.data?.sendMessage).toEqual(first.data?.sendMessage);
  expect(await tableCounts(apiA)).toEqual(before);
  await allPublished();
  expect(eventsWith('replay-1')).toHaveLength(1);
});

it('a replay with the same id and other text returns the original and stores nothing new', async () => {
  const first = await send(apiA, 'asli', 'replay-2');
  const before = await tableCounts(apiA);
  const forged = await send(apiB, 'diganti penyerang', 'replay-2');
  expect(forged.data?.sendMessage).toEqual(first.data?.sendMessage);
  expect(forged.data?.sendMessage.text).toBe('asli');
  expect(await tableCounts(apiA)).toEqual(before);
  await allPublished();
  expect(eventsWith('replay-2').map((event) => event.messageAdded.text)).toEqual(['asli']);
});

it('the same id sent to two instances at once stores one row, answers one id and publishes one event', async () => {
  const before = await tableCounts(apiA);
  const responses = await Promise.all(
    Array.from({ length: 6 }, (_, n) => send(n % 2 ? apiB : apiA, 'balapan dua instans', 'race-across')),
  );
  const ids = new Set(responses.map((response) => response.data?.sendMessage.id));
  expect(responses.map((response) => response.errors)).toEqual(responses.map(() => undefined));
  expect(ids.size).toBe(1);
  expect((await tableCounts(apiA)).message).toBe(before.message + 1);
  await allPublished();
  expect(eventsWith('race-across')).toHaveLength(1);
});

it('a retry of a message that was stored but never announced (its instance died first) announces it, once', async () => {
  // What an instance leaves behind when it is killed between its commit and its publish.
  await apiA.deps.orm.em.fork().getConnection().execute(
    `insert into message (session_id, sender, sender_name, text, client_message_id, created_at)
     values (?, 'CUSTOMER', 'Pengulang', 'tersimpan, belum diumumkan', 'orphan-1', now())`,
    [sessionId],
  );
  await allPublished();
  expect(eventsWith('orphan-1')).toHaveLength(0);
  const eventsBefore = watcher.events.length;
  const retries = await Promise.all([send(apiB, 'tersimpan, belum diumumkan', 'orphan-1'), send(apiA, 'tersimpan, belum diumumkan', 'orphan-1')]);
  expect(new Set(retries.map((retry) => retry.data?.sendMessage.id)).size).toBe(1);
  await watcher.waitFor(eventsBefore + 1);
  await send(apiB, 'tersimpan, belum diumumkan', 'orphan-1');
  await allPublished();
  expect(eventsWith('orphan-1').map((event) => event.messageAdded.id)).toEqual([retries[0]!.data?.sendMessage.id]);
});
