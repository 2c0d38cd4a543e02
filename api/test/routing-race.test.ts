import { loginAdmin, registerCustomer, type Actor } from './support/actors';
import { provedLive, waitForValue } from './support/live';
import { CloseChat, createQueueAgent, dataOf, OnQueuedChatUpdated, SetMyStatus, setRouting, TakeNext } from './support/queue';
import { StartChatSession } from './support/operations';
import { connectSocket, graphqlRequest, subscribe, useTwoTestApps, type SocketClient, type Subscription } from './support/test-app';

/** Ten agents whose limits add up to 55, well below the 200 chats that arrive at once. */
const LIMITS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const SLOTS = LIMITS.reduce((sum, limit) => sum + limit, 0);
const CHATS = 200;
const TAKE_NEXT_PER_AGENT = 3;

type SessionEvent = { chatSessionUpdated: { id: string; status: string; assignedAdmin?: { id: string } | null } };

const apps = useTwoTestApps();
const sockets: SocketClient[] = [];
afterAll(() => Promise.all(sockets.map((socket) => socket.dispose())));

const instance = (n: number) => (n % 2 === 0 ? apps.a : apps.b);
const sql = <T>(text: string, values: unknown[] = []) => apps.a.database.orm.em.getConnection().execute<T[]>(text, values);

/** Each agent's ACTIVE chats, in the agents' order. */
async function heldPerAgent(agents: Actor[]): Promise<number[]> {
  const rows = await sql<{ assigned_admin_id: string; count: string }>(
    `select assigned_admin_id, count(*) from chat_session where status = 'ACTIVE' group by assigned_admin_id`,
  );
  const held = new Map(rows.map((row) => [row.assigned_admin_id, Number(row.count)]));
  return agents.map((agent) => held.get(agent.id) ?? 0);
}

it(`assigns ${CHATS} chats arriving at once on two instances to 10 agents: none twice, no agent over its limit, every slot filled`, async () => {
  const { a, b } = apps;
  const admin = await loginAdmin(a.httpUrl);
  const agents: Actor[] = [];
  for (const [n, limit] of LIMITS.entries()) agents.push(await createQueueAgent(a.httpUrl, admin, `balapan-${n}@example.com`, { limit }));
  for (const [n, agent] of agents.entries()) {
    const socket = connectSocket(instance(n).wsUrl, agent.token);
    sockets.push(socket);
    await socket.connected;
  }
  for (const agent of agents) await waitForValue(() => a.deps.presence.isOnline(agent.id), true);

  // The inbox of the admin on each instance, proved live while the mode is still MANUAL. Its
  // console is connected: AWAY keeps it out of the routing.
  dataOf(await graphqlRequest(a.httpUrl, SetMyStatus, { status: 'AWAY' }, admin.token));
  const inboxes: Subscription<SessionEvent>[] = [a, b].map((app) => {
    const socket = connectSocket(app.wsUrl, admin.token);
    sockets.push(socket);
    return subscribe(socket, OnQueuedChatUpdated, {});
  });
  for (const inbox of inboxes) {
    await provedLive(inbox, async () => {
      const customer = await registerCustomer(a.httpUrl, 'Penanda');
      const started = dataOf(await graphqlRequest(a.httpUrl, StartChatSession, { input: { message: 'penanda' } }, customer.token));
      await graphqlRequest(a.httpUrl, CloseChat, { id: started.startChatSession.id }, admin.token);
      return (event) => event.chatSessionUpdated.id === started.startChatSession.id;
    });
  }
  const customers: Actor[] = [];
  for (let n = 0; n < CHATS; n += 10) {
    customers.push(...(await Promise.all(Array.from({ length: 10 }, (_, k) => registerCustomer(instance(n + k).httpUrl, `Antre ${n + k}`)))));
  }
  await setRouting(a.httpUrl, admin, { routingMode: 'AUTO' });

  const starts = customers.map((customer, n) =>
    graphqlRequest(instance(n).httpUrl, StartChatSession, { input: { message: `Halo ${n}` } }, customer.token),
  );
  const takes = agents.flatMap((agent, n) =>
    Array.from({ length: TAKE_NEXT_PER_AGENT }, (_, k) => graphqlRequest(instance(n + k).httpUrl, TakeNext, {}, agent.token)),
  );
  const [started, taken] = await Promise.all([Promise.all(starts), Promise.all(takes)]);

  expect(started.filter((response) => response.errors)).toEqual([]);
  const refusals = taken.flatMap((response) => response.errors ?? []);
  expect(refusals.filter((error) => error.extensions?.reason !== 'LIMIT_REACHED')).toEqual([]);

  const activeCount = async () => Number((await sql<{ count: string }>(`select count(*) from chat_session where status = 'ACTIVE'`))[0].count);
  expect(await waitForValue(activeCount, SLOTS, 20_000)).toBe(SLOTS);

  // From the database: each agent exactly at its limit, the rest waiting.
  expect(await heldPerAgent(agents)).toEqual(LIMITS);
  const [waiting] = await sql<{ count: string }>(`select count(*) from chat_session where status = 'WAITING' and queued_at is not null`);
  expect(Number(waiting.count)).toBe(CHATS - SLOTS);
  const [unserved] = await sql<{ count: string }>(`select count(*) from chat_session where status = 'ACTIVE' and first_assigned_at is null`);
  expect(Number(unserved.count)).toBe(0);

  // From the events, on both instances: every assigned chat announced once, with one agent.
  for (const inbox of inboxes) {
    const assignments = () => inbox.events.filter((event) => event.chatSessionUpdated.status === 'ACTIVE');
    await waitForValue(async () => assignments().length >= SLOTS, true, 10_000);
    const agentsPerChat = new Map<string, string[]>();
    for (const { chatSessionUpdated: chat } of assignments()) {
      agentsPerChat.set(chat.id, [...(agentsPerChat.get(chat.id) ?? []), chat.assignedAdmin!.id]);
    }
    expect(agentsPerChat.size).toBe(SLOTS);
    expect([...agentsPerChat.values()].filter((assignees) => assignees.length !== 1)).toEqual([]);
    const announcedPerAgent = new Map<string, number>();
    for (const [assignee] of agentsPerChat.values()) announcedPerAgent.set(assignee, (announcedPerAgent.get(assignee) ?? 0) + 1);
    expect(agents.map((agent) => announcedPerAgent.get(agent.id) ?? 0)).toEqual(LIMITS);
  }

  // Each agent closes one chat while new visitors arrive, through both instances at once: every
  // freed slot is filled again, and still no agent is over its limit.
  const oneEach = await sql<{ id: string; assigned_admin_id: string }>(
    `select distinct on (assigned_admin_id) id, assigned_admin_id from chat_session where status = 'ACTIVE' order by assigned_admin_id, id`,
  );
  const tokenOf = new Map(agents.map((agent) => [agent.id, agent.token]));
  const latecomers = await Promise.all(Array.from({ length: 10 }, (_, n) => registerCustomer(instance(n).httpUrl, `Terlambat ${n}`)));
  const closes = oneEach.map((chat, n) => graphqlRequest(instance(n + 1).httpUrl, CloseChat, { id: chat.id }, tokenOf.get(chat.assigned_admin_id)));
  const arrivals = latecomers.map((customer, n) =>
    graphqlRequest(instance(n).httpUrl, StartChatSession, { input: { message: `Halo lagi ${n}` } }, customer.token),
  );
  const afterwards = await Promise.all([...closes, ...arrivals]);
  expect(afterwards.filter((response) => response.errors)).toEqual([]);
  const heldNow = async () => JSON.stringify(await heldPerAgent(agents));
  expect(JSON.parse(await waitForValue(heldNow, JSON.stringify(LIMITS), 10_000))).toEqual(LIMITS);
}, 120_000);
