import { SignJWT } from 'jose';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { ListChatSessions, Logout, OnChatSessionUpdated, OnMessageAdded, SendMessage, StartChatSession } from '../support/operations';
import { eventsDuring, messageMarker, provedLive, waitForValue, type SendMarker } from '../support/live';
import { connectSocket, errorCode, graphqlRequest, subscribe, TEST_JWT_SECRET, useTestApp } from '../support/test-app';
import type { OnChatSessionUpdatedSubscription } from '../gql/graphql';
import { expectNothingStored } from './hostile';

// Accounts are re-checked every second here, instead of every 30.
const handle = useTestApp({ MESSAGE_RATE_LIMIT: '0', ACCOUNT_RECHECK_SECONDS: '1' });
const url = () => handle.app.httpUrl;

let customer: Actor;
let sessionId: string;

beforeAll(async () => {
  customer = await registerCustomer(url(), 'Korban Token');
  sessionId = await startSession(url(), customer, 'halo');
});

const marker = () => messageMarker(url(), sessionId, customer.token);

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;

/** Each returns a token an attacker could hold; none may act as anyone. */
const forgeries: [string, () => Promise<string>][] = [
  ['alg none', async () => {
    const [, payload] = customer.token.split('.');
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...decode(payload), role: 'ADMIN' })}.`;
  }],
  ['a customer token with its role edited to ADMIN', async () => {
    const [header, payload, signature] = customer.token.split('.');
    return `${header}.${encode({ ...decode(payload), role: 'ADMIN' })}.${signature}`;
  }],
  ['a signature made with another secret', () => signed({ role: 'CUSTOMER', sub: customer.id }, 'another-secret-that-is-long-enough-for-hs256')],
  ['an expired token', () => signed({ role: 'CUSTOMER', sub: customer.id }, TEST_JWT_SECRET, -60)],
  ['HS512 instead of HS256', () => signed({ role: 'CUSTOMER', sub: customer.id }, TEST_JWT_SECRET, 3600, 'HS512')],
  ['a token from another issuer', () => signed({ role: 'CUSTOMER', sub: customer.id, iss: 'someone-else' }, TEST_JWT_SECRET)],
  ['a revoked token (logout)', async () => {
    const admin = await loginAdmin(url());
    await graphqlRequest(url(), Logout, {}, admin.token);
    return admin.token;
  }],
];

describe.each(forgeries)('%s', (_name, forge) => {
  it('is UNAUTHENTICATED over HTTP, and sends nothing', async () => {
    const token = await forge();
    await expectNothingStored(handle.app, async () => {
      const response = await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'palsu' } }, token);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.status).toBe(401);
    });
  });

  it('closes the socket with 4401, before any subscription', async () => {
    const token = await forge();
    const socket = connectSocket(handle.app.wsUrl, token);
    const messages = subscribe(socket, OnMessageAdded, { sessionId });
    expect((await socket.closed).code).toBe(4401);
    // The message reaches the customer's own live socket, and not the forged one.
    const own = connectSocket(handle.app.wsUrl, customer.token);
    const ownMessages = subscribe(own, OnMessageAdded, { sessionId });
    await provedLive(ownMessages, marker());
    await eventsDuring(ownMessages, marker(), () =>
      graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'sesudah' } }, customer.token),
    );
    expect(messages.events).toEqual([]);
    await own.dispose();
  });
});

describe('a token whose customer has been deleted', () => {
  let ghost: Actor;

  beforeAll(async () => {
    ghost = await registerCustomer(url(), 'Sudah Dihapus');
    await handle.app.deps.orm.em.fork().getConnection().execute('delete from customer where id = ?', [ghost.id]);
  });

  it('cannot open a session: UNAUTHENTICATED, nothing stored', async () => {
    await expectNothingStored(handle.app, async () => {
      const response = await graphqlRequest(url(), StartChatSession, { input: { message: 'saya hantu' } }, ghost.token);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });
  });

  it('closes its socket with 4401', async () => {
    const socket = connectSocket(handle.app.wsUrl, ghost.token);
    expect((await socket.closed).code).toBe(4401);
  });
});

// Only `me` and `sendMessage` looked the account up: a deleted agent's token kept working, and its
// open socket kept hearing of every new chat.
describe('a token whose agent has been deleted', () => {
  type SessionUpdate = OnChatSessionUpdatedSubscription;
  /** A new chat: what an agent's chatSessionUpdated() hears of, and what a deleted agent must not. */
  const newChat: SendMarker<SessionUpdate> = async () => {
    const name = `Penanda ${Math.random().toString(36).slice(2, 8)}`;
    await startSession(url(), await registerCustomer(url(), name), 'halo');
    return (event) => event.chatSessionUpdated.customer.name === name;
  };
  const deleteAgent = (id: string) => handle.app.deps.orm.em.fork().getConnection().execute('delete from admin where id = ?', [id]);
  const listSessions = async (token: string) => errorCode(await graphqlRequest(url(), ListChatSessions, {}, token));

  it('closes its open socket with 4401 without any request of its own, and refuses the token from then on', async () => {
    const agent = await createAgent(url(), await loginAdmin(url()), 'dihapus-soket@example.com');
    const socket = connectSocket(handle.app.wsUrl, agent.token);
    const updates = subscribe(socket, OnChatSessionUpdated, {});
    await provedLive(updates, newChat);

    await deleteAgent(agent.id);
    expect((await socket.closed).code).toBe(4401);
    expect(await listSessions(agent.token)).toBe('UNAUTHENTICATED');
    expect((await connectSocket(handle.app.wsUrl, agent.token).closed).code).toBe(4401);
  });

  it('refuses its token over HTTP, on an operation that looks no account up itself, and on a new socket', async () => {
    const agent = await createAgent(url(), await loginAdmin(url()), 'dihapus-http@example.com');
    expect(await listSessions(agent.token)).toBeUndefined();

    await deleteAgent(agent.id);
    expect(await waitForValue(() => listSessions(agent.token), 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    expect((await connectSocket(handle.app.wsUrl, agent.token).closed).code).toBe(4401);
  });
});

describe('a token that expires while its sockets are open', () => {
  it('closes every socket it opened with 4401 when it expires, and only those', async () => {
    const shortLived = await signed({ role: 'CUSTOMER', sub: customer.id }, TEST_JWT_SECRET, 2);
    const expiring = [connectSocket(handle.app.wsUrl, shortLived), connectSocket(handle.app.wsUrl, shortLived)];
    const lasting = connectSocket(handle.app.wsUrl, customer.token);
    const live = subscribe(expiring[0]!, OnMessageAdded, { sessionId });
    await provedLive(live, marker());
    const closed = await Promise.all(expiring.map((socket) => socket.closed));
    expect(closed.map((event) => [event.code, event.reason])).toEqual([
      [4401, 'Token expired'],
      [4401, 'Token expired'],
    ]);
    const stillOpen = subscribe(lasting, OnMessageAdded, { sessionId });
    await provedLive(stillOpen, marker());
    await lasting.dispose();
  });
});

function signed(claims: Record<string, unknown>, secret: string, expiresInSeconds = 3600, alg = 'HS256') {
  const now = Math.floor(Date.now() / 1000);
  const { sub, iss, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg })
    .setSubject(String(sub))
    .setJti(`forged-${Math.random()}`)
    .setIssuer(String(iss ?? 'livechat-oss'))
    .setIssuedAt(now - 7200)
    .setExpirationTime(now + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}
