import pino from 'pino';
import { Client } from 'pg';
import { graphql } from '../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../test/support/actors';
import {
  ChangePassword,
  Login,
  OnMessageAdded,
  OnTypingChanged,
  RegisterCustomer,
  SendMessage,
  SetTyping,
  StartChatSession,
} from '../../test/support/operations';
import {
  connectSocket,
  createTestDatabase,
  errorCode,
  graphqlRequest,
  settle,
  startTestApp,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  useTestApp,
  type GraphQLResponse,
  type SocketClient,
  type TestApp,
  type TestDatabase,
} from '../../test/support/test-app';
import { multipartRequest } from '../../test/support/upload';
import { startThrowawayRedis, waitFor, type ThrowawayRedis } from '../../test/faults/throwaway-services';

const SendFileMessage = graphql(`
  mutation SendRateLimitedFile($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
    }
  }
`);

// Small limits, so that each test reaches one in a few calls. TRUST_PROXY lets each test speak
// from an address of its own through X-Forwarded-For, so the per-IP limits of one test do not
// spill into the next.
const LIMITS = {
  TRUST_PROXY: 'loopback',
  LOGIN_RATE_LIMIT: '6',
  LOGIN_LOCKOUT_AFTER: '3',
  SESSION_RATE_LIMIT: '3',
  MESSAGE_RATE_LIMIT: '3',
  TYPING_RATE_LIMIT: '2',
};

const handle = useTestApp(LIMITS, { rateLimits: true });
const url = () => handle.app.httpUrl;
const sockets: SocketClient[] = [];
let pg: Client;

beforeAll(async () => {
  pg = new Client({ connectionString: handle.db.url });
  pg.on('error', () => {}); // the database is dropped under it at the end
  await pg.connect();
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await pg?.end();
});

let lastAddress = 0;
/** A client address no other test uses. */
const newAddress = () => `203.0.113.${++lastAddress}`;
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const rowCount = async (table: string) => Number((await pg.query(`select count(*) from ${table}`)).rows[0].count);

function expectRateLimited(response: GraphQLResponse<unknown>, longestSeconds: number) {
  expect(errorCode(response)).toBe('RATE_LIMITED');
  expect(response.data ?? null).toBeNull();
  const retryAfter = response.errors![0].extensions!.retryAfter as number;
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(longestSeconds);
  return retryAfter;
}

function socketOf(token: string) {
  const socket = connectSocket(handle.app.wsUrl, token);
  sockets.push(socket);
  return socket;
}

describe('login', () => {
  const attempt = (ip: string, email: string, password: string) => graphqlRequest(url(), Login, { email, password }, undefined, from(ip));

  it('locks an email out after 3 failures from one IP, answering a known and an unknown email alike', async () => {
    const [knownIp, unknownIp] = [newAddress(), newAddress()];
    const answers = async (ip: string, email: string) => {
      const failures = [];
      for (let i = 0; i < 3; i += 1) failures.push(await attempt(ip, email, 'wrong-password'));
      return { failures, refusal: await attempt(ip, email, 'password123') };
    };
    const known = await answers(knownIp, 'admin@example.com');
    const unknown = await answers(unknownIp, 'ghost@example.com');

    for (const failure of [...known.failures, ...unknown.failures]) expect(errorCode(failure)).toBe('UNAUTHENTICATED');
    // Even the right password waits: the lockout is decided before the password is checked.
    expect(expectRateLimited(known.refusal, 60)).toBeGreaterThan(50);
    expectRateLimited(unknown.refusal, 60);
    expect(known.refusal.errors).toEqual(unknown.refusal.errors);
    expect(known.refusal.status).toBe(unknown.refusal.status);
    // The same email from another address is not locked out.
    expect((await attempt(newAddress(), 'admin@example.com', 'password123')).data?.login.token).toBeTruthy();
  });

  it('starts the run of failures over after a successful login', async () => {
    const ip = newAddress();
    for (let round = 0; round < 2; round += 1) {
      expect(errorCode(await attempt(ip, 'admin@example.com', 'wrong-password'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt(ip, 'admin@example.com', 'wrong-password'))).toBe('UNAUTHENTICATED');
      expect((await attempt(ip, 'admin@example.com', 'password123')).data?.login.token).toBeTruthy();
    }
  });

  it('refuses an address that failed 6 times in an hour, whichever emails it tried', async () => {
    const ip = newAddress();
    for (let i = 0; i < 6; i += 1) {
      expect(errorCode(await attempt(ip, `guess-${i}@example.com`, 'wrong-password'))).toBe('UNAUTHENTICATED');
    }
    const refused = await attempt(ip, 'admin@example.com', 'password123');
    expect(expectRateLimited(refused, 3600)).toBeGreaterThan(60);
  });
});

describe('changePassword', () => {
  it('locks out guesses of the current password like login does, so a stolen token is no way around it', async () => {
    const agent = await createAgent(url(), await loginAdmin(url()), 'tebak-sandi@example.com');
    const ip = newAddress();
    const change = (currentPassword: string) =>
      graphqlRequest(url(), ChangePassword, { currentPassword, newPassword: 'sandi-baru-123' }, agent.token, from(ip));
    for (let i = 0; i < 3; i += 1) expect(errorCode(await change(`guess-${i}-password`))).toBe('BAD_USER_INPUT');
    expectRateLimited(await change('agent-password-1'), 60);
    expect((await graphqlRequest(url(), Login, { email: 'tebak-sandi@example.com', password: 'agent-password-1' })).data).toBeTruthy();
  });
});

describe('registerCustomer and startChatSession', () => {
  it('lets one address register 3 visitors a minute and stores nothing for the 4th', async () => {
    const ip = newAddress();
    const register = () => graphqlRequest(url(), RegisterCustomer, { input: { name: 'Budi' } }, undefined, from(ip));
    for (let i = 0; i < 3; i += 1) expect((await register()).data?.registerCustomer.token).toBeTruthy();
    const before = await rowCount('customer');
    expectRateLimited(await register(), 60);
    expect(await rowCount('customer')).toBe(before);
    expect((await graphqlRequest(url(), RegisterCustomer, { input: { name: 'Ani' } }, undefined, from(newAddress()))).data).toBeTruthy();
  });

  it('lets one address start 3 chats a minute and stores nothing for the 4th', async () => {
    const ip = newAddress();
    const visitors: Actor[] = [];
    for (let i = 0; i < 4; i += 1) visitors.push(await registerAt(newAddress()));
    const start = (visitor: Actor) =>
      graphqlRequest(url(), StartChatSession, { input: { message: 'halo' } }, visitor.token, from(ip));
    for (const visitor of visitors.slice(0, 3)) expect((await start(visitor)).data?.startChatSession.id).toBeTruthy();
    const [sessions, messages] = [await rowCount('chat_session'), await rowCount('message')];
    expectRateLimited(await start(visitors[3]), 60);
    expect(await rowCount('chat_session')).toBe(sessions);
    expect(await rowCount('message')).toBe(messages);
  });
});

describe('sendMessage and sendFileMessage', () => {
  it('lets a sender send 3 messages a minute, over HTTP and the socket together, and stores and publishes nothing past that', async () => {
    const { visitor, sessionId, admin } = await conversation();
    const live = subscribe(socketOf(admin.token), OnMessageAdded, { sessionId });
    await settle();
    const send = (text: string) => graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, visitor.token);

    expect((await send('satu')).data?.sendMessage.id).toBeTruthy();
    expect((await send('dua')).data?.sendMessage.id).toBeTruthy();
    const overSocket = subscribe(socketOf(visitor.token), SendMessage, { input: { sessionId, text: 'tiga' } });
    await overSocket.completed;
    expect(overSocket.events[0]?.sendMessage.id).toBeTruthy();
    const storedBefore = await rowCount('message');

    expectRateLimited(await send('empat'), 60);
    const refusedOverSocket = subscribe(socketOf(visitor.token), SendMessage, { input: { sessionId, text: 'lima' } });
    await refusedOverSocket.completed;
    expect(refusedOverSocket.errors.flat()[0]?.extensions?.code).toBe('RATE_LIMITED');
    const file = { content: new TextEncoder().encode('catatan'), filename: 'catatan.txt', type: 'text/plain' };
    const refusedFile = await multipartRequest(url(), SendFileMessage, { input: { sessionId, file: null } }, 'variables.input.file', file, {
      token: visitor.token,
    });
    expectRateLimited(refusedFile, 60);

    await settle();
    expect(await rowCount('message')).toBe(storedBefore);
    expect(await rowCount('file_attachment')).toBe(0);
    expect(live.events.map((event) => event.messageAdded.text)).toEqual(['satu', 'dua', 'tiga']);
    // The agent has an allowance of its own.
    expect((await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'balas' } }, admin.token)).data).toBeTruthy();
  });
});

describe('retries with the same clientMessageId', () => {
  it('does not count a retried send against the limit again, nor refuse it at the limit', async () => {
    const { visitor, sessionId } = await conversation();
    const send = (text: string, clientMessageId?: string) =>
      graphqlRequest(url(), SendMessage, { input: { sessionId, text, clientMessageId } }, visitor.token);
    const first = await send('satu', 'retry-1');
    for (let retry = 0; retry < 3; retry += 1) expect((await send('satu', 'retry-1')).data?.sendMessage).toEqual(first.data?.sendMessage);
    expect((await send('dua', 'retry-2')).data?.sendMessage.id).toBeTruthy();
    expect((await send('tiga')).data?.sendMessage.id).toBeTruthy();
    // The allowance of 3 is used up by three messages, whatever the retries.
    expectRateLimited(await send('empat', 'retry-4'), 60);
    expect((await send('dua', 'retry-2')).data?.sendMessage.id).toBeTruthy();
    // A refused attempt was not counted, so its retry is counted (and refused) like a first one.
    expectRateLimited(await send('empat', 'retry-4'), 60);
    const stored = await pg.query('select text from message where session_id = $1 order by id', [sessionId]);
    expect(stored.rows.map((row) => row.text)).toEqual(['satu', 'dua', 'tiga']);
  });

  it('does not count a retried startChatSession against the per-address limit again', async () => {
    const ip = newAddress();
    const visitor = await registerAt(newAddress());
    const start = (message: string, clientMessageId: string) =>
      graphqlRequest(url(), StartChatSession, { input: { message, clientMessageId } }, visitor.token, from(ip));
    const first = await start('halo', 'start-1');
    for (let retry = 0; retry < 3; retry += 1) expect((await start('halo', 'start-1')).data?.startChatSession.id).toBe(first.data?.startChatSession.id);
    const other = await registerAt(newAddress());
    for (let i = 0; i < 2; i += 1) {
      const response = await graphqlRequest(url(), StartChatSession, { input: { message: `hai ${i}` } }, other.token, from(ip));
      expect(response.data?.startChatSession.id).toBeTruthy();
    }
    expectRateLimited(await graphqlRequest(url(), StartChatSession, { input: { message: 'lagi' } }, other.token, from(ip)), 60);
  });
});

describe('setTyping', () => {
  it('drops typing updates past 2 a second quietly: true, and nothing published', async () => {
    const { visitor, sessionId, admin } = await conversation();
    const typing = subscribe(socketOf(admin.token), OnTypingChanged, { sessionId });
    await settle();
    const setTyping = (isTyping: boolean) => graphqlRequest(url(), SetTyping, { sessionId, isTyping }, visitor.token);

    const answers = [];
    for (const isTyping of [true, false, true, false, true]) answers.push(await setTyping(isTyping));
    expect(answers.map((answer) => answer.data?.setTyping)).toEqual([true, true, true, true, true]);
    await settle();
    expect(typing.events.length).toBeLessThanOrEqual(2);
    expect(typing.events.length).toBeGreaterThanOrEqual(1);

    await settle(1100);
    const published = typing.events.length;
    expect((await setTyping(true)).data?.setTyping).toBe(true);
    await typing.waitFor(published + 1);
  });
});

/** A visitor in a chat of its own, and the agent who watches it. */
async function conversation() {
  const visitor = await registerAt(newAddress());
  return { visitor, sessionId: await startAt(newAddress(), visitor), admin: await loginAdmin(url()) };
}

async function registerAt(ip: string): Promise<Actor> {
  const response = await graphqlRequest(url(), RegisterCustomer, { input: { name: 'Citra' } }, undefined, from(ip));
  return { id: response.data!.registerCustomer.customer.id, token: response.data!.registerCustomer.token };
}

async function startAt(ip: string, visitor: Actor): Promise<string> {
  const response = await graphqlRequest(url(), StartChatSession, { input: null }, visitor.token, from(ip));
  return response.data!.startChatSession.id;
}

describe('with Redis', () => {
  let db: TestDatabase;
  let throwawayRedis: ThrowawayRedis | undefined;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await throwawayRedis?.stop();
    await db?.drop();
  });

  it('shares the limits between instances, and counts by the peer address while TRUST_PROXY is off', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix(), SESSION_RATE_LIMIT: '2', MESSAGE_RATE_LIMIT: '3' };
    const [a, b] = [await startTestApp(db.url, env, { rateLimits: true }), await startTestApp(db.url, env, { rateLimits: true })];
    apps.push(a, b);
    const register = (app: TestApp, spoofedIp: string) =>
      graphqlRequest(app.httpUrl, RegisterCustomer, { input: { name: 'Dewi' } }, undefined, from(spoofedIp));

    const visitorResponse = await register(a, '198.51.100.1');
    expect(visitorResponse.data).toBeTruthy();
    expect((await register(b, '198.51.100.2')).data).toBeTruthy();
    expectRateLimited(await register(a, '198.51.100.3'), 60);

    const visitor = visitorResponse.data!.registerCustomer.token;
    const sessionId = (await graphqlRequest(b.httpUrl, StartChatSession, { input: null }, visitor)).data!.startChatSession.id;
    const send = (app: TestApp) => graphqlRequest(app.httpUrl, SendMessage, { input: { sessionId, text: 'hai' } }, visitor);
    expect((await send(a)).data).toBeTruthy();
    expect((await send(b)).data).toBeTruthy();
    expect((await send(a)).data).toBeTruthy();
    expectRateLimited(await send(b), 60);
  });

  it('keeps limiting in memory, with a warning, while Redis is down, and lets nobody be refused for the outage', async () => {
    const redis = (throwawayRedis = await startThrowawayRedis());
    try {
      const logs: string[] = [];
      const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(line) });
      const app = await startTestApp(
        db.url,
        { REDIS_URL: redis.url, REDIS_PREFIX: uniqueRedisPrefix(), MESSAGE_RATE_LIMIT: '2', LOG_LEVEL: 'warn' },
        { rateLimits: true, logger },
      );
      apps.push(app);
      const visitor = await registerCustomer(app.httpUrl);
      const sessionId = await startSession(app.httpUrl, visitor);
      const send = () => graphqlRequest(app.httpUrl, SendMessage, { input: { sessionId, text: 'masih di sini?' } }, visitor.token);
      expect((await send()).data).toBeTruthy();

      await redis.stop();
      await waitFor(() => logs.some((line) => line.includes('redis connection error')), 5000, 'the outage to be noticed');
      // The count starts over in memory: two more are allowed, then the limit holds again.
      expect((await send()).data).toBeTruthy();
      expect((await send()).data).toBeTruthy();
      expectRateLimited(await send(), 60);
      expect(logs.some((line) => line.includes('rate limits count in this process only'))).toBe(true);
    } finally {
      await redis.start(); // lets the app close without waiting on a dead Redis
    }
  });
});
