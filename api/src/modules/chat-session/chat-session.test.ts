import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import {
  AssignChatSession,
  CloseChatSession,
  GetChatSession,
  ListChatSessions,
  OnChatSessionUpdated,
  OnMessageAdded,
  SendMessage,
  StartChatSession,
} from '../../../test/support/operations';
import { graphql } from '../../../test/gql';
import { countOrmQueries } from '../../../test/support/orm-queries';
import { connectSocket, errorCode, graphqlRequest, settle, subscribe, useTestApp, type Subscription } from '../../../test/support/test-app';

const StartWithMessages = graphql(`
  mutation StartChatSessionWithMessages($input: StartChatSessionInput) {
    startChatSession(input: $input) {
      id
      status
      messages(first: 10) {
        edges {
          node {
            text
            clientMessageId
          }
        }
      }
    }
  }
`);

const OnInboxUpdated = graphql(`
  subscription OnInboxUpdated {
    chatSessionUpdated {
      id
      status
      lastMessage {
        text
      }
    }
  }
`);

type SessionUpdates = Subscription<{ chatSessionUpdated: { id: string } }>;

async function waitForSession<T extends SessionUpdates>(updates: T, id: string): Promise<T['events'][number]> {
  await poll(() => updates.events.filter((event) => event.chatSessionUpdated.id === id).length, 1);
  return updates.events.find((event) => event.chatSessionUpdated.id === id)!;
}

/** Waits until `read()` reaches at least `atLeast`. */
async function poll(read: () => number, atLeast: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (read() < atLeast) {
    if (Date.now() > deadline) throw new Error(`waited for ${atLeast}, got ${read()}`);
    await settle(20);
  }
}

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
let otherAdmin: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
  otherAdmin = await createAgent(url(), admin, 'agen.dua@example.com');
});

describe('startChatSession', () => {
  it('opens a WAITING session with its first message and announces it to agents', async () => {
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const updates = subscribe(socket, OnChatSessionUpdated, {});
    await settle();
    const customer = await registerCustomer(url(), 'Rina Wati');
    const started = await graphqlRequest(url(), StartChatSession, { input: { message: 'Halo' } }, customer.token);
    expect(started.data?.startChatSession).toMatchObject({ status: 'WAITING', customer: { id: customer.id } });
    const [event] = await updates.waitFor(1);
    expect(event.chatSessionUpdated).toMatchObject({ id: started.data!.startChatSession.id, customer: { name: 'Rina Wati' } });
    await socket.dispose();
  });

  it('does not alert agents of an empty chat: without a message it is neither announced nor listed until its first message', async () => {
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const updates = subscribe(socket, OnInboxUpdated, {});
    await settle();
    const quiet = await registerCustomer(url(), 'Sari Pengisi Formulir');
    const emptyId = await startSession(url(), quiet);
    // A marker the same subscription must receive, so that hearing nothing of the empty chat means something.
    const marker = await startSession(url(), await registerCustomer(url(), 'Penanda'), 'penanda');
    await waitForSession(updates, marker);
    expect(updates.events.map((event) => event.chatSessionUpdated.id)).not.toContain(emptyId);
    const listed = async () =>
      (await graphqlRequest(url(), ListChatSessions, { first: 100 }, admin.token)).data!.chatSessions.edges.map((edge) => edge.node.id);
    expect(await listed()).toContain(marker);
    expect(await listed()).not.toContain(emptyId);
    const waiting = await graphqlRequest(url(), ListChatSessions, { filter: { customerId: quiet.id } }, admin.token);
    expect(waiting.data!.chatSessions.totalCount).toBe(0);
    // Closed before a word was said, it stays unheard of too.
    const abandoner = await registerCustomer(url(), 'Batal Bertanya');
    const abandoned = await startSession(url(), abandoner);
    await graphqlRequest(url(), CloseChatSession, { id: abandoned }, abandoner.token);
    const secondMarker = await startSession(url(), await registerCustomer(url(), 'Penanda Dua'), 'penanda dua');
    await waitForSession(updates, secondMarker);
    expect(updates.events.map((event) => event.chatSessionUpdated.id)).not.toContain(abandoned);

    await graphqlRequest(url(), SendMessage, { input: { sessionId: emptyId, text: 'Sekarang saya bertanya' } }, quiet.token);
    const announced = await waitForSession(updates, emptyId);
    expect(announced.chatSessionUpdated).toMatchObject({ status: 'WAITING', lastMessage: { text: 'Sekarang saya bertanya' } });
    expect(await listed()).toContain(emptyId);
    await socket.dispose();
  });

  it('a retried start with the same clientMessageId returns the same session and message, storing and announcing nothing twice', async () => {
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const updates = subscribe(socket, OnInboxUpdated, {});
    await settle();
    const customer = await registerCustomer(url(), 'Tono Ulang');
    const input = { message: 'Pertanyaan pertama', clientMessageId: 'w-start-1' };
    const first = await graphqlRequest(url(), StartWithMessages, { input }, customer.token);
    const retry = await graphqlRequest(url(), StartWithMessages, { input }, customer.token);
    const sessionId = first.data!.startChatSession.id;
    expect(retry.data?.startChatSession).toEqual(first.data?.startChatSession);
    expect(first.data!.startChatSession.messages.edges.map((edge) => edge.node)).toEqual([
      { text: 'Pertanyaan pertama', clientMessageId: 'w-start-1' },
    ]);
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'penanda' } }, customer.token);
    await poll(() => updates.events.filter((event) => event.chatSessionUpdated.lastMessage?.text === 'penanda').length, 1);
    expect(updates.events.filter((event) => event.chatSessionUpdated.id === sessionId).map((event) => event.chatSessionUpdated.lastMessage?.text)).toEqual([
      'Pertanyaan pertama',
      'penanda',
    ]);
    const stored = await graphqlRequest(url(), StartWithMessages, {}, customer.token);
    expect(stored.data!.startChatSession.messages.edges.map((edge) => edge.node.text)).toEqual(['Pertanyaan pertama', 'penanda']);

    // A retry racing its first attempt: one session, one message.
    const racer = await registerCustomer(url(), 'Pembalap');
    const racing = await Promise.all(
      Array.from({ length: 6 }, () => graphqlRequest(url(), StartWithMessages, { input: { message: 'Balapan', clientMessageId: 'w-race' } }, racer.token)),
    );
    expect(new Set(racing.map((response) => response.data?.startChatSession.id)).size).toBe(1);
    const sessionsOfRacer = await graphqlRequest(url(), ListChatSessions, { filter: { customerId: racer.id } }, admin.token);
    expect(sessionsOfRacer.data!.chatSessions.totalCount).toBe(1);
    expect((await graphqlRequest(url(), StartWithMessages, {}, racer.token)).data!.startChatSession.messages.edges).toHaveLength(1);

    // Closed meanwhile: the retry still answers with that session, and opens no other.
    await graphqlRequest(url(), CloseChatSession, { id: sessionId }, customer.token);
    const late = await graphqlRequest(url(), StartWithMessages, { input }, customer.token);
    expect(late.data?.startChatSession).toMatchObject({ id: sessionId, status: 'CLOSED' });
    await socket.dispose();
  });

  it("resumes the customer's open session instead of opening another", async () => {
    const customer = await registerCustomer(url());
    const first = await startSession(url(), customer, 'Halo');
    const second = await startSession(url(), customer, 'Masih di sini');
    expect(second).toBe(first);
    const session = await graphqlRequest(url(), GetChatSession, { id: first }, customer.token);
    expect(session.data?.chatSession?.messages.edges.map((edge) => edge.node.text)).toEqual(['Halo', 'Masih di sini']);
  });

  it('opens a new session once the last one is closed', async () => {
    const customer = await registerCustomer(url());
    const first = await startSession(url(), customer);
    await graphqlRequest(url(), CloseChatSession, { id: first }, customer.token);
    expect(await startSession(url(), customer)).not.toBe(first);
  });

  it('is for customers only', async () => {
    expect(errorCode(await graphqlRequest(url(), StartChatSession, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url(), StartChatSession, {}, admin.token))).toBe('FORBIDDEN');
  });

  it('refuses a bad first message and stores no session', async () => {
    const customer = await registerCustomer(url());
    const response = await graphqlRequest(url(), StartChatSession, { input: { message: 'x'.repeat(5001) } }, customer.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const sessions = await handle.app.deps.orm.em.fork().getConnection().execute(
      'select count(*) as n from chat_session where customer_id = ?',
      [customer.id],
    );
    expect(Number(sessions[0].n)).toBe(0);
  });
});

describe('chatSession', () => {
  it('shows a customer its own session, and any session to an admin', async () => {
    const customer = await registerCustomer(url());
    const id = await startSession(url(), customer);
    expect((await graphqlRequest(url(), GetChatSession, { id }, customer.token)).data?.chatSession?.id).toBe(id);
    expect((await graphqlRequest(url(), GetChatSession, { id }, otherAdmin.token)).data?.chatSession?.id).toBe(id);
  });

  it("reports another customer's session, a missing one and a malformed id all as NOT_FOUND", async () => {
    const owner = await registerCustomer(url());
    const stranger = await registerCustomer(url());
    const id = await startSession(url(), owner);
    for (const [sessionId, token] of [
      [id, stranger.token],
      ['00000000-0000-4000-8000-000000000000', owner.token],
      ['not-a-uuid', admin.token],
      ["1' or '1'='1", admin.token],
    ]) {
      const response = await graphqlRequest(url(), GetChatSession, { id: sessionId }, token);
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.errors?.[0].message).toBe('Chat session not found');
    }
  });
});

describe('chatSessions', () => {
  const customers: { actor: Actor; sessionId: string; name: string }[] = [];
  beforeAll(async () => {
    for (const name of ['Andi 100%', 'Bayu_Saputra', 'Citra Lestari', 'Dewi Anggraini']) {
      const actor = await registerCustomer(url(), name, `${name.split(/[ _]/)[0].toLowerCase()}@example.id`);
      customers.push({ actor, sessionId: await startSession(url(), actor, `Halo dari ${name}`), name });
    }
    await graphqlRequest(url(), AssignChatSession, { id: customers[2].sessionId }, admin.token);
    await graphqlRequest(url(), AssignChatSession, { id: customers[3].sessionId, adminId: otherAdmin.id }, admin.token);
  });

  it('lists newest first with customer, agent and last message', async () => {
    const response = await graphqlRequest(url(), ListChatSessions, { first: 100 }, admin.token);
    const nodes = response.data!.chatSessions.edges.map((edge) => edge.node);
    const ours = nodes.filter((node) => customers.some((c) => c.sessionId === node.id));
    expect(ours.map((node) => node.customer.name)).toEqual(['Dewi Anggraini', 'Citra Lestari', 'Bayu_Saputra', 'Andi 100%']);
    expect(ours[0]).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: otherAdmin.id }, lastMessage: { text: 'Halo dari Dewi Anggraini' } });
    expect(response.data!.chatSessions.totalCount).toBe(nodes.length);
  });

  it('filters by status and by assignedToMe', async () => {
    const active = await graphqlRequest(url(), ListChatSessions, { filter: { status: 'ACTIVE' } }, admin.token);
    expect(active.data!.chatSessions.edges.every((edge) => edge.node.status === 'ACTIVE')).toBe(true);
    const mine = await graphqlRequest(url(), ListChatSessions, { filter: { assignedToMe: true } }, admin.token);
    expect(mine.data!.chatSessions.edges.map((edge) => edge.node.id)).toEqual([customers[2].sessionId]);
    expect(mine.data!.chatSessions.totalCount).toBe(1);
  });

  it('searches names and emails literally, wildcards included', async () => {
    const search = async (text: string) =>
      (await graphqlRequest(url(), ListChatSessions, { filter: { search: text } }, admin.token)).data!.chatSessions.edges.map(
        (edge) => edge.node.customer.name,
      );
    expect(await search('citra')).toEqual(['Citra Lestari']);
    expect(await search('BAYU@')).toEqual(['Bayu_Saputra']);
    expect(await search('100%')).toEqual(['Andi 100%']);
    expect(await search('%')).toEqual(['Andi 100%']);
    expect(await search('_')).toEqual(['Bayu_Saputra']);
    expect(await search("' or 1=1 --")).toEqual([]);
  });

  const listPage = (after: string | null | undefined) => graphqlRequest(url(), ListChatSessions, { first: 2, after }, admin.token);

  it('pages with first/after without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 20; page += 1) {
      const response: Awaited<ReturnType<typeof listPage>> = await listPage(after);
      const connection = response.data!.chatSessions;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const all = await graphqlRequest(url(), ListChatSessions, { first: 100 }, admin.token);
    expect(seen).toEqual(all.data!.chatSessions.edges.map((edge) => edge.node.id));
  });

  it.each([
    [{ first: -1 }],
    [{ first: 101 }],
    [{ after: 'bm90LWEtY3Vyc29y' }],
    [{ after: 'garbage!' }],
  ])('refuses %j with BAD_USER_INPUT', async (args) => {
    expect(errorCode(await graphqlRequest(url(), ListChatSessions, args, admin.token))).toBe('BAD_USER_INPUT');
  });

  it('is for agents only', async () => {
    expect(errorCode(await graphqlRequest(url(), ListChatSessions, {}, customers[0].actor.token))).toBe('FORBIDDEN');
  });

  it('loads customers, agents and last messages in batches, not per row', async () => {
    const countQueries = async (first: number) =>
      (await countOrmQueries(handle.app.deps.orm, () => graphqlRequest(url(), ListChatSessions, { first }, admin.token))).queries;
    const forOne = await countQueries(1);
    const forAll = await countQueries(100);
    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});

describe('assignChatSession', () => {
  it('assigns to the caller by default, and to another agent when named, announcing each', async () => {
    const customer = await registerCustomer(url());
    const id = await startSession(url(), customer);
    const socket = connectSocket(handle.app.wsUrl, customer.token);
    const updates = subscribe(socket, OnChatSessionUpdated, { id });
    await settle();
    const mine = await graphqlRequest(url(), AssignChatSession, { id }, admin.token);
    expect(mine.data?.assignChatSession).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: admin.id } });
    const theirs = await graphqlRequest(url(), AssignChatSession, { id, adminId: otherAdmin.id }, admin.token);
    expect(theirs.data?.assignChatSession.assignedAdmin?.id).toBe(otherAdmin.id);
    const events = await updates.waitFor(2);
    expect(events.map((event) => event.chatSessionUpdated.assignedAdmin?.id)).toEqual([admin.id, otherAdmin.id]);
    await socket.dispose();
  });

  it('refuses unknown agents, customers and closed sessions', async () => {
    const customer = await registerCustomer(url());
    const id = await startSession(url(), customer);
    expect(errorCode(await graphqlRequest(url(), AssignChatSession, { id, adminId: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url(), AssignChatSession, { id }, customer.token))).toBe('FORBIDDEN');
    await graphqlRequest(url(), CloseChatSession, { id }, admin.token);
    expect(errorCode(await graphqlRequest(url(), AssignChatSession, { id }, admin.token))).toBe('SESSION_CLOSED');
  });
});

describe('closeChatSession', () => {
  it('lets the customer close its own session, announcing it once', async () => {
    const customer = await registerCustomer(url());
    const id = await startSession(url(), customer);
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const updates = subscribe(socket, OnChatSessionUpdated, { id });
    await settle();
    const closed = await graphqlRequest(url(), CloseChatSession, { id }, customer.token);
    expect(closed.data?.closeChatSession).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    const again = await graphqlRequest(url(), CloseChatSession, { id }, customer.token);
    expect(again.data?.closeChatSession.closedAt).toBe(closed.data?.closeChatSession.closedAt);
    await settle();
    expect(updates.events.map((event) => event.chatSessionUpdated.status)).toEqual(['CLOSED']);
    await socket.dispose();
  });

  it("reports another customer's session as NOT_FOUND and leaves it open", async () => {
    const owner = await registerCustomer(url());
    const stranger = await registerCustomer(url());
    const id = await startSession(url(), owner);
    expect(errorCode(await graphqlRequest(url(), CloseChatSession, { id }, stranger.token))).toBe('NOT_FOUND');
    expect((await graphqlRequest(url(), GetChatSession, { id }, owner.token)).data?.chatSession?.status).toBe('WAITING');
  });
});

describe('session subscriptions', () => {
  it("refuse another customer's session with NOT_FOUND and deliver nothing from it", async () => {
    const owner = await registerCustomer(url());
    const stranger = await registerCustomer(url());
    const id = await startSession(url(), owner);
    const socket = connectSocket(handle.app.wsUrl, stranger.token);
    const messages = subscribe(socket, OnMessageAdded, { sessionId: id });
    const updates = subscribe(socket, OnChatSessionUpdated, { id });
    const everything = subscribe(socket, OnChatSessionUpdated, {});
    await Promise.all([messages.completed, updates.completed, everything.completed]);
    await graphqlRequest(url(), SendMessage, { input: { sessionId: id, text: 'rahasia' } }, owner.token);
    await settle();
    expect(messages.errors.flat()[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(updates.errors.flat()[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(everything.errors.flat()[0]?.extensions?.code).toBe('FORBIDDEN');
    expect([...messages.events, ...updates.events, ...everything.events]).toEqual([]);
    await socket.dispose();
  });
});

describe('chatSessions filters for the console', () => {
  it('lists open sessions (WAITING and ACTIVE) and one customer\'s sessions', async () => {
    const customer = await registerCustomer(url(), 'Lina Marlina');
    const closed = await startSession(url(), customer, 'Pertama');
    await graphqlRequest(url(), CloseChatSession, { id: closed }, admin.token);
    const open = await startSession(url(), customer, 'Kedua');
    const list = async (filter: Record<string, unknown>) =>
      (await graphqlRequest(url(), ListChatSessions, { filter, first: 100 }, admin.token)).data!.chatSessions.edges.map(
        (edge) => edge.node,
      );
    expect((await list({ customerId: customer.id })).map((node) => node.id)).toEqual([open, closed]);
    expect((await list({ customerId: customer.id, open: true })).map((node) => node.id)).toEqual([open]);
    const allOpen = await list({ open: true });
    expect(allOpen.some((node) => node.status === 'CLOSED')).toBe(false);
    expect(new Set(allOpen.map((node) => node.status))).toEqual(new Set(['WAITING', 'ACTIVE']));
    expect(await list({ customerId: 'not-a-uuid' })).toEqual([]);
    expect((await list({ customerId: customer.id, search: 'lina' })).map((node) => node.id)).toEqual([open, closed]);
  });
});
