import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { CreateAdmin, GetChatSession, ListChatSessions, OnMessageAdded, RegisterCustomer, SendMessage } from '../support/operations';
import { eventsDuring, messageMarker, provedLive } from '../support/live';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp, type SocketClient } from '../support/test-app';
import { expectNothingStored } from './hostile';

const handle = useTestApp({ MESSAGE_RATE_LIMIT: '0' });
const url = () => handle.app.httpUrl;

let admin: Actor;
let customer: Actor;
let sessionId: string;
let otherSessionMessage: string;
let firstMessage: string;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  admin = await loginAdmin(url());
  customer = await registerCustomer(url(), 'Penguji Masukan');
  sessionId = await startSession(url(), customer, 'pesan pertama');
  firstMessage = (await graphqlRequest(url(), GetChatSession, { id: sessionId }, customer.token)).data!.chatSession!.messages.edges[0].node.id;
  const other = await registerCustomer(url(), 'Sesi Lain');
  const otherSession = await startSession(url(), other);
  const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId: otherSession, text: 'milik sesi lain' } }, other.token);
  otherSessionMessage = sent.data!.sendMessage.id;
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

async function watchMessages() {
  const socket = connectSocket(handle.app.wsUrl, admin.token);
  sockets.push(socket);
  const messages = subscribe(socket, OnMessageAdded, { sessionId });
  await provedLive(messages, marker());
  return messages;
}

const marker = () => messageMarker(url(), sessionId, customer.token);

describe('hostile Unicode in messages', () => {
  it.each([
    ['zero-width spaces only', '\u200B\u200B\u200B'],
    ['a word joiner and a BOM only', '\u2060\uFEFF'],
    ['bidi controls only', '\u202E\u2066\u200F'],
    ['a lone low surrogate', 'halo \uDC00 dunia'],
    ['5,001 characters of emoji', '😀'.repeat(5001)],
  ])('%s: BAD_USER_INPUT, nothing stored or published', async (_name, text) => {
    const messages = await watchMessages();
    const published = await eventsDuring(messages, marker(), () =>
      expectNothingStored(handle.app, async () => {
        const response = await graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      }),
    );
    expect(published).toEqual([]);
  });

  it('an emoji-only message is a real message', async () => {
    const response = await graphqlRequest(url(), SendMessage, { input: { sessionId, text: '👍' } }, customer.token);
    expect(response.data?.sendMessage.text).toBe('👍');
  });
});

describe('hostile Unicode in names', () => {
  it.each([
    ['a lone high surrogate', 'Budi \uD83D'],
    ['zero-width characters only', '\u200B\u200C\u200D\u2060'],
    ['a BOM and bidi isolates only', '\uFEFF\u2067\u2069'],
    ['a newline-split control', 'Budi\u001B[31m'],
  ])('registerCustomer with %s: BAD_USER_INPUT, nothing stored', async (_name, name) => {
    await expectNothingStored(handle.app, async () => {
      expect(errorCode(await graphqlRequest(url(), RegisterCustomer, { input: { name } }))).toBe('BAD_USER_INPUT');
    });
  });

  it('createAdmin with an invisible-only name: BAD_USER_INPUT, no agent', async () => {
    await expectNothingStored(handle.app, async () => {
      const input = { email: 'kosong@example.id', name: '\u200B\u202E', password: 'password-123' };
      expect(errorCode(await graphqlRequest(url(), CreateAdmin, { input }, admin.token))).toBe('BAD_USER_INPUT');
    });
  });

  it('createAdmin strips a bidi override that would disguise the name', async () => {
    const input = { email: 'bidi@example.id', name: 'Agen\u202Etxt.exe', password: 'password-123' };
    const response = await graphqlRequest(url(), CreateAdmin, { input }, admin.token);
    expect(response.data?.createAdmin.name).toBe('Agentxt.exe');
  });
});

describe('pagination abuse', () => {
  const messagesPage = (args: Record<string, unknown>) => graphqlRequest(url(), GetChatSession, { id: sessionId, ...args }, customer.token);

  it.each([
    ['first: 10000', { first: 10_000 }],
    ['last: -1', { last: -1 }],
    ['a forged numeric cursor', { after: '1 OR 1=1' }],
    ['a cursor of another session', () => ({ after: otherSessionMessage })],
    ['after of this session mixed with before of another', () => ({ first: 5, after: firstMessage, before: otherSessionMessage })],
  ])('messages with %s: BAD_USER_INPUT, no messages', async (_name, args) => {
    const response = await messagesPage(typeof args === 'function' ? args() : args);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toContain('milik sesi lain');
  });

  it('messages with first: 2^31: refused before any resolver (BAD_USER_INPUT)', async () => {
    const response = await messagesPage({ first: 2 ** 31 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it.each([
    ['first: 10000', { first: 10_000 }],
    ['a well-encoded cursor with SQL in it', { after: Buffer.from("session:2020-01-01T00:00:00Z|' or 1=1 --").toString('base64url') }],
    ['a cursor of another list (a message id)', () => ({ after: otherSessionMessage })],
  ])('chatSessions with %s: BAD_USER_INPUT', async (_name, args) => {
    const response = await graphqlRequest(url(), ListChatSessions, typeof args === 'function' ? args() : args, admin.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data?.chatSessions ?? null).toBeNull();
  });
});
