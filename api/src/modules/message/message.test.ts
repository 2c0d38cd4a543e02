import { DEFAULT_ADMIN } from '../../db/seed';
import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import {
  AssignChatSession,
  CloseChatSession,
  GetChatSession,
  OnChatSessionUpdated,
  OnMessageAdded,
  OnTypingChanged,
  SendMessage,
  SetTyping,
} from '../../../test/support/operations';
import { countOrmQueries } from '../../../test/support/orm-queries';
import { connectSocket, errorCode, graphqlRequest, metricValue, settle, subscribe, useTestApp } from '../../../test/support/test-app';
import { waitFor } from '../../../test/faults/throwaway-services';

const OnTypingWithName = graphql(`
  subscription OnTypingWithName($sessionId: ID!) {
    typingChanged(sessionId: $sessionId) {
      sender
      senderName
      isTyping
    }
  }
`);

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
});

const storedMessages = async (sessionId: string) =>
  (await handle.app.deps.orm.em
    .fork()
    .getConnection()
    .execute('select text, client_message_id from message where session_id = ? order by id', [sessionId])) as {
    text: string;
    client_message_id: string | null;
  }[];

/** A customer with an open session, and an agent socket watching its messages. */
async function conversation() {
  const customer = await registerCustomer(url(), 'Joko Widodo');
  const sessionId = await startSession(url(), customer);
  const socket = connectSocket(handle.app.wsUrl, admin.token);
  const messages = subscribe(socket, OnMessageAdded, { sessionId });
  await settle();
  return { customer, sessionId, socket, messages };
}

/** What `run` sent to PostgreSQL: the named statements on the ORM's own pg pool, and the ORM's own queries. */
async function statementsRunBy<T>(run: () => Promise<T>): Promise<{ result: T; statements: unknown[]; ormQueries: number }> {
  const { orm } = handle.app.deps;
  const pool = await orm.em.getConnection().getNativeClient();
  const poolQueries = jest.spyOn(pool, 'query');
  try {
    const counted = await countOrmQueries(orm, run);
    const statements = poolQueries.mock.calls.map(([query]) => (typeof query === 'object' ? (query as { name?: string }).name : query));
    return { result: counted.result, statements, ormQueries: counted.queries };
  } finally {
    poolQueries.mockRestore();
  }
}

describe('sendMessage', () => {
  it("stores a message with one named prepared statement on the ORM's own pg pool, and no ORM query", async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const { orm } = handle.app.deps;
    const send = await statementsRunBy(() => graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Satu pernyataan saja.' } }, customer.token));
    expect(send.result.data?.sendMessage.text).toBe('Satu pernyataan saja.');
    expect(send.statements).toEqual(['livechat_store_message']);
    expect(send.ormQueries).toBe(0);
    // The count was live: reading the message back through the ORM is counted.
    const read = await countOrmQueries(orm, () => storedMessages(sessionId));
    expect(read.result).toContainEqual({ text: 'Satu pernyataan saja.', client_message_id: null });
    expect(read.queries).toBeGreaterThan(0);
  });

  it("checks an AGENT's reply and stores it in two prepared statements and no ORM query, once its first reply has claimed the chat", async () => {
    const agent = await createAgent(url(), admin, `replier-${Date.now()}@example.test`, 'Agen Balas', 'AGENT');
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Ada yang bisa membantu?');
    const reply = await statementsRunBy(() => graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Tentu, saya bantu.' } }, agent.token));
    expect(reply.result.data?.sendMessage.text).toBe('Tentu, saya bantu.');
    // The claim runs in a transaction on a client of its own; the check's status decides it, unread again.
    expect(reply.statements[0]).toBe('livechat_staff_in_chat');
    expect(reply.statements).not.toContain('livechat_session_status');
    const { data } = await graphqlRequest(url(), GetChatSession, { id: sessionId }, admin.token);
    expect(data?.chatSession?.assignedAdmin?.id).toBe(agent.id);
    const second = await statementsRunBy(() => graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Mohon tunggu.' } }, agent.token));
    expect(second.ormQueries).toBe(0);
    expect(second.statements).toEqual(['livechat_staff_in_chat', 'livechat_store_message']);
  });

  it("hands the inbox the message an update announces as its lastMessage, without reading it back", async () => {
    type InboxEvent = { chatSessionUpdated: { id: string; assignedAdmin: { id: string } | null; lastMessage: { text: string | null } | null } };
    const customer = await registerCustomer(url());
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const listening = await metricValue(url(), 'livechat_subscriptions_active');
    const inbox = subscribe<InboxEvent, Record<string, never>>(socket, 'subscription { chatSessionUpdated { id assignedAdmin { id } lastMessage { text } } }', {});
    await waitFor(async () => (await metricValue(url(), 'livechat_subscriptions_active')) > listening, 5000, 'the inbox subscription');
    const updateOf = (sessionId: string, matches: (update: InboxEvent['chatSessionUpdated']) => boolean) =>
      waitFor(() => inbox.events.find((event) => event.chatSessionUpdated.id === sessionId && matches(event.chatSessionUpdated)), 5000, 'the inbox update');
    const sessionId = await startSession(url(), customer, 'Pesan pertama.');
    await updateOf(sessionId, (update) => update.lastMessage?.text === 'Pesan pertama.');
    const { orm } = handle.app.deps;
    const LAST_MESSAGE_READ = /distinct on \(m\.session_id\)/;
    const sent = await countOrmQueries(orm, async () => {
      await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Pesan kedua.' } }, customer.token);
      await updateOf(sessionId, (update) => update.lastMessage?.text === 'Pesan kedua.');
    }, LAST_MESSAGE_READ);
    expect(sent.queries).toBe(0);
    // An update that announces no message reads it: the count was live.
    const assigned = await countOrmQueries(orm, async () => {
      await graphqlRequest(url(), AssignChatSession, { id: sessionId }, admin.token);
      return updateOf(sessionId, (update) => update.assignedAdmin?.id === admin.id);
    }, LAST_MESSAGE_READ);
    expect(assigned.result.chatSessionUpdated.lastMessage?.text).toBe('Pesan kedua.');
    expect(assigned.queries).toBeGreaterThan(0);
    await socket.dispose();
  });

  it("delivers a customer's message live with the sender's name", async () => {
    const { customer, sessionId, socket, messages } = await conversation();
    const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId, text: '  Bagaimana cara mengurus NIB?  ' } }, customer.token);
    expect(sent.data?.sendMessage).toMatchObject({ sender: 'CUSTOMER', senderName: 'Joko Widodo', text: 'Bagaimana cara mengurus NIB?' });
    const [event] = await messages.waitFor(1);
    expect(event.messageAdded).toMatchObject({ id: sent.data!.sendMessage.id, text: 'Bagaimana cara mengurus NIB?' });
    await socket.dispose();
  });

  it("assigns a WAITING session to the agent who replies first, and only the first", async () => {
    const { sessionId, socket } = await conversation();
    const updates = subscribe(socket, OnChatSessionUpdated, { id: sessionId });
    await settle();
    const reply = await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Silakan, saya bantu.' } }, admin.token);
    expect(reply.data?.sendMessage).toMatchObject({ sender: 'ADMIN', senderName: 'Admin' });
    const session = await graphqlRequest(url(), GetChatSession, { id: sessionId }, admin.token);
    expect(session.data?.chatSession).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: admin.id } });
    const [update] = await updates.waitFor(1);
    expect(update.chatSessionUpdated).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: admin.id } });
    await socket.dispose();
  });

  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t '],
    ['over 5,000 characters', 'a'.repeat(5001)],
    ['a NUL character', 'halo\u0000'],
    ['a control character', 'halo\u0007'],
    ['a lone surrogate', 'halo \uD800'],
  ])('refuses %s with BAD_USER_INPUT, storing and publishing nothing', async (_case, text) => {
    const { customer, sessionId, socket, messages } = await conversation();
    const response = await graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe('text');
    await settle();
    expect(await storedMessages(sessionId)).toEqual([]);
    expect(messages.events).toEqual([]);
    await socket.dispose();
  });

  it('accepts exactly 5,000 characters, newlines kept', async () => {
    const { customer, sessionId, socket } = await conversation();
    const text = `baris satu\nbaris dua ${'x'.repeat(4980)}`.slice(0, 5000);
    const response = await graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
    expect(response.data?.sendMessage.text).toBe(text);
    await socket.dispose();
  });

  it('refuses a closed session with SESSION_CLOSED', async () => {
    const { customer, sessionId, socket, messages } = await conversation();
    await graphqlRequest(url(), CloseChatSession, { id: sessionId }, admin.token);
    expect(errorCode(await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'halo?' } }, customer.token))).toBe('SESSION_CLOSED');
    expect(errorCode(await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'halo?' } }, admin.token))).toBe('SESSION_CLOSED');
    await settle();
    expect(await storedMessages(sessionId)).toEqual([]);
    expect(messages.events).toEqual([]);
    await socket.dispose();
  });

  it("reports another customer's session as NOT_FOUND", async () => {
    const { sessionId, socket } = await conversation();
    const stranger = await registerCustomer(url());
    expect(errorCode(await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'hai' } }, stranger.token))).toBe('NOT_FOUND');
    expect(await storedMessages(sessionId)).toEqual([]);
    await socket.dispose();
  });
});

describe('clientMessageId', () => {
  it('makes a resend return the stored message, storing and publishing it once', async () => {
    const { customer, sessionId, socket, messages } = await conversation();
    const input = { sessionId, text: 'sekali saja', clientMessageId: 'c-1' };
    const first = await graphqlRequest(url(), SendMessage, { input }, customer.token);
    const retry = await graphqlRequest(url(), SendMessage, { input }, customer.token);
    const sameIdOtherText = await graphqlRequest(url(), SendMessage, { input: { ...input, text: 'lain' } }, customer.token);
    expect(retry.data?.sendMessage).toEqual(first.data?.sendMessage);
    expect(sameIdOtherText.data?.sendMessage).toEqual(first.data?.sendMessage);
    await settle();
    expect(await storedMessages(sessionId)).toEqual([{ text: 'sekali saja', client_message_id: 'c-1' }]);
    expect(messages.events).toHaveLength(1);
    await socket.dispose();
  });

  it('stores one message when the same id is sent concurrently', async () => {
    const { customer, sessionId, socket, messages } = await conversation();
    const input = { sessionId, text: 'balapan', clientMessageId: 'race-1' };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => graphqlRequest(url(), SendMessage, { input }, customer.token)),
    );
    const ids = new Set(responses.map((response) => response.data?.sendMessage.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    await settle();
    expect(await storedMessages(sessionId)).toHaveLength(1);
    expect(messages.events).toHaveLength(1);
    await socket.dispose();
  });

  it('is scoped to its session', async () => {
    const first = await conversation();
    const second = await conversation();
    const a = await graphqlRequest(url(), SendMessage, { input: { sessionId: first.sessionId, text: 'a', clientMessageId: 'same' } }, first.customer.token);
    const b = await graphqlRequest(url(), SendMessage, { input: { sessionId: second.sessionId, text: 'b', clientMessageId: 'same' } }, second.customer.token);
    expect(a.data?.sendMessage.id).not.toBe(b.data?.sendMessage.id);
    await Promise.all([first.socket.dispose(), second.socket.dispose()]);
  });

  it.each([['x'.repeat(101)], ['with space'], ['']])('refuses %j as a clientMessageId', async (clientMessageId) => {
    const { customer, sessionId, socket } = await conversation();
    const response = await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'hai', clientMessageId } }, customer.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await storedMessages(sessionId)).toEqual([]);
    await socket.dispose();
  });
});

describe('messages(after:)', () => {
  it('returns exactly what came after the cursor, oldest first, and pages back with last/before', async () => {
    const { customer, sessionId, socket } = await conversation();
    const ids: string[] = [];
    for (let n = 1; n <= 7; n += 1) {
      const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId, text: `pesan ${n}` } }, customer.token);
      ids.push(sent.data!.sendMessage.id);
    }
    const page = async (args: { first?: number; after?: string; last?: number; before?: string }) =>
      (await graphqlRequest(url(), GetChatSession, { id: sessionId, ...args }, customer.token)).data!.chatSession!.messages;

    const afterThird = await page({ after: ids[2] });
    expect(afterThird.edges.map((edge) => edge.node.text)).toEqual(['pesan 4', 'pesan 5', 'pesan 6', 'pesan 7']);
    expect(afterThird.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: ids[6] });

    const twoAfterThird = await page({ first: 2, after: ids[2] });
    expect(twoAfterThird.edges.map((edge) => edge.node.text)).toEqual(['pesan 4', 'pesan 5']);
    expect(twoAfterThird.pageInfo.hasNextPage).toBe(true);

    expect((await page({ after: ids[6] })).edges).toEqual([]);

    const latest = await page({ last: 3 });
    expect(latest.edges.map((edge) => edge.node.text)).toEqual(['pesan 5', 'pesan 6', 'pesan 7']);
    expect(latest.pageInfo.hasPreviousPage).toBe(true);
    const older = await page({ last: 3, before: latest.pageInfo.startCursor! });
    expect(older.edges.map((edge) => edge.node.text)).toEqual(['pesan 2', 'pesan 3', 'pesan 4']);
    expect(latest.totalCount).toBe(7);
    await socket.dispose();
  });

  it('refuses unknown cursors, cursors of another session and bad page sizes', async () => {
    const mine = await conversation();
    const theirs = await conversation();
    const foreign = await graphqlRequest(url(), SendMessage, { input: { sessionId: theirs.sessionId, text: 'x' } }, theirs.customer.token);
    for (const args of [{ after: foreign.data!.sendMessage.id }, { after: '999999999' }, { after: 'abc' }, { before: '-1' }, { first: 101 }, { first: -1 }, { last: 500 }]) {
      const response = await graphqlRequest(url(), GetChatSession, { id: mine.sessionId, ...args }, mine.customer.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
    await Promise.all([mine.socket.dispose(), theirs.socket.dispose()]);
  });

  it('lets a client whose socket died catch up with no gap and no duplicate', async () => {
    const { customer, sessionId, socket, messages } = await conversation();
    const send = (text: string) => graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
    await send('satu');
    await send('dua');
    await messages.waitFor(2);
    const lastSeen = messages.events.at(-1)!.messageAdded.id;
    await socket.dispose(); // the agent's connection drops mid-conversation
    await send('tiga');
    await send('empat');
    const reconnected = connectSocket(handle.app.wsUrl, admin.token);
    const live = subscribe(reconnected, OnMessageAdded, { sessionId });
    await settle();
    const missed = await graphqlRequest(url(), GetChatSession, { id: sessionId, after: lastSeen }, admin.token);
    await send('lima');
    await live.waitFor(1);
    const seen = [
      ...messages.events.map((event) => event.messageAdded.text),
      ...missed.data!.chatSession!.messages.edges.map((edge) => edge.node.text),
      ...live.events.map((event) => event.messageAdded.text),
    ];
    expect(seen).toEqual(['satu', 'dua', 'tiga', 'empat', 'lima']);
    await reconnected.dispose();
  });
});

describe('setTyping', () => {
  it("reaches the other side, and is not echoed to the typist", async () => {
    const { customer, sessionId, socket } = await conversation();
    const agentSees = subscribe(socket, OnTypingChanged, { sessionId });
    const customerSocket = connectSocket(handle.app.wsUrl, customer.token);
    const customerSees = subscribe(customerSocket, OnTypingChanged, { sessionId });
    await settle();
    await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, customer.token);
    await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, admin.token);
    await graphqlRequest(url(), SetTyping, { sessionId, isTyping: false }, customer.token);
    await agentSees.waitFor(2);
    await customerSees.waitFor(1);
    await settle();
    expect(agentSees.events.map((event) => event.typingChanged)).toEqual([
      { sessionId, sender: 'CUSTOMER', isTyping: true },
      { sessionId, sender: 'CUSTOMER', isTyping: false },
    ]);
    expect(customerSees.events.map((event) => event.typingChanged)).toEqual([{ sessionId, sender: 'ADMIN', isTyping: true }]);
    await Promise.all([socket.dispose(), customerSocket.dispose()]);
  });

  it('names the typist (TypingEvent.senderName): the agent to the visitor, the visitor to the agent', async () => {
    const { customer, sessionId, socket } = await conversation();
    const agentSees = subscribe(socket, OnTypingWithName, { sessionId });
    const customerSocket = connectSocket(handle.app.wsUrl, customer.token);
    const customerSees = subscribe(customerSocket, OnTypingWithName, { sessionId });
    await settle();
    await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, customer.token);
    await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, admin.token);
    const [heardByAgent] = await agentSees.waitFor(1);
    const [heardByCustomer] = await customerSees.waitFor(1);
    expect(heardByAgent.typingChanged).toEqual({ sender: 'CUSTOMER', senderName: 'Joko Widodo', isTyping: true });
    expect(heardByCustomer.typingChanged).toEqual({ sender: 'ADMIN', senderName: DEFAULT_ADMIN.name, isTyping: true });
    await Promise.all([socket.dispose(), customerSocket.dispose()]);
  });

  it('decides who may type, and under which name, in one prepared statement and no ORM query', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    for (const actor of [customer, admin]) {
      const typing = await statementsRunBy(() => graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, actor.token));
      expect(typing.result.data?.setTyping).toBe(true);
      expect(typing.ormQueries).toBe(0);
      expect(typing.statements).toEqual([actor === customer ? 'livechat_customer_in_chat' : 'livechat_staff_in_chat']);
    }
  });

  it("lets an AGENT type in its own chat and in its queue's waiting chats, not in another agent's, and no one in a chat that doesn't exist", async () => {
    const agent = await createAgent(url(), admin, `typist-${Date.now()}@example.test`, 'Agen Ketik', 'AGENT');
    const other = await createAgent(url(), admin, `other-${Date.now()}@example.test`, 'Agen Lain', 'AGENT');
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo, saya menunggu.');
    const typeAs = (actor: Actor, id = sessionId) => graphqlRequest(url(), SetTyping, { sessionId: id, isTyping: true }, actor.token);
    expect((await typeAs(agent)).data?.setTyping).toBe(true); // waiting in the queue every agent works
    await graphqlRequest(url(), AssignChatSession, { id: sessionId, adminId: other.id }, admin.token);
    expect(errorCode(await typeAs(agent))).toBe('NOT_FOUND');
    expect((await typeAs(other)).data?.setTyping).toBe(true);
    expect(errorCode(await typeAs(other, 'not-a-uuid'))).toBe('NOT_FOUND');
    expect(errorCode(await typeAs(other, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it("refuses another customer's session and closed sessions", async () => {
    const { sessionId, socket } = await conversation();
    const stranger = await registerCustomer(url());
    expect(errorCode(await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, stranger.token))).toBe('NOT_FOUND');
    await graphqlRequest(url(), CloseChatSession, { id: sessionId }, admin.token);
    expect(errorCode(await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, admin.token))).toBe('SESSION_CLOSED');
    await socket.dispose();
  });
});
