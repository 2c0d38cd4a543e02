import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import {
  AssignChatSession,
  CloseChatSession,
  CreateAdmin,
  GetChatSession,
  ListChatSessions,
  Logout,
  Me,
  OnChatSessionUpdated,
  OnMessageAdded,
  OnTypingChanged,
  SendMessage,
  SetTyping,
  StartChatSession,
} from '../support/operations';
import { eventsDuring, provedLive, type SendMarker } from '../support/live';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp, type SocketClient, type Subscription } from '../support/test-app';
import { expectNothingStored, tableCounts } from './hostile';

const handle = useTestApp({ MESSAGE_RATE_LIMIT: '0' });
const url = () => handle.app.httpUrl;

const Admins = 'query Admins { admins { id email } }';
const Stats = 'query Stats { stats { activeSessions waitingSessions averageFirstResponseSeconds } }';
const OnAdminPresenceChanged = 'subscription OnAdminPresenceChanged { adminPresenceChanged { online admin { id } } }';
/** chatSessionUpdated with the time of the last message, which tells a marker message's event apart. */
const WatchSession = 'subscription WatchSession($id: ID) { chatSessionUpdated(id: $id) { id status lastMessageAt assignedAdmin { id } } }';

type MessageEvent = { messageAdded: { text: string | null } };
type TypingEvent = { typingChanged: { sender: string; isTyping: boolean } };
type SessionEvent = { chatSessionUpdated: { id: string; status: string; lastMessageAt: string | null; assignedAdmin: { id: string } | null } };

let customerA: Actor;
let customerB: Actor;
let admin1: Actor;
let admin2: Actor;
let sessionA: string;
let firstMessageA: string;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  admin1 = await loginAdmin(url());
  admin2 = await createAgent(url(), admin1, 'agen2@example.id');
  customerA = await registerCustomer(url(), 'Ani', 'ani@example.id');
  customerB = await registerCustomer(url(), 'Bambang', 'bambang@example.id');
  sessionA = await startSession(url(), customerA, 'pesan rahasia A');
  await startSession(url(), customerB, 'pesan B');
  const page = await graphqlRequest(url(), GetChatSession, { id: sessionA }, customerA.token);
  firstMessageA = page.data!.chatSession!.messages.edges[0].node.id;
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

const socketOf = (actor?: Actor) => {
  const socket = connectSocket(handle.app.wsUrl, actor?.token);
  sockets.push(socket);
  return socket;
};

/** A message from customer A into its own session: a marker on messageAdded and chatSessionUpdated. */
async function messageFromA(): Promise<{ text: string; createdAt: string }> {
  const text = `penanda ${Math.random().toString(36).slice(2)}`;
  const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId: sessionA, text } }, customerA.token);
  return { text, createdAt: String(sent.data!.sendMessage.createdAt) };
}

const markers = {
  message: (async () => {
    const { text } = await messageFromA();
    return (event) => event.messageAdded.text === text;
  }) satisfies SendMarker<MessageEvent>,
  // The attacks below type `true`; a marker types `false`.
  typing: (async () => {
    await graphqlRequest(url(), SetTyping, { sessionId: sessionA, isTyping: false }, customerA.token);
    return (event) => event.typingChanged.isTyping === false;
  }) satisfies SendMarker<TypingEvent>,
  session: (async () => {
    const { createdAt } = await messageFromA();
    return (event) => event.chatSessionUpdated.lastMessageAt !== null && Date.parse(event.chatSessionUpdated.lastMessageAt) === Date.parse(createdAt);
  }) satisfies SendMarker<SessionEvent>,
};

/** Agent 1 following session A, proved live, to show what a refused attack published: nothing. */
async function watchA<T>(document: string | typeof OnMessageAdded | typeof OnTypingChanged, variables: object, marker: SendMarker<T>) {
  const watcher = subscribe<T, object>(socketOf(admin1), document as never, variables);
  await provedLive(watcher, marker);
  return watcher;
}

/** Agent 1 following every session, proved live. */
async function everySessionWatcher(): Promise<Subscription<SessionEvent>> {
  const watcher = subscribe<SessionEvent, object>(socketOf(admin1), WatchSession, { id: null });
  await provedLive(watcher, markers.session);
  return watcher;
}

describe("customer B against customer A's session", () => {
  it('reads it: NOT_FOUND, no data', async () => {
    const response = await graphqlRequest(url(), GetChatSession, { id: sessionA }, customerB.token);
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.data?.chatSession ?? null).toBeNull();
  });

  it('pages its messages after a cursor of A: NOT_FOUND, no message text', async () => {
    const response = await graphqlRequest(url(), GetChatSession, { id: sessionA, after: firstMessageA, first: 100 }, customerB.token);
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(JSON.stringify(response)).not.toContain('rahasia');
  });

  it.each([
    ['messageAdded', OnMessageAdded, { sessionId: 'A' }],
    ['typingChanged', OnTypingChanged, { sessionId: 'A' }],
    ['chatSessionUpdated(id)', OnChatSessionUpdated, { id: 'A' }],
  ] as const)('subscribes to %s: NOT_FOUND and no events', async (_name, document, template) => {
    const variables = Object.fromEntries(Object.keys(template).map((key) => [key, sessionA]));
    const spy = subscribe(socketOf(customerB), document as typeof OnMessageAdded, variables as { sessionId: string });
    await spy.completed;
    expect(spy.errors.flat()[0]?.extensions?.code).toBe('NOT_FOUND');
    // The events reach a live watcher of A's session, so they could have reached the spy too.
    const watcher = await watchA<MessageEvent>(OnMessageAdded, { sessionId: sessionA }, markers.message);
    const seen = await eventsDuring(watcher, markers.message, async () => {
      await graphqlRequest(url(), SetTyping, { sessionId: sessionA, isTyping: true }, customerA.token);
      await graphqlRequest(url(), SendMessage, { input: { sessionId: sessionA, text: 'setelah langganan' } }, customerA.token);
    });
    expect(seen.map((event) => event.messageAdded.text)).toEqual(['setelah langganan']);
    expect(spy.events).toEqual([]);
  });

  it('sends a message into it: NOT_FOUND, nothing stored or published', async () => {
    const watcher = await watchA(OnMessageAdded, { sessionId: sessionA }, markers.message);
    const seen = await eventsDuring(watcher, markers.message, () =>
      expectNothingStored(handle.app, async () => {
        const response = await graphqlRequest(url(), SendMessage, { input: { sessionId: sessionA, text: 'menyusup' } }, customerB.token);
        expect(errorCode(response)).toBe('NOT_FOUND');
      }),
    );
    expect(seen).toEqual([]);
  });

  it('types into it: NOT_FOUND, no typing event', async () => {
    const watcher = await watchA(OnTypingChanged, { sessionId: sessionA }, markers.typing);
    const seen = await eventsDuring(watcher, markers.typing, async () => {
      const response = await graphqlRequest(url(), SetTyping, { sessionId: sessionA, isTyping: true }, customerB.token);
      expect(errorCode(response)).toBe('NOT_FOUND');
    });
    expect(seen).toEqual([]);
  });

  it('closes it: NOT_FOUND, the session stays open and nothing is announced', async () => {
    const watcher = await watchA(WatchSession, { id: sessionA }, markers.session);
    const seen = await eventsDuring(watcher, markers.session, async () => {
      const response = await graphqlRequest(url(), CloseChatSession, { id: sessionA }, customerB.token);
      expect(errorCode(response)).toBe('NOT_FOUND');
    });
    const still = await graphqlRequest(url(), GetChatSession, { id: sessionA }, customerA.token);
    expect(still.data?.chatSession?.status).not.toBe('CLOSED');
    expect(seen).toEqual([]);
  });

  it('follows every session (chatSessionUpdated without id): FORBIDDEN', async () => {
    const spy = subscribe(socketOf(customerB), OnChatSessionUpdated, { id: null });
    await spy.completed;
    expect(spy.errors.flat()[0]?.extensions?.code).toBe('FORBIDDEN');
    await everySessionWatcher().then((watcher) => eventsDuring(watcher, markers.session, () => messageFromA()));
    expect(spy.events).toEqual([]);
  });

  it("downloads A's file through a link re-signed for itself: 403, no bytes", async () => {
    const viewer = { role: 'CUSTOMER' as const, customerId: customerA.id, tokenId: 'x', expiresAt: 0 };
    const link = new URL(handle.app.deps.fileLinks.urlFor('00000000-0000-4000-8000-000000000001', viewer));
    link.searchParams.set('r', `CUSTOMER:${customerB.id}`);
    const response = await fetch(new URL(link.pathname + link.search, url()));
    expect(response.status).toBe(403);
  });
});

describe('a customer calling what only agents may', () => {
  it.each([
    ['admins', Admins, {}],
    ['stats', Stats, {}],
    ['me', Me, {}],
    ['chatSessions', ListChatSessions, {}],
  ] as const)('query %s: FORBIDDEN', async (_name, document, variables) => {
    const response = await graphqlRequest(url(), document as string, variables, customerA.token);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
  });

  it('createAdmin: FORBIDDEN, no agent created, and the would-be agent cannot sign in', async () => {
    const input = { email: 'penyusup@example.id', name: 'Penyusup', password: 'penyusup-123' };
    await expectNothingStored(handle.app, async () => {
      expect(errorCode(await graphqlRequest(url(), CreateAdmin, { input }, customerA.token))).toBe('FORBIDDEN');
    });
    const login = await graphqlRequest(url(), 'mutation { login(email: "penyusup@example.id", password: "penyusup-123") { token } }');
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
  });

  it('assignChatSession of its own session: FORBIDDEN, still unassigned, nothing announced', async () => {
    const watcher = await watchA(WatchSession, { id: sessionA }, markers.session);
    const seen = await eventsDuring(watcher, markers.session, async () => {
      const response = await graphqlRequest(url(), AssignChatSession, { id: sessionA, adminId: admin2.id }, customerA.token);
      expect(errorCode(response)).toBe('FORBIDDEN');
    });
    const after = await graphqlRequest(url(), GetChatSession, { id: sessionA }, admin1.token);
    expect(after.data?.chatSession?.assignedAdmin).toBeNull();
    expect(seen).toEqual([]);
  });

  it('adminPresenceChanged: FORBIDDEN, no events', async () => {
    const spy = subscribe(socketOf(customerA), OnAdminPresenceChanged, {});
    await spy.completed;
    expect(spy.errors.flat()[0]?.extensions?.code).toBe('FORBIDDEN');
    // An agent's presence comes and goes, as an agent following presence sees.
    type PresenceEvent = { adminPresenceChanged: { online: boolean; admin: { id: string } } };
    const agentWatch = subscribe<PresenceEvent, object>(socketOf(admin1), OnAdminPresenceChanged, {});
    const presenceOfAdmin2 = (online: boolean) => (event: PresenceEvent) =>
      event.adminPresenceChanged.admin.id === admin2.id && event.adminPresenceChanged.online === online;
    let agentSocket: SocketClient | undefined;
    await provedLive(agentWatch, async () => {
      await agentSocket?.dispose();
      agentSocket = connectSocket(handle.app.wsUrl, admin2.token);
      return presenceOfAdmin2(true);
    });
    // Its last socket closing is the closing marker: admin 2 going offline.
    await eventsDuring(agentWatch, async () => presenceOfAdmin2(false), () => agentSocket!.dispose());
    expect(spy.events).toEqual([]);
  });
});

describe('an agent acting as a customer', () => {
  it('startChatSession: FORBIDDEN, no session opened', async () => {
    await expectNothingStored(handle.app, async () => {
      expect(errorCode(await graphqlRequest(url(), StartChatSession, { input: { message: 'halo' } }, admin2.token))).toBe('FORBIDDEN');
    });
  });
});

describe('anonymous callers', () => {
  const anonymousHttp: [string, { toString(): string }, object][] = [
    ['me', Me, {}],
    ['admins', Admins, {}],
    ['stats', Stats, {}],
    ['chatSessions', ListChatSessions, {}],
    ['chatSession', GetChatSession, { id: 'SESSION' }],
    ['logout', Logout, {}],
    ['createAdmin', CreateAdmin, { input: { email: 'anon@example.id', name: 'Anon', password: 'anon-password' } }],
    ['startChatSession', StartChatSession, { input: { message: 'halo' } }],
    ['sendMessage', SendMessage, { input: { sessionId: 'SESSION', text: 'halo' } }],
    ['setTyping', SetTyping, { sessionId: 'SESSION', isTyping: true }],
    ['assignChatSession', AssignChatSession, { id: 'SESSION' }],
    ['closeChatSession', CloseChatSession, { id: 'SESSION' }],
  ];

  it.each(anonymousHttp)('%s over HTTP: UNAUTHENTICATED, nothing stored', async (_name, document, template) => {
    const variables = JSON.parse(JSON.stringify(template).replaceAll('SESSION', sessionA));
    await expectNothingStored(handle.app, async () => {
      const response = await graphqlRequest(url(), String(document), variables);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
    });
  });

  it.each([
    ['chatSessionUpdated', OnChatSessionUpdated as unknown as string, { id: null }],
    ['adminPresenceChanged', OnAdminPresenceChanged, {}],
    ['typingChanged', OnTypingChanged as unknown as string, { sessionId: 'SESSION' }],
  ])('subscribes to %s: UNAUTHENTICATED, no events', async (_name, document, template) => {
    const variables = JSON.parse(JSON.stringify(template).replaceAll('SESSION', sessionA));
    const spy = subscribe(socketOf(), document, variables);
    await spy.completed;
    expect(spy.errors.flat()[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const typing = await watchA<TypingEvent>(OnTypingChanged, { sessionId: sessionA }, markers.typing);
    await eventsDuring(typing, markers.typing, () =>
      graphqlRequest(url(), SetTyping, { sessionId: sessionA, isTyping: true }, customerA.token),
    );
    await eventsDuring(await everySessionWatcher(), markers.session, async () => {});
    expect(spy.events).toEqual([]);
  });

  it('sends a message over the socket: UNAUTHENTICATED, nothing stored', async () => {
    const before = await tableCounts(handle.app);
    const attempt = subscribe(socketOf(), SendMessage, { input: { sessionId: sessionA, text: 'lewat soket' } });
    await attempt.completed;
    expect(attempt.errors.flat()[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await tableCounts(handle.app)).toEqual(before);
  });
});
