import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { eventsDuring, provedLive, type SendMarker } from '../../../test/support/live';
import { OnChatSessionUpdated, SendMessage } from '../../../test/support/operations';
import {
  connectSocket,
  errorCode,
  graphqlRequest,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  useTestApp,
  type SocketClient,
} from '../../../test/support/test-app';

const StartTopicChat = graphql(`
  mutation StartTopicChat($input: StartChatSessionInput) {
    startChatSession(input: $input) {
      id
      status
      team {
        id
        name
        members {
          id
        }
      }
    }
  }
`);

const CreateQueueTeam = graphql(`
  mutation CreateQueueTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

const DeleteQueueTeam = graphql(`
  mutation DeleteQueueTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

const AssignWithTeam = graphql(`
  mutation AssignWithTeam($id: ID!, $adminId: ID, $teamId: ID) {
    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {
      id
      status
      assignedAdmin {
        id
      }
      team {
        id
      }
    }
  }
`);

const SetAgentLimit = graphql(`
  mutation SetAgentLimit($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      maxConcurrentChats
    }
  }
`);

const SetDeskLimit = graphql(`
  mutation SetDeskLimit($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      defaultMaxConcurrentChats
    }
  }
`);

const ListQueue = graphql(`
  query ListQueue($filter: ChatSessionFilter, $first: Int, $after: String) {
    chatSessions(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          queuedAt
          team {
            id
          }
        }
      }
    }
  }
`);

const ReadChat = graphql(`
  query ReadChat($id: ID!) {
    chatSession(id: $id) {
      id
      status
      team {
        id
      }
      messages {
        totalCount
      }
    }
  }
`);

const api = useTestApp({ REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() });
const url = () => api.app.httpUrl;

let admin: Actor;
let pajakAgent: Actor;
let freeAgent: Actor;
let pajak: string;
let izin: string;
let hidden: string;

beforeAll(async () => {
  admin = await loginAdmin(url());
  pajakAgent = await createAgent(url(), admin, 'pajak@example.com', 'Putri Pajak', 'AGENT');
  freeAgent = await createAgent(url(), admin, 'bebas@example.com', 'Bima Bebas', 'AGENT');
  const team = async (name: string, showInWidget: boolean, memberIds: string[] = []) => {
    const created = await graphqlRequest(url(), CreateQueueTeam, { input: { name, showInWidget, memberIds } }, admin.token);
    if (!created.data) throw new Error(`createTeam failed: ${JSON.stringify(created.errors)}`);
    return created.data.createTeam.id;
  };
  pajak = await team('Pajak', true, [pajakAgent.id]);
  izin = await team('Izin Usaha', true);
  hidden = await team('Internal', false);
  // The limits get a test of their own; elsewhere agents take as many chats as the cases need.
  await graphqlRequest(url(), SetDeskLimit, { input: { defaultMaxConcurrentChats: 100 } }, admin.token);
});

async function rows<Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) {
  return queryRows<Row>(api.db.url, sql, values);
}

let visitors = 0;
/** A visitor's new chat, in `teamId`'s queue when given, with a first message unless `message` is null. */
async function chatIn(teamId: string | null, message: string | null = 'Halo') {
  visitors += 1;
  const customer = await registerCustomer(url(), `Pengunjung ${visitors}`);
  const started = await graphqlRequest(url(), StartTopicChat, { input: { message, teamId } }, customer.token);
  if (!started.data) throw new Error(`startChatSession failed: ${JSON.stringify(started.errors)}`);
  return { id: started.data.startChatSession.id, customer };
}

const say = (chat: { id: string; customer: Actor }, text: string) =>
  graphqlRequest(url(), SendMessage, { input: { sessionId: chat.id, text } }, chat.customer.token);

async function waitingIds(token: string): Promise<string[]> {
  const listed = await graphqlRequest(url(), ListQueue, { filter: { status: 'WAITING' }, first: 100 }, token);
  if (!listed.data) throw new Error(`chatSessions failed: ${JSON.stringify(listed.errors)}`);
  return listed.data.chatSessions.edges.map((edge) => edge.node.id);
}

/** Two chats of the waiting list at a time, and the cursor of the next two (null on the last page). */
async function waitingPage(after: string | null): Promise<{ ids: string[]; queuedAt: (string | null)[]; next: string | null }> {
  const listed = await graphqlRequest(url(), ListQueue, { filter: { status: 'WAITING' }, first: 2, after }, admin.token);
  const { edges, pageInfo } = listed.data!.chatSessions;
  return {
    ids: edges.map((edge) => edge.node.id),
    queuedAt: edges.map((edge) => edge.node.queuedAt),
    next: pageInfo.hasNextPage ? pageInfo.endCursor : null,
  };
}

describe('startChatSession with a topic', () => {
  it("puts the chat in the team's queue; the visitor sees the team, not its members", async () => {
    const chat = await chatIn(pajak);

    const [stored] = await rows<{ team_id: string }>('select team_id from chat_session where id = $1', [chat.id]);
    expect(stored?.team_id).toBe(pajak);
    const started = await graphqlRequest(url(), StartTopicChat, { input: { message: 'Masih di sini' } }, chat.customer.token);
    expect(started.data?.startChatSession).toMatchObject({ id: chat.id, team: { id: pajak, name: 'Pajak', members: [] } });
  });

  it.each([
    ['a team not shown in the widget', () => hidden],
    ['an unknown team', () => '4f1c7a52-8a5e-4a55-9d3c-2a4f6c1b9e10'],
    ['a malformed id', () => 'pajak'],
  ])('refuses %s with field teamId and stores no chat and no message', async (_case, teamId) => {
    const customer = await registerCustomer(url(), 'Penolak');

    const response = await graphqlRequest(url(), StartTopicChat, { input: { message: 'Halo', teamId: teamId() } }, customer.token);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('teamId');
    expect(await rows('select id from chat_session where customer_id = $1', [customer.id])).toEqual([]);
  });

  it('keeps the team of a resumed open chat, whatever topic the new start names', async () => {
    const chat = await chatIn(pajak);

    const resumed = await graphqlRequest(url(), StartTopicChat, { input: { message: 'Lagi', teamId: izin } }, chat.customer.token);

    expect(resumed.data?.startChatSession).toMatchObject({ id: chat.id, team: { id: pajak } });
  });
});

describe('the waiting list', () => {
  it('is in the order of first messages, not of opening, and pages on that order', async () => {
    const openedFirst = await chatIn(null, null);
    const wroteFirst = await chatIn(null);
    await say(openedFirst, 'Akhirnya saya menulis');

    const [queued] = await rows<{ queued_at: Date; created_at: Date }>('select queued_at, created_at from chat_session where id = $1', [openedFirst.id]);
    expect(queued!.queued_at.getTime()).toBeGreaterThan(queued!.created_at.getTime());
    const all = await waitingIds(admin.token);
    expect(all.indexOf(wroteFirst.id)).toBeLessThan(all.indexOf(openedFirst.id));

    const paged: string[] = [];
    const queuedAt: (string | null)[] = [];
    let after: string | null = null;
    do {
      const page = await waitingPage(after);
      paged.push(...page.ids);
      queuedAt.push(...page.queuedAt);
      after = page.next;
    } while (after);
    expect(paged).toEqual(all);
    // What the order is, for clients that show how long each chat has waited.
    expect(queuedAt[paged.indexOf(openedFirst.id)]).toBe(queued!.queued_at.toISOString());
    expect(queuedAt.every((at) => at !== null)).toBe(true);
    expect([...queuedAt].sort()).toEqual(queuedAt);
  });

  it("refuses a cursor of the newest-first list, whose order it does not follow", async () => {
    await chatIn(null);
    const newest = await graphqlRequest(url(), ListQueue, { first: 1 }, admin.token);

    const response = await graphqlRequest(
      url(),
      ListQueue,
      { filter: { status: 'WAITING' }, after: newest.data!.chatSessions.pageInfo.endCursor },
      admin.token,
    );

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});

describe('what an AGENT sees by team', () => {
  let socket: SocketClient | undefined;
  afterEach(async () => {
    await socket?.dispose();
    socket = undefined;
  });

  it("lists its teams' queue and the one without a team, not another team's; an AGENT without teams sees every queue", async () => {
    const inPajak = await chatIn(pajak);
    const inIzin = await chatIn(izin);
    const inNone = await chatIn(null);

    const pajakSees = await waitingIds(pajakAgent.token);
    const freeSees = await waitingIds(freeAgent.token);

    expect(pajakSees).toEqual(expect.arrayContaining([inPajak.id, inNone.id]));
    expect(pajakSees).not.toContain(inIzin.id);
    expect(freeSees).toEqual(expect.arrayContaining([inPajak.id, inIzin.id, inNone.id]));
  });

  it("refuses another team's waiting chat as NOT_FOUND (reading, its messages, sending, taking), until it is assigned the chat", async () => {
    const inIzin = await chatIn(izin);

    const read = await graphqlRequest(url(), ReadChat, { id: inIzin.id }, pajakAgent.token);
    const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId: inIzin.id, text: 'Saya bantu' } }, pajakAgent.token);
    const taken = await graphqlRequest(url(), AssignWithTeam, { id: inIzin.id }, pajakAgent.token);

    expect([errorCode(read), errorCode(sent), errorCode(taken)]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await rows("select id from chat_session where id = $1 and status = 'WAITING' and assigned_admin_id is null", [inIzin.id])).toHaveLength(1);
    expect(await rows("select id from message where session_id = $1 and sender = 'ADMIN'", [inIzin.id])).toEqual([]);

    await graphqlRequest(url(), AssignWithTeam, { id: inIzin.id, adminId: pajakAgent.id }, admin.token);
    const own = await graphqlRequest(url(), ReadChat, { id: inIzin.id }, pajakAgent.token);
    // Its first message, and the SYSTEM message that introduces the agent to the visitor.
    expect(own.data?.chatSession).toMatchObject({ id: inIzin.id, status: 'ACTIVE', team: { id: izin }, messages: { totalCount: 2 } });
  });

  it("hears its teams' and the teamless queue's updates, not another team's, and cannot follow that one by id", async () => {
    const inPajak = await chatIn(pajak);
    const inIzin = await chatIn(izin);
    const inNone = await chatIn(null);
    socket = connectSocket(api.app.wsUrl, pajakAgent.token);
    const hears = subscribe(socket, OnChatSessionUpdated, {});
    const teamlessChat: SendMarker<{ chatSessionUpdated: { id: string } }> = async () => {
      const { id } = await chatIn(null, 'penanda');
      return (event) => event.chatSessionUpdated.id === id;
    };
    await provedLive(hears, teamlessChat);

    const heard = await eventsDuring(hears, teamlessChat, async () => {
      await say(inIzin, 'di tim lain');
      await say(inPajak, 'di tim sendiri');
      await say(inNone, 'tanpa tim');
    });

    expect(heard.map((event) => event.chatSessionUpdated.id)).toEqual([inPajak.id, inNone.id]);
    const byId = subscribe(socket, OnChatSessionUpdated, { id: inIzin.id });
    await byId.completed;
    expect(byId.errors[0]?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("sees a deleted team's waiting chats in the queue without a team, at their place", async () => {
    const doomed = (await graphqlRequest(url(), CreateQueueTeam, { input: { name: 'Sementara', showInWidget: true } }, admin.token)).data!
      .createTeam.id;
    const earlier = await chatIn(doomed);
    const later = await chatIn(null);
    expect(await waitingIds(pajakAgent.token)).not.toContain(earlier.id);

    await graphqlRequest(url(), DeleteQueueTeam, { id: doomed }, admin.token);

    const seen = await waitingIds(pajakAgent.token);
    expect(seen.indexOf(earlier.id)).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf(earlier.id)).toBeLessThan(seen.indexOf(later.id));
    const read = await graphqlRequest(url(), ReadChat, { id: earlier.id }, pajakAgent.token);
    expect(read.data?.chatSession?.team).toBeNull();
  });
});

describe("a change of an agent's teams", () => {
  const UpdateQueueTeam = graphql(`
    mutation UpdateQueueTeam($id: ID!, $input: UpdateTeamInput!) {
      updateTeam(id: $id, input: $input) {
        id
      }
    }
  `);

  it.each([
    ['updateAdmin(teamIds)', (agentId: string) => graphqlRequest(url(), SetAgentLimit, { id: agentId, input: { teamIds: [izin] } }, admin.token)],
    ['updateTeam(memberIds)', () => graphqlRequest(url(), UpdateQueueTeam, { id: pajak, input: { memberIds: [pajakAgent.id] } }, admin.token)],
  ])("by %s reconnects the agent's sockets (1012), and its next request no longer sees the old team's queue", async (_how, change) => {
    const moving = await createAgent(url(), admin, `pindah-${visitors}@example.com`, 'Pandu Pindah', 'AGENT');
    await graphqlRequest(url(), SetAgentLimit, { id: moving.id, input: { teamIds: [pajak, izin] } }, admin.token);
    const inPajak = await chatIn(pajak);
    const socket = connectSocket(api.app.wsUrl, moving.token);
    await socket.connected;

    expect((await change(moving.id)).errors).toBeUndefined();

    expect((await socket.closed).code).toBe(1012);
    expect(errorCode(await graphqlRequest(url(), ReadChat, { id: inPajak.id }, moving.token))).toBe('NOT_FOUND');
  });
});

describe('assignChatSession with a team', () => {
  it("with teamId alone moves an assigned chat back to that team's queue, unassigned, at its original place", async () => {
    const moved = await chatIn(null);
    const queuedLater = await chatIn(izin);
    await graphqlRequest(url(), AssignWithTeam, { id: moved.id, adminId: freeAgent.id }, admin.token);
    expect(await waitingIds(admin.token)).not.toContain(moved.id);

    const response = await graphqlRequest(url(), AssignWithTeam, { id: moved.id, teamId: izin }, freeAgent.token);

    expect(response.data?.assignChatSession).toEqual({ id: moved.id, status: 'WAITING', assignedAdmin: null, team: { id: izin } });
    const queue = await waitingIds(admin.token);
    expect(queue.indexOf(moved.id)).toBeLessThan(queue.indexOf(queuedLater.id));
    expect(queue.indexOf(moved.id)).toBeGreaterThanOrEqual(0);
  });

  it('with both assigns the chat to the agent in that team', async () => {
    const chat = await chatIn(null);

    const response = await graphqlRequest(url(), AssignWithTeam, { id: chat.id, adminId: pajakAgent.id, teamId: pajak }, admin.token);

    expect(response.data?.assignChatSession).toEqual({ id: chat.id, status: 'ACTIVE', assignedAdmin: { id: pajakAgent.id }, team: { id: pajak } });
  });

  it('refuses an unknown team with NOT_FOUND and changes nothing', async () => {
    const chat = await chatIn(pajak);

    const response = await graphqlRequest(url(), AssignWithTeam, { id: chat.id, adminId: pajakAgent.id, teamId: '4f1c7a52-8a5e-4a55-9d3c-2a4f6c1b9e10' }, admin.token);

    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(await rows("select id from chat_session where id = $1 and status = 'WAITING' and team_id = $2 and assigned_admin_id is null", [chat.id, pajak])).toHaveLength(1);
  });

  it("records the first assignment once, and every assignment as the agent's last", async () => {
    const chat = await chatIn(null);
    await graphqlRequest(url(), AssignWithTeam, { id: chat.id, adminId: freeAgent.id }, admin.token);
    const [first] = await rows<{ first_assigned_at: Date }>('select first_assigned_at from chat_session where id = $1', [chat.id]);
    expect(first?.first_assigned_at).toBeInstanceOf(Date);

    await graphqlRequest(url(), AssignWithTeam, { id: chat.id, adminId: pajakAgent.id }, admin.token);

    const [again] = await rows<{ first_assigned_at: Date }>('select first_assigned_at from chat_session where id = $1', [chat.id]);
    expect(again?.first_assigned_at).toEqual(first?.first_assigned_at);
    const [agentRow] = await rows<{ last_assigned_at: Date }>('select last_assigned_at from admin where id = $1', [pajakAgent.id]);
    expect(agentRow!.last_assigned_at.getTime()).toBeGreaterThanOrEqual(first!.first_assigned_at.getTime());
  });

  it("records an agent's first reply as the chat's first assignment", async () => {
    const chat = await chatIn(null);

    await graphqlRequest(url(), SendMessage, { input: { sessionId: chat.id, text: 'Saya bantu' } }, freeAgent.token);

    const [stored] = await rows<{ first_assigned_at: Date | null; assigned_admin_id: string; last_assigned_at: Date | null }>(
      'select first_assigned_at, assigned_admin_id, admin.last_assigned_at from chat_session join admin on admin.id = assigned_admin_id where chat_session.id = $1',
      [chat.id],
    );
    expect(stored).toMatchObject({ assigned_admin_id: freeAgent.id });
    expect(stored?.first_assigned_at).toBeInstanceOf(Date);
    expect(stored?.last_assigned_at).toEqual(stored?.first_assigned_at);
  });
});

describe("an agent's limit", () => {
  let limited: Actor;
  beforeAll(async () => {
    limited = await createAgent(url(), admin, 'terbatas@example.com', 'Tari Terbatas', 'AGENT');
    await graphqlRequest(url(), SetAgentLimit, { id: limited.id, input: { maxConcurrentChats: 1 } }, admin.token);
  });

  it('stops it taking a chat beyond it (LIMIT_REACHED) and leaves the chat waiting; an ADMIN may assign past it', async () => {
    const first = await chatIn(null);
    const second = await chatIn(null);
    expect(errorCode(await graphqlRequest(url(), AssignWithTeam, { id: first.id }, limited.token))).toBeUndefined();

    const refused = await graphqlRequest(url(), AssignWithTeam, { id: second.id }, limited.token);

    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('LIMIT_REACHED');
    expect(await rows("select id from chat_session where id = $1 and status = 'WAITING' and assigned_admin_id is null", [second.id])).toHaveLength(1);
    // Taking a chat it already has takes no new slot.
    expect(errorCode(await graphqlRequest(url(), AssignWithTeam, { id: first.id }, limited.token))).toBeUndefined();
    const overridden = await graphqlRequest(url(), AssignWithTeam, { id: second.id, adminId: limited.id }, admin.token);
    expect(overridden.data?.assignChatSession.assignedAdmin).toEqual({ id: limited.id });

    await graphqlRequest(url(), AssignWithTeam, { id: first.id, adminId: freeAgent.id }, admin.token);
    await graphqlRequest(url(), AssignWithTeam, { id: second.id, adminId: freeAgent.id }, admin.token);
  });

  it('stops an AGENT handing a chat to a colleague at its limit', async () => {
    const kept = await chatIn(null);
    const handed = await chatIn(null);
    await graphqlRequest(url(), AssignWithTeam, { id: kept.id, adminId: limited.id }, admin.token);
    await graphqlRequest(url(), AssignWithTeam, { id: handed.id, adminId: freeAgent.id }, admin.token);

    const refused = await graphqlRequest(url(), AssignWithTeam, { id: handed.id, adminId: limited.id }, freeAgent.token);

    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LIMIT_REACHED' });
    expect(await rows('select id from chat_session where id = $1 and assigned_admin_id = $2', [handed.id, freeAgent.id])).toHaveLength(1);
    await graphqlRequest(url(), AssignWithTeam, { id: kept.id, adminId: freeAgent.id }, admin.token);
  });

  it('gives one of two chats taken at once when one slot is free', async () => {
    const chats = await Promise.all([chatIn(null), chatIn(null)]);

    const answers = await Promise.all(chats.map((chat) => graphqlRequest(url(), AssignWithTeam, { id: chat.id }, limited.token)));

    expect(answers.map((answer) => errorCode(answer) ?? 'OK').sort()).toEqual(['FORBIDDEN', 'OK']);
    expect(await rows("select id from chat_session where assigned_admin_id = $1 and status = 'ACTIVE'", [limited.id])).toHaveLength(1);
  });

  it("is the desk's default for an agent without its own", async () => {
    const byDefault = await createAgent(url(), admin, 'bawaan@example.com', 'Bayu Bawaan', 'AGENT');
    await graphqlRequest(url(), SetDeskLimit, { input: { defaultMaxConcurrentChats: 1 } }, admin.token);
    try {
      const [first, second] = [await chatIn(null), await chatIn(null)];
      await graphqlRequest(url(), AssignWithTeam, { id: first.id }, byDefault.token);

      const refused = await graphqlRequest(url(), AssignWithTeam, { id: second.id }, byDefault.token);

      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LIMIT_REACHED' });
    } finally {
      await graphqlRequest(url(), SetDeskLimit, { input: { defaultMaxConcurrentChats: 100 } }, admin.token);
    }
  });
});

describe('two agents taking one waiting chat at once', () => {
  it('gives it to one; the other is told it is gone', async () => {
    const rival = await createAgent(url(), admin, 'saingan@example.com', 'Sinta Saingan', 'AGENT');
    const chat = await chatIn(null);

    const answers = await Promise.all([freeAgent, rival].map((taker) => graphqlRequest(url(), AssignWithTeam, { id: chat.id }, taker.token)));

    expect(answers.map((answer) => errorCode(answer) ?? 'OK').sort()).toEqual(['NOT_FOUND', 'OK']);
    const winner = answers.find((answer) => !answer.errors)!.data!.assignChatSession.assignedAdmin!.id;
    expect(await rows('select id from chat_session where id = $1 and assigned_admin_id = $2', [chat.id, winner])).toHaveLength(1);
  });
});
