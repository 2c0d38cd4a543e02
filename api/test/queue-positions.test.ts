import { loginAdmin, type Actor } from './support/actors';
import { graphql } from './gql';
import { eventsDuring, provedLive } from './support/live';
import {
  closeAllChats,
  AssignOrMove,
  chatUpdateMarker,
  CloseChat,
  createTeam,
  dataOf,
  ListQueue,
  OnQueuedChatUpdated,
  queuedChat,
  startQueuedChat,
  Unassign,
  type QueuedChatEvent,
} from './support/queue';
import { connectSocket, graphqlRequest, subscribe, useTestApp, type Subscription } from './support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;

const visitorMarker = (sessionId: string, customer: Actor) => chatUpdateMarker(url(), sessionId, customer);

const assign = async (admin: Actor, id: string, adminId?: string) =>
  dataOf(await graphqlRequest(url(), AssignOrMove, { id, adminId }, admin.token));

describe('queue positions', () => {
  let admin: Actor;
  let nib: string;

  beforeAll(async () => {
    admin = await loginAdmin(url());
    nib = await createTeam(url(), admin, 'NIB');
  });

  afterEach(() => closeAllChats(url(), admin));

  it('numbers each queue from 1, oldest first, the chats without a team as one queue, and none once assigned', async () => {
    const open = [await startQueuedChat(url()), await startQueuedChat(url(), nib), await startQueuedChat(url()), await startQueuedChat(url(), nib)];
    const listed = dataOf(await graphqlRequest(url(), ListQueue, { filter: { status: 'WAITING' }, first: 10 }, admin.token)).chatSessions.edges.map(({ node }) => node);
    expect(listed.map((chat) => [chat.id, chat.queuePosition, chat.team?.id ?? null])).toEqual([
      [open[0].id, 1, null],
      [open[1].id, 1, nib],
      [open[2].id, 2, null],
      [open[3].id, 2, nib],
    ]);
    expect(listed.every((chat) => chat.estimatedWaitSeconds === null)).toBe(true);

    await assign(admin, open[0].id);
    expect(await queuedChat(url(), admin.token, open[0].id)).toMatchObject({ status: 'ACTIVE', queuePosition: null, estimatedWaitSeconds: null });
    expect((await queuedChat(url(), open[2].customer.token, open[2].id)).queuePosition).toBe(1);
    expect((await queuedChat(url(), admin.token, open[3].id)).queuePosition).toBe(2);
  });

  it('tells a waiting visitor its new place when a chat ahead is taken, and nothing when another queue moves', async () => {
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url());
    const other = await startQueuedChat(url(), nib);
    const socket = connectSocket(handle.app.wsUrl, second.customer.token);
    const updates: Subscription<QueuedChatEvent> = subscribe(socket, OnQueuedChatUpdated, { id: second.id });
    const marker = visitorMarker(second.id, second.customer);
    await provedLive(updates, marker);
    expect(updates.events.at(-1)?.chatSessionUpdated.queuePosition).toBe(2);

    const heard = await eventsDuring(updates, marker, () => assign(admin, first.id));
    expect(heard.map((event) => [event.chatSessionUpdated.status, event.chatSessionUpdated.queuePosition])).toEqual([['WAITING', 1]]);

    const heardOfOtherQueue = await eventsDuring(updates, marker, () => assign(admin, other.id));
    expect(heardOfOtherQueue).toEqual([]);
    await socket.dispose();
  });

  it("announces queue moves on each chat's own topic only: the agents' inbox hears one event per assignment", async () => {
    const ahead = await startQueuedChat(url());
    for (let n = 0; n < 4; n += 1) await startQueuedChat(url());
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const inbox: Subscription<QueuedChatEvent> = subscribe(socket, OnQueuedChatUpdated, {});
    const marker = visitorMarker(ahead.id, ahead.customer);
    await provedLive(inbox, marker);
    const heard = await eventsDuring(inbox, marker, () => assign(admin, ahead.id));
    expect(heard.map((event) => [event.chatSessionUpdated.id, event.chatSessionUpdated.status])).toEqual([[ahead.id, 'ACTIVE']]);
    await socket.dispose();
  });

  it('puts an unassigned chat back at its original place, and the chats behind it hear that they moved back', async () => {
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url());
    await assign(admin, first.id);
    expect((await queuedChat(url(), admin.token, second.id)).queuePosition).toBe(1);
    const socket = connectSocket(handle.app.wsUrl, second.customer.token);
    const updates: Subscription<QueuedChatEvent> = subscribe(socket, OnQueuedChatUpdated, { id: second.id });
    const marker = visitorMarker(second.id, second.customer);
    await provedLive(updates, marker);

    const heard = await eventsDuring(updates, marker, async () => {
      const back = dataOf(await graphqlRequest(url(), Unassign, { id: first.id }, admin.token)).unassignChatSession;
      expect(back).toMatchObject({ id: first.id, status: 'WAITING', queuePosition: 1, assignedAdmin: null });
    });
    expect(heard.map((event) => event.chatSessionUpdated.queuePosition)).toEqual([2]);
    expect((await queuedChat(url(), admin.token, first.id)).queuePosition).toBe(1);
    await socket.dispose();
  });

  it("estimates the wait as the position times the team's recent median wait until a first assignment", async () => {
    const izin = await createTeam(url(), admin, 'Izin usaha');
    const served = [await startQueuedChat(url(), izin), await startQueuedChat(url(), izin), await startQueuedChat(url(), izin)];
    for (const chat of served) await assign(admin, chat.id);
    // Waits of 1, 2 and 10 minutes: the median is 2 minutes.
    const waits = [60, 120, 600];
    for (const [n, chat] of served.entries()) {
      await handle.app.database.orm.em
        .getConnection()
        .execute(`update chat_session set queued_at = first_assigned_at - interval '${waits[n]} seconds' where id = ?`, [chat.id]);
    }
    const waiting = [await startQueuedChat(url(), izin), await startQueuedChat(url(), izin)];
    const fresh = await startQueuedChat(url(), await createTeam(url(), admin, 'KBLI'));
    expect((await queuedChat(url(), admin.token, waiting[0].id)).estimatedWaitSeconds).toBe(120);
    expect((await queuedChat(url(), waiting[1].customer.token, waiting[1].id)).estimatedWaitSeconds).toBe(240);
    // Another queue's waits say nothing about this one.
    expect(await queuedChat(url(), admin.token, fresh.id)).toMatchObject({ queuePosition: 1, estimatedWaitSeconds: null });
  });

  it('moves the chats behind one that is closed while it waits', async () => {
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url());
    await graphqlRequest(url(), CloseChat, { id: first.id }, first.customer.token);
    expect((await queuedChat(url(), second.customer.token, second.id)).queuePosition).toBe(1);
  });

  it("moves a chat to another team's queue at its original place: both queues hear their new places", async () => {
    const kbli = await createTeam(url(), admin, 'Izin lokasi');
    const laterInKbli = await startQueuedChat(url(), kbli);
    const moved = await startQueuedChat(url(), nib);
    const behindInNib = await startQueuedChat(url(), nib);
    // Older than the chat already waiting for KBLI: it goes ahead of it there.
    await handle.app.database.orm.em
      .getConnection()
      .execute(`update chat_session set queued_at = queued_at - interval '1 hour' where id = ?`, [moved.id]);
    const sockets = [connectSocket(handle.app.wsUrl, moved.customer.token), connectSocket(handle.app.wsUrl, laterInKbli.customer.token), connectSocket(handle.app.wsUrl, behindInNib.customer.token)];
    const [movedHears, kbliHears, nibHears] = [moved, laterInKbli, behindInNib].map((chat, n) => {
      const updates: Subscription<QueuedChatEvent> = subscribe(sockets[n]!, OnQueuedChatUpdated, { id: chat.id });
      return { chat, updates, marker: visitorMarker(chat.id, chat.customer) };
    });
    for (const { updates, marker } of [movedHears, kbliHears, nibHears]) await provedLive(updates, marker);

    // The move answers once its announcements are out: each marker is sent after it.
    const move = graphqlRequest(url(), AssignOrMove, { id: moved.id, teamId: kbli }, admin.token).then(dataOf);
    const heard = await Promise.all([movedHears, kbliHears, nibHears].map(({ updates, marker }) => eventsDuring(updates, marker, () => move)));
    expect(heard.map((events) => events.map((event) => event.chatSessionUpdated.queuePosition))).toEqual([[1], [2], [1]]);
    await Promise.all(sockets.map((socket) => socket.dispose()));
  });

  it("puts a deleted team's waiting chats into the queue without a team, each at its own place", async () => {
    const pajak = await createTeam(url(), admin, 'Pajak');
    const early = await startQueuedChat(url(), pajak);
    const noTeam = await startQueuedChat(url());
    const socket = connectSocket(handle.app.wsUrl, noTeam.customer.token);
    const updates: Subscription<QueuedChatEvent> = subscribe(socket, OnQueuedChatUpdated, { id: noTeam.id });
    const marker = visitorMarker(noTeam.id, noTeam.customer);
    await provedLive(updates, marker);
    expect((await queuedChat(url(), admin.token, noTeam.id)).queuePosition).toBe(1);

    const heard = await eventsDuring(updates, marker, async () => {
      dataOf(await graphqlRequest(url(), DeleteQueueTeam, { id: pajak }, admin.token));
    });
    expect(heard.map((event) => event.chatSessionUpdated.queuePosition)).toEqual([2]);
    expect(await queuedChat(url(), admin.token, early.id)).toMatchObject({ queuePosition: 1, team: null });
    await socket.dispose();
  });
});

const DeleteQueueTeam = graphql(`
  mutation QueueDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);
