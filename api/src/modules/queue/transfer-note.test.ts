import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { CloseChatSession } from '../../../test/support/operations';
import { eventsDuring, provedLive, waitForValue, type SendMarker } from '../../../test/support/live';
import { dataOf, SetMyStatus, setRouting, TakeNext, Unassign } from '../../../test/support/queue';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp, type SocketClient, type Subscription } from '../../../test/support/test-app';
import { mentionedIn } from '../message/mentions';

const Transfer = graphql(`
  mutation TransferWithNote($id: ID!, $adminId: ID, $teamId: ID, $note: String) {
    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {
      id
      status
      assignedAdmin {
        id
      }
    }
  }
`);

const TransferConversation = graphql(`
  query TransferConversation($id: ID!) {
    chatSession(id: $id) {
      status
      assignedAdmin {
        id
      }
      messages(first: 100) {
        edges {
          node {
            sender
            senderName
            text
            internal
          }
        }
      }
    }
  }
`);

const OnTransferMessage = graphql(`
  subscription OnTransferMessage($sessionId: ID!) {
    messageAdded(sessionId: $sessionId) {
      sender
      senderName
      text
      internal
    }
  }
`);

const WriteNote = graphql(`
  mutation WriteMentionNote($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
    }
  }
`);

const OnMentioned = graphql(`
  subscription OnMentioned {
    mentioned {
      sessionId
      sessionStatus
      mentionedBy
      customerName
      message {
        text
        internal
      }
    }
  }
`);

type MessageEvent = { messageAdded: { sender: string; senderName: string | null; text: string | null; internal: boolean } };
type MentionEvent = {
  mentioned: { sessionId: string; sessionStatus: string; mentionedBy: string | null; customerName: string; message: { text: string | null; internal: boolean } };
};

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
let siti: Actor;
let budi: Actor;
let dewi: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
  await setRouting(url(), admin, { routingMode: 'MANUAL' });
  siti = await createAgent(url(), admin, 'siti@oss.example.id', 'Siti Rahma', 'AGENT');
  budi = await createAgent(url(), admin, 'budi@oss.example.id', 'Budi Hartono', 'AGENT');
  dewi = await createAgent(url(), admin, 'dewi@oss.example.id', 'Dewi', 'SUPERVISOR');
});

const sockets: SocketClient[] = [];
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});
const socketOf = (actor: Actor) => {
  const socket = connectSocket(handle.app.wsUrl, actor.token);
  sockets.push(socket);
  return socket;
};

const transfer = (actor: Actor, id: string, adminId: string | null, note?: string) =>
  graphqlRequest(url(), Transfer, { id, adminId, note }, actor.token);
const messagesAsSeenBy = async (actor: Actor, id: string) =>
  dataOf(await graphqlRequest(url(), TransferConversation, { id }, actor.token)).chatSession!.messages.edges.map((edge) => edge.node);
const send = (actor: Actor, sessionId: string, text: string, internal = false) =>
  graphqlRequest(url(), WriteNote, { input: { sessionId, text, internal } }, actor.token);
const storedRows = async (sessionId: string) =>
  (await handle.app.deps.orm.em
    .fork()
    .getConnection()
    .execute('select sender, text, internal from message where session_id = ? order by id', [sessionId])) as {
    sender: string;
    text: string;
    internal: boolean;
  }[];
const systemTexts = async (sessionId: string) =>
  (await storedRows(sessionId)).filter((row) => row.sender === 'SYSTEM').map((row) => row.text);
const close = (id: string) => graphqlRequest(url(), CloseChatSession, { id }, admin.token);

let markers = 0;
/** The visitor writes: every viewer of the chat hears it. */
const visitorMarker =
  (customer: Actor, sessionId: string): SendMarker<MessageEvent> =>
  async () => {
    const text = `penanda ${(markers += 1)}`;
    dataOf(await send(customer, sessionId, text));
    return (event) => event.messageAdded.text === text;
  };
/** A note naming `agentName` in a chat everyone may open (it waits, without a team). */
const mentionMarker =
  (agentName: string): SendMarker<MentionEvent> =>
  async () => {
    const customer = await registerCustomer(url(), 'Pengunjung Penanda');
    const sessionId = await startSession(url(), customer, 'Halo');
    const text = `@${agentName} penanda ${(markers += 1)}`;
    dataOf(await send(admin, sessionId, text, true));
    await close(sessionId);
    return (event) => event.mentioned.message.text === text;
  };

describe('assignChatSession(note)', () => {
  it("stores the note as the transferring agent's internal note, then introduces the new agent; the visitor gets only the introduction", async () => {
    const customer = await registerCustomer(url(), 'Rina Wulandari');
    const sessionId = await startSession(url(), customer, 'Saya mau tanya NIB');
    dataOf(await transfer(admin, sessionId, admin.id));
    const staffSide = subscribe(socketOf(dewi), OnTransferMessage, { sessionId });
    const visitorSide = subscribe(socketOf(customer), OnTransferMessage, { sessionId });
    await provedLive(staffSide, visitorMarker(customer, sessionId));
    await provedLive(visitorSide, visitorMarker(customer, sessionId));

    const note = 'Sudah cek KBLI 47111, tinggal verifikasi NIB.';
    let staffHeard: MessageEvent[] = [];
    const visitorHeard = await eventsDuring(visitorSide, visitorMarker(customer, sessionId), async () => {
      staffHeard = await eventsDuring(staffSide, visitorMarker(customer, sessionId), async () => {
        const moved = dataOf(await transfer(admin, sessionId, siti.id, `  ${note}  `));
        expect(moved.assignChatSession).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: siti.id } });
      });
    });
    const introduction = { sender: 'SYSTEM', senderName: null, text: 'Anda sekarang dibantu oleh Siti Rahma', internal: false };
    expect(staffHeard.map((event) => event.messageAdded)).toEqual([
      { sender: 'ADMIN', senderName: 'Admin', text: note, internal: true },
      introduction,
    ]);
    expect(visitorHeard.map((event) => event.messageAdded)).toEqual([introduction]);

    const asVisitor = (await messagesAsSeenBy(customer, sessionId)).map((message) => message.text);
    expect(asVisitor).not.toContain(note);
    expect(asVisitor).toContain(introduction.text);
    const asSiti = await messagesAsSeenBy(siti, sessionId);
    const noteAt = asSiti.findIndex((message) => message.text === note);
    expect(asSiti[noteAt]).toMatchObject({ sender: 'ADMIN', internal: true });
    expect(asSiti[noteAt + 1]).toEqual(introduction);
    await close(sessionId);
  });

  it('refuses a note longer than 1000 characters with BAD_USER_INPUT, storing nothing and assigning nobody', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const before = await storedRows(sessionId);
    const refused = await transfer(admin, sessionId, siti.id, 'x'.repeat(1001));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('note');
    expect(await storedRows(sessionId)).toEqual(before);
    const chat = dataOf(await graphqlRequest(url(), TransferConversation, { id: sessionId }, admin.token)).chatSession;
    expect(chat).toMatchObject({ status: 'WAITING', assignedAdmin: null });

    // 1000 characters once trimmed is within the limit.
    dataOf(await transfer(admin, sessionId, siti.id, ` ${'y'.repeat(1000)} `));
    expect((await storedRows(sessionId)).filter((row) => row.internal).map((row) => row.text)).toEqual(['y'.repeat(1000)]);
    await close(sessionId);
  });
});

describe("the visitor hears who helps it", () => {
  it("adds nothing when an agent's first reply claims a waiting chat: the reply names its agent itself", async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    dataOf(await send(admin, sessionId, 'Catatan dulu', true));
    dataOf(await send(admin, sessionId, 'Selamat siang, saya bantu.'));
    expect((await messagesAsSeenBy(customer, sessionId)).map((message) => [message.sender, message.senderName, message.text])).toEqual([
      ['CUSTOMER', 'Budi Santoso', 'Halo'],
      ['ADMIN', 'Admin', 'Selamat siang, saya bantu.'],
    ]);
    // Handed on, then back: the visitor hears of each change.
    dataOf(await transfer(admin, sessionId, siti.id));
    dataOf(await transfer(siti, sessionId, admin.id));
    expect(await systemTexts(sessionId)).toEqual(['Anda sekarang dibantu oleh Siti Rahma', 'Anda sekarang dibantu oleh Admin']);
    await close(sessionId);
  });

  it('introduces the agent that takes the next chat, and nobody twice in a row: not after handing back and taking again, nor on assigning the same agent', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const visitorSide = subscribe(socketOf(customer), OnTransferMessage, { sessionId });
    await provedLive(visitorSide, visitorMarker(customer, sessionId));
    const heard = await eventsDuring(visitorSide, visitorMarker(customer, sessionId), async () => {
      expect(dataOf(await graphqlRequest(url(), TakeNext, {}, siti.token)).takeNextChatSession?.id).toBe(sessionId);
    });
    expect(heard.map((event) => event.messageAdded)).toEqual([
      { sender: 'SYSTEM', senderName: null, text: 'Anda sekarang dibantu oleh Siti Rahma', internal: false },
    ]);

    const again = await eventsDuring(visitorSide, visitorMarker(customer, sessionId), async () => {
      dataOf(await graphqlRequest(url(), Unassign, { id: sessionId }, siti.token));
      expect(dataOf(await graphqlRequest(url(), TakeNext, {}, siti.token)).takeNextChatSession?.id).toBe(sessionId);
      dataOf(await transfer(admin, sessionId, siti.id));
    });
    expect(again).toEqual([]);

    dataOf(await transfer(siti, sessionId, budi.id));
    dataOf(await transfer(admin, sessionId, siti.id));
    expect(await systemTexts(sessionId)).toEqual([
      'Anda sekarang dibantu oleh Siti Rahma',
      'Anda sekarang dibantu oleh Budi Hartono',
      'Anda sekarang dibantu oleh Siti Rahma',
    ]);
    await close(sessionId);
  });

  it('introduces the agent AUTO routing gives a new chat', async () => {
    const agentConsole = socketOf(budi);
    await agentConsole.connected;
    await waitForValue(() => handle.app.deps.presence.isOnline(budi.id), true);
    dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'AWAY' }, admin.token));
    dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'AWAY' }, dewi.token));
    await setRouting(url(), admin, { routingMode: 'AUTO' });
    try {
      const customer = await registerCustomer(url());
      const sessionId = await startSession(url(), customer, 'Halo, otomatis?');
      expect((await messagesAsSeenBy(customer, sessionId)).map((message) => [message.sender, message.text])).toEqual([
        ['CUSTOMER', 'Halo, otomatis?'],
        ['SYSTEM', 'Anda sekarang dibantu oleh Budi Hartono'],
      ]);
      await close(sessionId);
    } finally {
      await setRouting(url(), admin, { routingMode: 'MANUAL' });
      dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'ONLINE' }, admin.token));
      dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'ONLINE' }, dewi.token));
    }
  });
});

describe('@mentions in notes', () => {
  const mentionsOf = async (actor: Actor, agentName: string): Promise<Subscription<MentionEvent>> => {
    const mentions = subscribe(socketOf(actor), OnMentioned, {});
    await provedLive(mentions, mentionMarker(agentName));
    return mentions;
  };

  it('tells the named agent alone, over its own subscription', async () => {
    const forBudi = await mentionsOf(budi, 'Budi Hartono');
    const forDewi = await mentionsOf(dewi, 'dewi');
    const customer = await registerCustomer(url(), 'Wayan Sudarma');
    const sessionId = await startSession(url(), customer, 'Halo');
    const text = 'Tolong @budi hartono cek izin lokasinya.';
    const budiHeard = await eventsDuring(forBudi, mentionMarker('Budi Hartono'), async () => {
      const dewiHeard = await eventsDuring(forDewi, mentionMarker('Dewi'), () => send(admin, sessionId, text, true));
      expect(dewiHeard).toEqual([]);
    });
    expect(budiHeard.map((event) => event.mentioned)).toEqual([
      { sessionId, sessionStatus: 'WAITING', mentionedBy: 'Admin', customerName: 'Wayan Sudarma', message: { text, internal: true } },
    ]);
    await close(sessionId);
  });

  it("does not alert an agent to a chat it cannot open, and does alert it once a transfer with the note gives it the chat", async () => {
    const forBudi = await mentionsOf(budi, 'Budi Hartono');
    const customer = await registerCustomer(url(), 'Made Arta');
    const sessionId = await startSession(url(), customer, 'Halo');
    dataOf(await transfer(admin, sessionId, admin.id));
    const outOfSight = await eventsDuring(forBudi, mentionMarker('Budi Hartono'), () =>
      send(admin, sessionId, '@Budi Hartono jangan lihat ini', true),
    );
    expect(outOfSight).toEqual([]);

    const handedOn = await eventsDuring(forBudi, mentionMarker('Budi Hartono'), () =>
      transfer(admin, sessionId, budi.id, '@Budi Hartono lanjutkan, ya.'),
    );
    expect(handedOn.map((event) => event.mentioned)).toEqual([
      { sessionId, sessionStatus: 'ACTIVE', mentionedBy: 'Admin', customerName: 'Made Arta', message: { text: '@Budi Hartono lanjutkan, ya.', internal: true } },
    ]);
    await close(sessionId);
  });

  it('matches the longest name, in any case, and never inside a word or an email address', () => {
    const agents = [{ name: 'Siti' }, { name: 'Siti Rahma' }, { name: 'Budi' }, { name: 'Dewi' }];
    const named = (text: string) => mentionedIn(text, agents).map((agent) => agent.name);
    expect(named('@SITI RAHMA tolong')).toEqual(['Siti Rahma']);
    expect(named('@siti, lalu @Budi.')).toEqual(['Siti', 'Budi']);
    expect(named('@Budiman, kirim ke dewi@oss.example.id')).toEqual([]);
  });
});
