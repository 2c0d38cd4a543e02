import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { eventsDuring, provedLive, type SendMarker } from '../../../test/support/live';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp, type SocketClient, type Subscription } from '../../../test/support/test-app';

const MarkRead = graphql(`
  mutation MarkRead($id: ID!, $messageId: ID!) {
    markChatSessionRead(id: $id, messageId: $messageId) {
      id
      customerLastReadMessageId
      agentLastReadMessageId
      unreadCount
    }
  }
`);

const ReadState = graphql(`
  query ReadState($id: ID!) {
    chatSession(id: $id) {
      customerLastReadMessageId
      agentLastReadMessageId
      unreadCount
    }
  }
`);

const CustomerView = graphql(`
  query CustomerView($id: ID!) {
    chatSession(id: $id) {
      customerLastReadMessageId
      unreadCount
      messages(first: 100) {
        edges {
          node {
            id
            sender
            internal
          }
        }
      }
    }
  }
`);

const InboxUnread = graphql(`
  query InboxUnread($filter: ChatSessionFilter) {
    chatSessions(filter: $filter, first: 20) {
      edges {
        node {
          id
          unreadCount
        }
      }
    }
  }
`);

const SendForReceipts = graphql(`
  mutation SendForReceipts($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      createdAt
    }
  }
`);

const StartReceiptChat = graphql(`
  mutation StartReceiptChat($input: StartChatSessionInput) {
    startChatSession(input: $input) {
      id
    }
  }
`);

const CreateReceiptTeam = graphql(`
  mutation CreateReceiptTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

const OnReadChanged = graphql(`
  subscription OnReadChanged($id: ID) {
    chatSessionUpdated(id: $id) {
      id
      lastMessageAt
      customerLastReadMessageId
      agentLastReadMessageId
      unreadCount
    }
  }
`);

type ReadEvent = { chatSessionUpdated: { id: string; lastMessageAt: string | null; customerLastReadMessageId: string | null; agentLastReadMessageId: string | null; unreadCount: number } };

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
const sockets: SocketClient[] = [];
beforeAll(async () => {
  admin = await loginAdmin(url());
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

const socketOf = (actor: Actor) => {
  const socket = connectSocket(handle.app.wsUrl, actor.token);
  sockets.push(socket);
  return socket;
};

async function send(actor: Actor, sessionId: string, text: string, internal?: boolean) {
  const sent = await graphqlRequest(url(), SendForReceipts, { input: { sessionId, text, internal } }, actor.token);
  if (!sent.data) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
  return sent.data.sendMessage;
}

const mark = (actor: Actor, id: string, messageId: string) => graphqlRequest(url(), MarkRead, { id, messageId }, actor.token);

async function readState(actor: Actor, id: string) {
  const read = await graphqlRequest(url(), ReadState, { id }, actor.token);
  if (!read.data?.chatSession) throw new Error(`chatSession failed: ${JSON.stringify(read.errors)}`);
  return read.data.chatSession;
}

/**
 * What the customer reads, and the unread count a client would work out from its own messages: the
 * replies after its mark (an agent's first reply may bring a system message too).
 */
async function customerView(customer: Actor, id: string) {
  const read = await graphqlRequest(url(), CustomerView, { id }, customer.token);
  const session = read.data?.chatSession;
  if (!session) throw new Error(`chatSession failed: ${JSON.stringify(read.errors)}`);
  const after = BigInt(session.customerLastReadMessageId ?? 0);
  const messages = session.messages.edges.map(({ node }) => node);
  return {
    unreadCount: session.unreadCount,
    repliesAfterMark: messages.filter((message) => message.sender !== 'CUSTOMER' && BigInt(message.id) > after).length,
    notesSeen: messages.filter((message) => message.internal).length,
  };
}

const storedMarks = async (sessionId: string) =>
  (
    await queryRows<{ customer: string | null; agents: string | null }>(
      handle.db.url,
      'select customer_last_read_message_id::text as customer, agent_last_read_message_id::text as agents from chat_session where id = $1',
      [sessionId],
    )
  )[0];

/** A chat the customer opened with two questions. */
async function chatWithQuestions() {
  const customer = await registerCustomer(url(), 'Rina Wulandari');
  const sessionId = await startSession(url(), customer);
  const first = await send(customer, sessionId, 'Bagaimana cara mengurus NIB?');
  const second = await send(customer, sessionId, 'Apakah perlu NPWP dulu?');
  return { customer, sessionId, first: first.id, second: second.id };
}

/** A message into the chat that its subscribers hear, recognised by when it was sent. */
const messageMarker =
  (actor: Actor, sessionId: string): SendMarker<ReadEvent> =>
  async () => {
    const { createdAt } = await send(actor, sessionId, 'Penanda');
    return (event) => event.chatSessionUpdated.id === sessionId && event.chatSessionUpdated.lastMessageAt === createdAt;
  };

describe('markChatSessionRead', () => {
  it("moves the agents' mark, and each viewer counts the other side's messages after its own mark", async () => {
    const { customer, sessionId, first, second } = await chatWithQuestions();
    // The customer's own messages are read by the customer.
    expect(await readState(customer, sessionId)).toEqual({ customerLastReadMessageId: second, agentLastReadMessageId: null, unreadCount: 0 });
    expect(await readState(admin, sessionId)).toMatchObject({ agentLastReadMessageId: null, unreadCount: 2 });

    const marked = await mark(admin, sessionId, first);
    expect(marked.data?.markChatSessionRead).toEqual({
      id: sessionId,
      customerLastReadMessageId: second,
      agentLastReadMessageId: first,
      unreadCount: 1,
    });
    expect(await storedMarks(sessionId)).toEqual({ customer: second, agents: first });

    await mark(admin, sessionId, second);
    expect(await readState(admin, sessionId)).toMatchObject({ agentLastReadMessageId: second, unreadCount: 0 });
    expect(await readState(customer, sessionId)).toMatchObject({ unreadCount: 0 });
  });

  it('moves only forward: an older or the same message changes nothing and is no error', async () => {
    const { customer, sessionId, first, second } = await chatWithQuestions();
    await mark(admin, sessionId, second);
    for (const older of [first, second]) {
      const again = await mark(admin, sessionId, older);
      expect(again.errors).toBeUndefined();
      expect(again.data?.markChatSessionRead).toMatchObject({ agentLastReadMessageId: second, unreadCount: 0 });
    }
    const reply = await send(admin, sessionId, 'NIB diurus lewat OSS.');
    const olderForCustomer = await mark(customer, sessionId, first);
    expect(olderForCustomer.errors).toBeUndefined();
    expect(olderForCustomer.data?.markChatSessionRead.customerLastReadMessageId).toBe(second);
    expect(await storedMarks(sessionId)).toEqual({ customer: second, agents: reply.id });
  });

  it("counts the agents' and system replies for the customer, never a note, and lists counts per chat for a page", async () => {
    const { customer, sessionId } = await chatWithQuestions();
    await send(admin, sessionId, 'Catatan: pelanggan baru, cek KBLI.', true);
    expect(await readState(customer, sessionId)).toMatchObject({ unreadCount: 0 });
    const reply = await send(admin, sessionId, 'Bisa, lewat OSS RBA.');
    await send(admin, sessionId, 'Catatan kedua.', true);
    const followUp = await send(admin, sessionId, 'NPWP dibutuhkan.');
    // The agent's reply is its reading of the chat: nothing is unread for the agents.
    expect(await readState(admin, sessionId)).toMatchObject({ agentLastReadMessageId: followUp.id, unreadCount: 0 });
    const unread = await customerView(customer, sessionId);
    expect(unread.notesSeen).toBe(0);
    expect(unread.repliesAfterMark).toBeGreaterThanOrEqual(2);
    expect(unread.unreadCount).toBe(unread.repliesAfterMark);

    await mark(customer, sessionId, reply.id);
    expect(await readState(customer, sessionId)).toMatchObject({ customerLastReadMessageId: reply.id, unreadCount: 1 });

    const other = await chatWithQuestions();
    await send(other.customer, other.sessionId, 'Halo?');
    const inbox = await graphqlRequest(url(), InboxUnread, { filter: { open: true } }, admin.token);
    const counts = new Map(inbox.data?.chatSessions.edges.map(({ node }) => [node.id, node.unreadCount]));
    expect(counts.get(sessionId)).toBe(0);
    expect(counts.get(other.sessionId)).toBe(3);
  });

  it('refuses a note as the customer\'s mark (NOT_FOUND) and a message of another chat or no message for anyone, storing nothing', async () => {
    const { customer, sessionId } = await chatWithQuestions();
    const note = await send(admin, sessionId, 'Catatan internal.', true);
    const elsewhere = await chatWithQuestions();
    const before = await storedMarks(sessionId);

    expect(errorCode(await mark(customer, sessionId, note.id))).toBe('NOT_FOUND');
    expect(errorCode(await mark(customer, sessionId, elsewhere.second))).toBe('NOT_FOUND');
    expect(errorCode(await mark(admin, sessionId, elsewhere.second))).toBe('NOT_FOUND');
    expect(errorCode(await mark(admin, sessionId, 'bukan-angka'))).toBe('NOT_FOUND');
    expect(errorCode(await mark(admin, sessionId, '999999999999'))).toBe('NOT_FOUND');
    expect(await storedMarks(sessionId)).toEqual(before);
    // The agents may mark up to a note: it is theirs to read.
    expect((await mark(admin, sessionId, note.id)).data?.markChatSessionRead.agentLastReadMessageId).toBe(note.id);
  });

  it("refuses another customer's chat and an AGENT outside the chat's team with NOT_FOUND, storing nothing", async () => {
    const team = async (name: string, memberIds: string[]) => {
      const created = await graphqlRequest(url(), CreateReceiptTeam, { input: { name, showInWidget: true, memberIds } }, admin.token);
      if (!created.data) throw new Error(`createTeam failed: ${JSON.stringify(created.errors)}`);
      return created.data.createTeam.id;
    };
    const outsider = await createAgent(url(), admin, 'luar@example.id', 'Lukas Luar', 'AGENT');
    const member = await createAgent(url(), admin, 'anggota@example.id', 'Ani Anggota', 'AGENT');
    const teamId = await team('Perizinan Ekspor', [member.id]);
    await team('Pajak Daerah', [outsider.id]);
    const customer = await registerCustomer(url(), 'Eko Ekspor');
    const started = await graphqlRequest(url(), StartReceiptChat, { input: { message: 'Izin ekspor kopi?', teamId } }, customer.token);
    const sessionId = started.data!.startChatSession.id;
    const { id: question } = await send(customer, sessionId, 'Saya tunggu.');
    const stranger = await registerCustomer(url(), 'Orang Lain');

    expect(errorCode(await mark(outsider, sessionId, question))).toBe('NOT_FOUND');
    expect(errorCode(await mark(stranger, sessionId, question))).toBe('NOT_FOUND');
    expect(await storedMarks(sessionId)).toEqual({ customer: question, agents: null });
    // The same mark by an AGENT of the chat's team goes through.
    expect((await mark(member, sessionId, question)).data?.markChatSessionRead.agentLastReadMessageId).toBe(question);
  });
});

describe('chatSessionUpdated and read marks', () => {
  /**
   * Sends a message and waits until `subscription` has heard its update: from then on the chat's
   * updates carry this message's time, which is no marker's, so an update is not taken for one.
   */
  async function sayAndHear(subscription: Subscription<ReadEvent>, actor: Actor, sessionId: string, text: string) {
    const sent = await send(actor, sessionId, text);
    while (!subscription.events.some((event) => event.chatSessionUpdated.lastMessageAt === sent.createdAt)) {
      await subscription.waitFor(subscription.events.length + 1);
    }
    return sent;
  }

  it('tells the customer when the agents read, over a real socket, and only when the mark moved', async () => {
    const { customer, sessionId, first, second } = await chatWithQuestions();
    const updates = subscribe(socketOf(customer), OnReadChanged, { id: sessionId });
    await provedLive(updates, messageMarker(customer, sessionId));
    const question = await sayAndHear(updates, customer, sessionId, 'Sudah dibaca?');

    const moved = await eventsDuring(updates, messageMarker(customer, sessionId), () => mark(admin, sessionId, question.id));
    expect(moved.map((event) => event.chatSessionUpdated)).toEqual([
      expect.objectContaining({ agentLastReadMessageId: question.id, unreadCount: 0 }),
    ]);

    await sayAndHear(updates, customer, sessionId, 'Terima kasih.');
    const unmoved = await eventsDuring(updates, messageMarker(customer, sessionId), async () => {
      await mark(admin, sessionId, first);
      await mark(admin, sessionId, second);
      await mark(admin, sessionId, question.id);
    });
    expect(unmoved).toEqual([]);
  });

  it("tells the agents' inbox when the customer read, each event counted for the agent", async () => {
    const { customer, sessionId } = await chatWithQuestions();
    const inbox = subscribe(socketOf(admin), OnReadChanged, {});
    await provedLive(inbox, messageMarker(admin, sessionId));
    const reply = await sayAndHear(inbox, admin, sessionId, 'Silakan unggah KTP.');
    await sayAndHear(inbox, admin, sessionId, 'Dan NPWP.');

    const events = await eventsDuring(inbox, messageMarker(admin, sessionId), () => mark(customer, sessionId, reply.id));
    expect(events.map((event) => event.chatSessionUpdated)).toEqual([
      expect.objectContaining({ id: sessionId, customerLastReadMessageId: reply.id, unreadCount: 0 }),
    ]);
    // The same chat counted for the customer: the reply after its mark is unread.
    expect((await customerView(customer, sessionId)).unreadCount).toBeGreaterThanOrEqual(1);
  });
});
