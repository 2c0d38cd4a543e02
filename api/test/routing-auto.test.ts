import { loginAdmin, type Actor } from './support/actors';
import { waitForValue } from './support/live';
import {
  CloseChat,
  createQueueAgent,
  createTeam,
  dataOf,
  queuedChat,
  SetAgent,
  SetMyStatus,
  setRouting,
  startQueuedChat,
  Unassign,
} from './support/queue';
import { connectSocket, graphqlRequest, TEST_REDIS_URL, uniqueRedisPrefix, useTestApp, type SocketClient } from './support/test-app';

const handle = useTestApp({ REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() });
const url = () => handle.app.httpUrl;

const sockets: SocketClient[] = [];
/** An agent's console: connected, it makes the agent ONLINE (with its stored status ONLINE). */
async function openConsole(agent: Actor): Promise<SocketClient> {
  const socket = connectSocket(handle.app.wsUrl, agent.token);
  sockets.push(socket);
  await socket.connected;
  await waitForValue(() => handle.app.deps.presence.isOnline(agent.id), true);
  return socket;
}
afterAll(() => Promise.all(sockets.map((socket) => socket.dispose())));

const assigneeOf = async (id: string) => (await queuedChat(url(), admin.token, id)).assignedAdmin?.id ?? null;
const waitForAssignee = (id: string, adminId: string | null) => waitForValue(() => assigneeOf(id), adminId);
const close = (actor: Actor, id: string) => graphqlRequest(url(), CloseChat, { id }, actor.token);

let admin: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
  await setRouting(url(), admin, { routingMode: 'AUTO' });
});

describe('AUTO routing', () => {
  it('routes a new chat to the ONLINE agent of its team with the fewest chats, then the one longest without a new one', async () => {
    const nib = await createTeam(url(), admin, 'NIB');
    const kbli = await createTeam(url(), admin, 'KBLI');
    const first = await createQueueAgent(url(), admin, 'nib-1@example.com', { limit: 3, teamIds: [nib] });
    const second = await createQueueAgent(url(), admin, 'nib-2@example.com', { limit: 3, teamIds: [nib] });
    const outsider = await createQueueAgent(url(), admin, 'kbli-1@example.com', { limit: 3, teamIds: [kbli] });
    for (const agent of [first, second, outsider]) await openConsole(agent);

    const chats = [];
    for (let n = 0; n < 3; n += 1) chats.push(await startQueuedChat(url(), nib));
    const assignees = await Promise.all(chats.map((chat) => assigneeOf(chat.id)));
    expect(new Set(assignees.slice(0, 2))).toEqual(new Set([first.id, second.id]));
    // Both have one: the one assigned first has waited longest since.
    expect(assignees[2]).toBe(assignees[0]);
    for (const chat of chats) await close(admin, chat.id);
  });

  it('gives AWAY, OFFLINE and disabled agents nothing, and an agent its chats when it turns ONLINE or opens its console', async () => {
    const team = await createTeam(url(), admin, 'Izin usaha');
    const away = await createQueueAgent(url(), admin, 'jauh@example.com', { limit: 1, teamIds: [team] });
    const offline = await createQueueAgent(url(), admin, 'luring@example.com', { limit: 1, teamIds: [team] });
    const disabled = await createQueueAgent(url(), admin, 'nonaktif@example.com', { limit: 1, teamIds: [team] });
    await openConsole(away);
    dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'AWAY' }, away.token));
    const disabledConsole = await openConsole(disabled);
    dataOf(await graphqlRequest(url(), SetAgent, { id: disabled.id, input: { disabled: true } }, admin.token));
    await disabledConsole.closed;
    await waitForValue(() => handle.app.deps.presence.isOnline(disabled.id), false);

    const first = await startQueuedChat(url(), team);
    const second = await startQueuedChat(url(), team);
    expect(await queuedChat(url(), admin.token, first.id)).toMatchObject({ status: 'WAITING', queuePosition: 1 });

    dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'ONLINE' }, away.token));
    expect(await assigneeOf(first.id)).toBe(away.id);
    await openConsole(offline);
    expect(await waitForAssignee(second.id, offline.id)).toBe(offline.id);
    for (const chat of [first, second]) await close(admin, chat.id);
  });

  it('fills a freed slot with the oldest waiting chat, and a larger limit with the next ones', async () => {
    const team = await createTeam(url(), admin, 'Akun OSS');
    const agent = await createQueueAgent(url(), admin, 'akun@example.com', { limit: 1, teamIds: [team] });
    await openConsole(agent);
    const chats = [];
    for (let n = 0; n < 4; n += 1) chats.push(await startQueuedChat(url(), team));
    expect(await assigneeOf(chats[0].id)).toBe(agent.id);
    expect(await queuedChat(url(), admin.token, chats[1].id)).toMatchObject({ status: 'WAITING', queuePosition: 1 });

    dataOf(await close(agent, chats[0].id));
    expect(await assigneeOf(chats[1].id)).toBe(agent.id);
    expect(await queuedChat(url(), admin.token, chats[2].id)).toMatchObject({ status: 'WAITING', queuePosition: 1 });

    dataOf(await graphqlRequest(url(), SetAgent, { id: agent.id, input: { maxConcurrentChats: 3 } }, admin.token));
    expect([await assigneeOf(chats[2].id), await assigneeOf(chats[3].id)]).toEqual([agent.id, agent.id]);
    for (const chat of chats) await close(admin, chat.id);
  });

  it('routes the waiting chats when the mode becomes AUTO, and more when the default limit grows', async () => {
    const team = await createTeam(url(), admin, 'Perizinan');
    const agent = await createQueueAgent(url(), admin, 'bawaan@example.com', { teamIds: [team] });
    await openConsole(agent);
    await setRouting(url(), admin, { routingMode: 'MANUAL', defaultMaxConcurrentChats: 1 });
    const chats = [await startQueuedChat(url(), team), await startQueuedChat(url(), team)];
    expect(await assigneeOf(chats[0].id)).toBeNull();

    await setRouting(url(), admin, { routingMode: 'AUTO' });
    expect([await assigneeOf(chats[0].id), await assigneeOf(chats[1].id)]).toEqual([agent.id, null]);
    await setRouting(url(), admin, { defaultMaxConcurrentChats: 2 });
    expect(await assigneeOf(chats[1].id)).toBe(agent.id);
    await setRouting(url(), admin, { defaultMaxConcurrentChats: 5 });
    for (const chat of chats) await close(admin, chat.id);
  });

  it('routes a chat handed back to another agent, not straight back to the one who handed it back', async () => {
    const team = await createTeam(url(), admin, 'Oper');
    const giver = await createQueueAgent(url(), admin, 'pemberi@example.com', { limit: 2, teamIds: [team] });
    await openConsole(giver);
    const chat = await startQueuedChat(url(), team);
    expect(await assigneeOf(chat.id)).toBe(giver.id);
    const taker = await createQueueAgent(url(), admin, 'penerima@example.com', { limit: 2, teamIds: [team] });
    await openConsole(taker);

    dataOf(await graphqlRequest(url(), Unassign, { id: chat.id }, giver.token));
    expect(await assigneeOf(chat.id)).toBe(taker.id);
    await close(admin, chat.id);
  });
});

describe("a disabled agent's chats", () => {
  it('go back to their queues at their places, and to an agent who has room', async () => {
    const team = await createTeam(url(), admin, 'Berpindah');
    const leaving = await createQueueAgent(url(), admin, 'keluar@example.com', { limit: 2, teamIds: [team] });
    await openConsole(leaving);
    const chats = [await startQueuedChat(url(), team), await startQueuedChat(url(), team)];
    for (const chat of chats) expect(await assigneeOf(chat.id)).toBe(leaving.id);
    const staying = await createQueueAgent(url(), admin, 'tetap@example.com', { limit: 1, teamIds: [team] });
    await openConsole(staying);

    dataOf(await graphqlRequest(url(), SetAgent, { id: leaving.id, input: { disabled: true } }, admin.token));
    expect(await waitForAssignee(chats[0]!.id, staying.id)).toBe(staying.id);
    expect(await queuedChat(url(), admin.token, chats[1]!.id)).toMatchObject({ status: 'WAITING', queuePosition: 1, assignedAdmin: null });
    for (const chat of chats) await close(admin, chat.id);
  });
});

describe('AUTO routing in one process without Redis', () => {
  const local = useTestApp();

  it('routes to the agent whose console is connected, and to nobody once it has left', async () => {
    const localUrl = () => local.app.httpUrl;
    const localAdmin = await loginAdmin(localUrl());
    await setRouting(localUrl(), localAdmin, { routingMode: 'AUTO' });
    const agent = await createQueueAgent(localUrl(), localAdmin, 'lokal@example.com');
    const socket = connectSocket(local.app.wsUrl, agent.token);
    await socket.connected;
    await waitForValue(() => local.app.deps.presence.isOnline(agent.id), true);

    const routed = await startQueuedChat(localUrl());
    expect((await queuedChat(localUrl(), localAdmin.token, routed.id)).assignedAdmin?.id).toBe(agent.id);
    await socket.dispose();
    await waitForValue(() => local.app.deps.presence.isOnline(agent.id), false);
    const waiting = await startQueuedChat(localUrl());
    expect(await queuedChat(localUrl(), localAdmin.token, waiting.id)).toMatchObject({ status: 'WAITING', assignedAdmin: null });
  });
});
