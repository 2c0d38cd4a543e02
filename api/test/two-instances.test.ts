import { createAgent, loginAdmin, registerCustomer, startSession } from './support/actors';
import { eventsDuring, messageMarker, provedLive } from './support/live';
import { waitUntil } from './security/hostile';
import { graphql } from './gql';
import { ChangePassword, Login, Logout, Me, OnChatSessionUpdated, OnMessageAdded, SendMessage } from './support/operations';
import {
  connectSocket,
  createTestDatabase,
  errorCode,
  graphqlRequest,
  startTestApp,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type TestApp,
  type TestDatabase,
} from './support/test-app';

// Two API processes' worth of state in one test: separate servers, one database, one Redis.
let db: TestDatabase;
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  db = await createTestDatabase();
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() };
  a = await startTestApp(db.url, shared);
  b = await startTestApp(db.url, shared);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
});

it('lets a customer on instance A and an agent on instance B chat live', async () => {
  const admin = await loginAdmin(b.httpUrl);
  const agentSocket = connectSocket(b.wsUrl, admin.token);
  const newSessions = subscribe(agentSocket, OnChatSessionUpdated, {});
  await provedLive(newSessions, async () => {
    const opened = await startSession(a.httpUrl, await registerCustomer(a.httpUrl, 'Penanda'), 'penanda');
    return (event) => event.chatSessionUpdated.id === opened;
  });

  const customer = await registerCustomer(a.httpUrl, 'Putri Ayu');
  const sessionId = await startSession(a.httpUrl, customer, 'Halo');
  await waitUntil(() => newSessions.events.some((event) => event.chatSessionUpdated.id === sessionId));
  const announced = newSessions.events.find((event) => event.chatSessionUpdated.id === sessionId)!;
  expect(announced.chatSessionUpdated).toMatchObject({ id: sessionId, status: 'WAITING', customer: { name: 'Putri Ayu' } });

  const agentSees = subscribe(agentSocket, OnMessageAdded, { sessionId });
  const customerSocket = connectSocket(a.wsUrl, customer.token);
  const customerSees = subscribe(customerSocket, OnMessageAdded, { sessionId });
  const marker = messageMarker(a.httpUrl, sessionId, customer.token);
  await provedLive(agentSees, marker);
  await provedLive(customerSees, marker);

  const agentGot = await eventsDuring(agentSees, marker, async () => {
    await graphqlRequest(a.httpUrl, SendMessage, { input: { sessionId, text: 'Halo dari A' } }, customer.token);
    await graphqlRequest(b.httpUrl, SendMessage, { input: { sessionId, text: 'Halo dari B' } }, admin.token);
  });
  // The closing marker reached the agent; the customer's socket receives it too, after the two.
  await waitUntil(() => customerSees.events.filter((event) => event.messageAdded.text?.startsWith('Halo dari')).length === 2);
  expect(agentGot.map((event) => event.messageAdded.text)).toEqual(['Halo dari A', 'Halo dari B']);
  expect(customerSees.events.filter((event) => event.messageAdded.text?.startsWith('Halo dari')).map((event) => event.messageAdded.text)).toEqual(['Halo dari A', 'Halo dari B']);
  await Promise.all([agentSocket.dispose(), customerSocket.dispose()]);
});

it('revokes a token on every instance at once, closing its sockets there', async () => {
  const admin = await loginAdmin(a.httpUrl);
  const socketOnB = connectSocket(b.wsUrl, admin.token);
  await socketOnB.connected;
  await graphqlRequest(a.httpUrl, Logout, {}, admin.token);
  expect((await socketOnB.closed).code).toBe(4401);
  expect(errorCode(await graphqlRequest(b.httpUrl, Me, {}, admin.token))).toBe('UNAUTHENTICATED');
});

it('refuses a logged-out token on the other instance in the very next request', async () => {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const admin = await loginAdmin(a.httpUrl);
    expect((await graphqlRequest(b.httpUrl, Me, {}, admin.token)).data?.me).toBeTruthy();
    await graphqlRequest(a.httpUrl, Logout, {}, admin.token);
    expect(errorCode(await graphqlRequest(b.httpUrl, Me, {}, admin.token))).toBe('UNAUTHENTICATED');
  }
});

it("signs an agent out on every instance when it changes its password, except where it changed it", async () => {
  const agent = await createAgent(a.httpUrl, await loginAdmin(a.httpUrl), 'berganti@example.com');
  const elsewhere = await loginAdmin(b.httpUrl, 'berganti@example.com', 'agent-password-1');
  const socketOnB = connectSocket(b.wsUrl, elsewhere.token);
  const callerSocketOnB = connectSocket(b.wsUrl, agent.token);
  await socketOnB.connected;
  const callerUpdates = subscribe(callerSocketOnB, OnChatSessionUpdated, {});
  await provedLive(callerUpdates, async () => {
    const opened = await startSession(a.httpUrl, await registerCustomer(a.httpUrl, 'Penanda'), 'penanda');
    return (event) => event.chatSessionUpdated.id === opened;
  });

  const changed = await graphqlRequest(a.httpUrl, ChangePassword, { currentPassword: 'agent-password-1', newPassword: 'a-new-password' }, agent.token);
  expect(changed.data?.changePassword).toBe(true);
  expect((await socketOnB.closed).code).toBe(4401);
  expect(errorCode(await graphqlRequest(b.httpUrl, Me, {}, elsewhere.token))).toBe('UNAUTHENTICATED');
  expect((await graphqlRequest(b.httpUrl, Me, {}, agent.token)).data?.me.id).toBe(agent.id);

  // The caller's own socket is still live.
  const customer = await registerCustomer(a.httpUrl);
  const sessionId = await startSession(a.httpUrl, customer, 'Halo');
  await waitUntil(() => callerUpdates.events.some((event) => event.chatSessionUpdated.id === sessionId));
  await callerSocketOnB.dispose();
});

const DisableAgent = graphql(`
  mutation DisableAgent($id: ID!, $disabled: Boolean!) {
    updateAdmin(id: $id, input: { disabled: $disabled }) {
      id
      disabled
    }
  }
`);

it('stops a disabled agent on every instance at once: its tokens refused on both, its sockets closed with 4403', async () => {
  const admin = await loginAdmin(a.httpUrl);
  const agent = await createAgent(a.httpUrl, admin, 'dinonaktifkan@example.com', 'Agen Nonaktif', 'AGENT');
  const socketOnB = connectSocket(b.wsUrl, agent.token);
  await socketOnB.connected;
  expect((await graphqlRequest(b.httpUrl, Me, {}, agent.token)).data?.me).toBeTruthy();

  const disabled = await graphqlRequest(a.httpUrl, DisableAgent, { id: agent.id, disabled: true }, admin.token);

  expect(disabled.data?.updateAdmin).toEqual({ id: agent.id, disabled: true });
  const [onA, onB] = await Promise.all([graphqlRequest(a.httpUrl, Me, {}, agent.token), graphqlRequest(b.httpUrl, Me, {}, agent.token)]);
  expect([errorCode(onA), errorCode(onB)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  expect((await socketOnB.closed).code).toBe(4403);
  const login = await graphqlRequest(b.httpUrl, Login, { email: 'dinonaktifkan@example.com', password: 'agent-password-1' });
  expect(login.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DISABLED' });
  expect(errorCode(await graphqlRequest(b.httpUrl, Login, { email: 'dinonaktifkan@example.com', password: 'salah-sandi-1' }))).toBe('UNAUTHENTICATED');

  await graphqlRequest(b.httpUrl, DisableAgent, { id: agent.id, disabled: false }, admin.token);
  const again = await loginAdmin(b.httpUrl, 'dinonaktifkan@example.com', 'agent-password-1');
  expect((await graphqlRequest(a.httpUrl, Me, {}, again.token)).data?.me).toBeTruthy();
  expect(errorCode(await graphqlRequest(a.httpUrl, Me, {}, agent.token))).toBe('UNAUTHENTICATED');
});

describe('two databases that share a Redis (a restored backup, a staging copy)', () => {
  let firstDb: TestDatabase;
  let otherDb: TestDatabase;
  let first: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    [firstDb, otherDb] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() };
    first = await startTestApp(firstDb.url, shared);
    other = await startTestApp(otherDb.url, shared);
  });
  afterAll(async () => {
    await first?.close();
    await other?.close();
    await Promise.all([firstDb?.drop(), otherDb?.drop()]);
  });

  it('delivers a message live whose id the other database announced a moment ago (its marker was message:<id>)', async () => {
    // Message ids count from 1 in each database: these take the ids the other one's next messages get.
    const there = await registerCustomer(first.httpUrl);
    const thereSession = await startSession(first.httpUrl, there, 'di sana');
    for (let n = 0; n < 30; n += 1) {
      await graphqlRequest(first.httpUrl, SendMessage, { input: { sessionId: thereSession, text: `di sana ${n}` } }, there.token);
    }
    const admin = await loginAdmin(other.httpUrl);
    const customer = await registerCustomer(other.httpUrl);
    const sessionId = await startSession(other.httpUrl, customer);
    const socket = connectSocket(other.wsUrl, admin.token);
    const messages = subscribe(socket, OnMessageAdded, { sessionId });
    await provedLive(messages, messageMarker(other.httpUrl, sessionId, customer.token));
    await socket.dispose();
  });
});
