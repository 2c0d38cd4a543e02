import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor, type StaffRole } from '../../../test/support/actors';
import { eventsDuring, messageMarker, provedLive, type SendMarker } from '../../../test/support/live';
import { waitUntil } from '../../../test/security/hostile';
import {
  AssignChatSession,
  CloseChatSession,
  CreateAdmin,
  GetChatSession,
  ListChatSessions,
  OnChatSessionUpdated,
  OnMessageAdded,
  OnTypingChanged,
  SendMessage,
  SetTyping,
} from '../../../test/support/operations';
import {
  connectSocket,
  errorCode,
  graphqlRequest,
  settle,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  useTestApp,
  type GraphQLResponse,
  type SocketClient,
} from '../../../test/support/test-app';

const GetStatsSummary = graphql(`
  query GetStatsSummary {
    stats {
      activeSessions
      waitingSessions
    }
  }
`);

const ListAgents = graphql(`
  query ListAgents {
    admins {
      id
      name
      email
      role
    }
  }
`);

const RenameAdmin = graphql(`
  mutation RenameAdmin($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      name
    }
  }
`);

const RaiseDefaultLimit = graphql(`
  mutation RaiseDefaultLimit($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      defaultMaxConcurrentChats
    }
  }
`);

const api = useTestApp({ REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() });
const url = () => api.app.httpUrl;

let admin: Actor;
let supervisor: Actor;
let agent: Actor;
let colleague: Actor;
const staff: Record<StaffRole, () => Actor> = { ADMIN: () => admin, SUPERVISOR: () => supervisor, AGENT: () => agent };

beforeAll(async () => {
  admin = await loginAdmin(url());
  supervisor = await createAgent(url(), admin, 'supervisor@example.com', 'Sari Supervisor', 'SUPERVISOR');
  agent = await createAgent(url(), admin, 'agen@example.com', 'Agus Agen', 'AGENT');
  colleague = await createAgent(url(), admin, 'rekan@example.com', 'Rina Rekan', 'AGENT');
  // Every case hands the AGENT and its colleague one more chat: the limit is not what this file tests.
  await graphqlRequest(url(), RaiseDefaultLimit, { input: { defaultMaxConcurrentChats: 100 } }, admin.token);
});

/** A chat waiting in the queue, one of the AGENT's own and one of its colleague's. */
async function chats() {
  const open = async (name: string) => {
    const customer = await registerCustomer(url(), name);
    return { customer, id: await startSession(url(), customer, `Halo dari ${name}`) };
  };
  const [waiting, own, others] = await Promise.all([open('Wulan'), open('Oki'), open('Lina')]);
  await graphqlRequest(url(), AssignChatSession, { id: own.id, adminId: agent.id }, admin.token);
  await graphqlRequest(url(), AssignChatSession, { id: others.id, adminId: colleague.id }, admin.token);
  return { waiting, own, others };
}

type Chats = Awaited<ReturnType<typeof chats>>;
type Operation = (token: string, chat: Chats) => Promise<GraphQLResponse<unknown>>;

const operations: Record<string, Operation> = {
  "read a colleague's chat": (token, c) => graphqlRequest(url(), GetChatSession, { id: c.others.id }, token),
  'read a waiting chat': (token, c) => graphqlRequest(url(), GetChatSession, { id: c.waiting.id }, token),
  'read its own chat': (token, c) => graphqlRequest(url(), GetChatSession, { id: c.own.id }, token),
  "send into a colleague's chat": (token, c) => graphqlRequest(url(), SendMessage, { input: { sessionId: c.others.id, text: 'Saya bantu' } }, token),
  "type in a colleague's chat": (token, c) => graphqlRequest(url(), SetTyping, { sessionId: c.others.id, isTyping: true }, token),
  "take a colleague's chat": (token, c) => graphqlRequest(url(), AssignChatSession, { id: c.others.id }, token),
  "close a colleague's chat": (token, c) => graphqlRequest(url(), CloseChatSession, { id: c.others.id }, token),
  'take a waiting chat': (token, c) => graphqlRequest(url(), AssignChatSession, { id: c.waiting.id }, token),
  'reply to a waiting chat': (token, c) => graphqlRequest(url(), SendMessage, { input: { sessionId: c.waiting.id, text: 'Halo' } }, token),
  'transfer its own chat': (token, c) => graphqlRequest(url(), AssignChatSession, { id: c.own.id, adminId: colleague.id }, token),
  'close its own chat': (token, c) => graphqlRequest(url(), CloseChatSession, { id: c.own.id }, token),
  'read the stats': (token) => graphqlRequest(url(), GetStatsSummary, {}, token),
  'list the agents': (token) => graphqlRequest(url(), ListAgents, {}, token),
  'create an agent': (token) =>
    graphqlRequest(url(), CreateAdmin, { input: { email: `baru-${Math.random().toString(36).slice(2)}@example.com`, name: 'Agen Baru', password: 'sandi-agen-123' } }, token),
  'update an agent': (token) => graphqlRequest(url(), RenameAdmin, { id: colleague.id, input: { name: 'Rina Rekan' } }, token),
};

const OK = undefined;
// ADMIN, SUPERVISOR, AGENT: undefined is allowed.
const matrix: [string, string | undefined, string | undefined, string | undefined][] = [
  ["read a colleague's chat", OK, OK, 'NOT_FOUND'],
  ['read a waiting chat', OK, OK, OK],
  ['read its own chat', OK, OK, OK],
  ["send into a colleague's chat", OK, OK, 'NOT_FOUND'],
  ["type in a colleague's chat", OK, OK, 'NOT_FOUND'],
  ["take a colleague's chat", OK, OK, 'NOT_FOUND'],
  ["close a colleague's chat", OK, OK, 'NOT_FOUND'],
  ['take a waiting chat', OK, OK, OK],
  ['reply to a waiting chat', OK, OK, OK],
  ['transfer its own chat', OK, OK, OK],
  ['close its own chat', OK, OK, OK],
  ['read the stats', OK, OK, 'FORBIDDEN'],
  ['list the agents', OK, OK, OK],
  ['create an agent', OK, 'FORBIDDEN', 'FORBIDDEN'],
  ['update an agent', OK, 'FORBIDDEN', 'FORBIDDEN'],
];
const cases = matrix.flatMap(([operation, ...codes]) =>
  (['ADMIN', 'SUPERVISOR', 'AGENT'] as const).map((role, index) => [role, operation, codes[index]] as const),
);

describe('who may do what', () => {
  it.each(cases)('%s: %s → %s', async (role, operation, expected) => {
    const response = await operations[operation]!(staff[role]().token, await chats());

    expect(errorCode(response)).toBe(expected);
    if (expected) expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
  });

  it("an AGENT's inbox lists the waiting queue and its own chats, a SUPERVISOR's every chat", async () => {
    const c = await chats();
    const listed = async (actor: Actor) => {
      const response = await graphqlRequest(url(), ListChatSessions, { first: 100 }, actor.token);
      return new Set(response.data!.chatSessions.edges.map((edge) => edge.node.id));
    };

    const agentSees = await listed(agent);
    const supervisorSees = await listed(supervisor);

    expect([agentSees.has(c.waiting.id), agentSees.has(c.own.id), agentSees.has(c.others.id)]).toEqual([true, true, false]);
    expect([supervisorSees.has(c.waiting.id), supervisorSees.has(c.own.id), supervisorSees.has(c.others.id)]).toEqual([true, true, true]);
    const counted = await graphqlRequest(url(), ListChatSessions, { filter: { status: 'ACTIVE' }, first: 100 }, agent.token);
    expect(counted.data!.chatSessions.edges.every((edge) => edge.node.assignedAdmin?.id === agent.id)).toBe(true);
    expect(counted.data!.chatSessions.totalCount).toBe(counted.data!.chatSessions.edges.length);
  });
});

describe("subscriptions to a colleague's chat", () => {
  let socket: SocketClient;
  afterEach(() => socket?.dispose());

  it.each([
    ['messageAdded', OnMessageAdded, (id: string) => ({ sessionId: id })],
    ['typingChanged', OnTypingChanged, (id: string) => ({ sessionId: id })],
    ['chatSessionUpdated(id)', OnChatSessionUpdated, (id: string) => ({ id })],
  ] as const)('refuses an AGENT %s with NOT_FOUND', async (_name, document, variables) => {
    const c = await chats();
    socket = connectSocket(api.app.wsUrl, agent.token);

    const subscription = subscribe(socket, document as typeof OnMessageAdded, variables(c.others.id) as { sessionId: string });
    await subscription.completed;

    expect(subscription.errors[0]?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(subscription.events).toEqual([]);
  });

  it("lets a SUPERVISOR follow a colleague's chat", async () => {
    const c = await chats();
    socket = connectSocket(api.app.wsUrl, supervisor.token);
    const subscription = subscribe(socket, OnMessageAdded, { sessionId: c.others.id });

    await provedLive(subscription, messageMarker(url(), c.others.id, c.others.customer.token));

    expect(subscription.errors).toEqual([]);
  });
});

describe("an AGENT's chatSessionUpdated without an id", () => {
  let agentSocket: SocketClient;
  let adminSocket: SocketClient;
  afterEach(async () => {
    await agentSocket?.dispose();
    await adminSocket?.dispose();
  });

  /** A new chat: every agent may see it, so it proves each subscription live. */
  const newChat: SendMarker<{ chatSessionUpdated: { id: string } }> = async () => {
    const id = await startSession(url(), await registerCustomer(url(), 'Penanda'), 'penanda');
    return (event) => event.chatSessionUpdated.id === id;
  };

  it('hears the queue and its own chats, and a chat leaving its sight once, while an ADMIN on the same document hears all', async () => {
    const c = await chats();
    agentSocket = connectSocket(api.app.wsUrl, agent.token);
    adminSocket = connectSocket(api.app.wsUrl, admin.token);
    const agentHears = subscribe(agentSocket, OnChatSessionUpdated, {});
    const adminHears = subscribe(adminSocket, OnChatSessionUpdated, {});
    await provedLive(agentHears, newChat);
    await provedLive(adminHears, newChat);
    const later = await registerCustomer(url(), 'Tono');
    const say = (chat: { id: string; customer: Actor }, text: string) =>
      graphqlRequest(url(), SendMessage, { input: { sessionId: chat.id, text } }, chat.customer.token);
    let fresh = '';

    const adminGot: string[] = [];
    const agentGot = await eventsDuring(agentHears, newChat, async () => {
      const before = adminHears.events.length;
      await say(c.others, 'di obrolan rekan'); // a colleague's chat: never
      await say(c.own, 'di obrolan sendiri'); // its own: heard
      fresh = await startSession(url(), later, 'baru'); // the queue: heard
      await graphqlRequest(url(), AssignChatSession, { id: c.waiting.id, adminId: colleague.id }, admin.token); // waiting before it subscribed, leaves: heard once
      await say(c.waiting, 'sesudah diambil rekan'); // gone: never
      await graphqlRequest(url(), AssignChatSession, { id: fresh, adminId: colleague.id }, admin.token); // heard once
      await graphqlRequest(url(), CloseChatSession, { id: fresh }, admin.token); // gone: never
      await graphqlRequest(url(), AssignChatSession, { id: c.others.id, adminId: agent.id }, admin.token); // now its own: heard
      await provedLive(adminHears, newChat);
      adminGot.push(...adminHears.events.slice(before).map((event) => event.chatSessionUpdated.id));
    });

    const heard = agentGot.map(({ chatSessionUpdated: s }) => [s.id, s.status, s.assignedAdmin?.id ?? null]);
    expect(heard).toEqual([
      [c.own.id, 'ACTIVE', agent.id],
      [fresh, 'WAITING', null],
      [c.waiting.id, 'ACTIVE', colleague.id],
      [fresh, 'ACTIVE', colleague.id],
      [c.others.id, 'ACTIVE', agent.id],
    ]);
    expect(adminGot).toEqual(expect.arrayContaining([c.others.id, c.waiting.id, fresh]));
    expect(adminGot.filter((id) => id === c.others.id)).toHaveLength(2);
    expect(adminGot.filter((id) => id === c.waiting.id)).toHaveLength(2);
    expect(adminGot.filter((id) => id === fresh)).toHaveLength(3);
  });
});

describe("an AGENT's chatSessionUpdated(id) of a waiting chat", () => {
  let socket: SocketClient;
  afterEach(() => socket?.dispose());

  it('hears the update that gives the chat to a colleague, and nothing after', async () => {
    const c = await chats();
    socket = connectSocket(api.app.wsUrl, agent.token);
    const witnessSocket = connectSocket(api.app.wsUrl, admin.token);
    const hears = subscribe(socket, OnChatSessionUpdated, { id: c.waiting.id });
    const witness = subscribe(witnessSocket, OnChatSessionUpdated, { id: c.waiting.id });
    const customerSays: SendMarker<{ chatSessionUpdated: { status: string } }> = async () => {
      await graphqlRequest(url(), SendMessage, { input: { sessionId: c.waiting.id, text: `penanda ${Math.random()}` } }, c.waiting.customer.token);
      return (event) => event.chatSessionUpdated.status === 'WAITING';
    };
    await provedLive(hears, customerSays);
    await provedLive(witness, customerSays);
    const [agentFrom, witnessFrom] = [hears.events.length, witness.events.length];

    await graphqlRequest(url(), AssignChatSession, { id: c.waiting.id, adminId: colleague.id }, admin.token);
    await graphqlRequest(url(), SendMessage, { input: { sessionId: c.waiting.id, text: 'sesudahnya' } }, c.waiting.customer.token);
    await graphqlRequest(url(), CloseChatSession, { id: c.waiting.id }, admin.token);
    // The same channel message reaches both subscriptions: once the witness has the close, so has the filter.
    // Late markers are WAITING; nothing after the assignment is.
    const after = (events: typeof hears.events, from: number) => events.slice(from).filter((event) => event.chatSessionUpdated.status !== 'WAITING');
    await waitUntil(() => after(witness.events, witnessFrom).length === 3);
    await settle();
    await witnessSocket.dispose();

    expect(after(witness.events, witnessFrom).map((event) => event.chatSessionUpdated.status)).toEqual(['ACTIVE', 'ACTIVE', 'CLOSED']);
    expect(after(hears.events, agentFrom).map((event) => [event.chatSessionUpdated.status, event.chatSessionUpdated.assignedAdmin?.id])).toEqual([
      ['ACTIVE', colleague.id],
    ]);
  });
});

describe('a role change', () => {
  it("reconnects the agent's sockets (1012), so that what they follow is decided under the new role", async () => {
    const changing = await createAgent(url(), admin, 'berganti@example.com', 'Budi Berganti', 'SUPERVISOR');
    const socket = connectSocket(api.app.wsUrl, changing.token);
    await socket.connected;

    await graphqlRequest(url(), RenameAdmin, { id: changing.id, input: { role: 'AGENT' } }, admin.token);

    expect((await socket.closed).code).toBe(1012);
    const c = await chats();
    expect(errorCode(await graphqlRequest(url(), GetChatSession, { id: c.others.id }, changing.token))).toBe('NOT_FOUND');
  });
});
