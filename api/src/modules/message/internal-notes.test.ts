import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { OnChatSessionUpdated } from '../../../test/support/operations';
import { multipartRequest } from '../../../test/support/upload';
import {
  connectSocket,
  errorCode,
  graphqlRequest,
  settle,
  subscribe,
  useTestApp,
  type Document,
  type GraphQLResponse,
  type SocketClient,
} from '../../../test/support/test-app';

const SendNote = graphql(`
  mutation SendNote($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      sender
      text
      internal
    }
  }
`);

const ConversationAsSeen = graphql(`
  query ConversationAsSeen($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    chatSession(id: $id) {
      status
      assignedAdmin {
        id
      }
      lastMessageAt
      queuedAt
      lastMessage {
        text
        internal
      }
      messages(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
        }
        edges {
          cursor
          node {
            text
            internal
          }
        }
      }
    }
  }
`);

const OnMessageWithInternal = graphql(`
  subscription OnMessageWithInternal($sessionId: ID!) {
    messageAdded(sessionId: $sessionId) {
      text
      internal
    }
  }
`);

const SendFileWithInternal = graphql(`
  mutation SendFileWithInternal($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
    }
  }
`);

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

const storedMessages = async (sessionId: string) =>
  (await handle.app.deps.orm.em
    .fork()
    .getConnection()
    .execute('select text, internal from message where session_id = ? order by id', [sessionId])) as {
    text: string;
    internal: boolean;
  }[];

const send = (actor: Actor, sessionId: string, text: string, internal?: boolean, clientMessageId?: string) =>
  graphqlRequest(url(), SendNote, { input: { sessionId, text, internal, clientMessageId } }, actor.token);

/** A query answered over the socket, as the widget's and console's live clients may ask. */
function querySocket<TResult, TVariables>(socket: SocketClient, document: Document<TResult, TVariables>, variables: TVariables) {
  return new Promise<GraphQLResponse<TResult>>((resolve, reject) => {
    let result: GraphQLResponse<TResult> = {};
    socket.client.subscribe<TResult>(
      { query: String(document), variables: variables as Record<string, unknown> },
      {
        next: (value) => (result = value as GraphQLResponse<TResult>),
        error: reject,
        complete: () => resolve(result),
      },
    );
  });
}

const texts = (response: GraphQLResponse<{ chatSession: { messages: { edges: { node: { text: string | null } }[] } } | null }>) =>
  response.data?.chatSession?.messages.edges.map((edge) => edge.node.text);

/** A customer's chat that the agent has answered, then a note, then a later reply. */
async function chatWithNote() {
  const customer = await registerCustomer(url(), 'Siti Rahayu');
  const sessionId = await startSession(url(), customer, 'Pesanan saya belum sampai.');
  await send(admin, sessionId, 'Saya cek dulu, ya.');
  const note = await send(admin, sessionId, 'Kurir JNE terlambat, tunggu konfirmasi gudang.', true);
  await send(customer, sessionId, 'Baik, terima kasih.');
  return { customer, sessionId, note };
}

describe('sendMessage(internal: true)', () => {
  it('stores a note an agent wrote, marked internal, and delivers it live to agents', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const agentMessages = subscribe(socketOf(admin), OnMessageWithInternal, { sessionId });
    await settle();
    const note = await send(admin, sessionId, 'Pelanggan lama, beri prioritas.', true);
    expect(note.data?.sendMessage).toMatchObject({ sender: 'ADMIN', text: 'Pelanggan lama, beri prioritas.', internal: true });
    const [event] = await agentMessages.waitFor(1);
    expect(event.messageAdded).toEqual({ text: 'Pelanggan lama, beri prioritas.', internal: true });
    expect(await storedMessages(sessionId)).toEqual([
      { text: 'Halo', internal: false },
      { text: 'Pelanggan lama, beri prioritas.', internal: true },
    ]);
  });

  it('lets an AGENT write a note in a chat it may see', async () => {
    const agent = await createAgent(url(), admin, `note-agent-${Date.now()}@example.id`, 'Agen Catatan', 'AGENT');
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const note = await send(agent, sessionId, 'Saya ambil setelah rapat.', true);
    expect(note.data?.sendMessage).toMatchObject({ internal: true });
  });

  it('refuses a customer writing a note with FORBIDDEN, storing and publishing nothing', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const agentMessages = subscribe(socketOf(admin), OnMessageWithInternal, { sessionId });
    await settle();
    const refused = await send(customer, sessionId, 'Saya bukan agen.', true);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    await send(customer, sessionId, 'Penanda');
    const events = await agentMessages.waitFor(1);
    expect(events.map((event) => event.messageAdded.text)).toEqual(['Penanda']);
    expect(await storedMessages(sessionId)).toEqual([
      { text: 'Halo', internal: false },
      { text: 'Penanda', internal: false },
    ]);
  });

  it('refuses a customer writing a note over the WebSocket too, storing nothing', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const refused = await querySocket(socketOf(customer), SendNote, { input: { sessionId, text: 'Lewat soket', internal: true } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const accepted = await querySocket(socketOf(admin), SendNote, { input: { sessionId, text: 'Catatan lewat soket', internal: true } });
    expect(accepted.data?.sendMessage.internal).toBe(true);
    expect(await storedMessages(sessionId)).toEqual([
      { text: 'Halo', internal: false },
      { text: 'Catatan lewat soket', internal: true },
    ]);
  });

  it('refuses a file message marked internal with BAD_USER_INPUT: notes are text only', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const refused = await multipartRequest(
      url(),
      SendFileWithInternal,
      { input: { sessionId, file: null, internal: true } as never },
      'variables.input.file',
      { content: new TextEncoder().encode('catatan'), filename: 'catatan.txt' },
      { token: admin.token },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await storedMessages(sessionId)).toEqual([{ text: 'Halo', internal: false }]);
  });

  it("never reaches the customer's messageAdded, while the same subscription as an agent gets it", async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const customerMessages = subscribe(socketOf(customer), OnMessageWithInternal, { sessionId });
    const agentMessages = subscribe(socketOf(admin), OnMessageWithInternal, { sessionId });
    await settle();
    await send(admin, sessionId, 'Penanda pertama');
    await customerMessages.waitFor(1);
    await send(admin, sessionId, 'Catatan rahasia', true);
    await send(admin, sessionId, 'Penanda kedua');
    await agentMessages.waitFor(3);
    await customerMessages.waitFor(2);
    expect(customerMessages.events.map((event) => event.messageAdded.text)).toEqual(['Penanda pertama', 'Penanda kedua']);
    expect(agentMessages.events.map((event) => event.messageAdded)).toEqual([
      { text: 'Penanda pertama', internal: false },
      { text: 'Catatan rahasia', internal: true },
      { text: 'Penanda kedua', internal: false },
    ]);
  });
});

describe("a customer's reading of a chat with a note", () => {
  it.each([
    ['over HTTP', (actor: Actor, variables: PageVariables) => graphqlRequest(url(), ConversationAsSeen, variables, actor.token)],
    ['over the WebSocket', (actor: Actor, variables: PageVariables) => querySocket(socketOf(actor), ConversationAsSeen, variables)],
  ])('leaves the note out of messages in every direction, totalCount and lastMessage, %s', async (_path, ask) => {
    const { customer, sessionId, note } = await chatWithNote();
    const all = await ask(customer, { id: sessionId });
    expect(texts(all)).toEqual(['Pesanan saya belum sampai.', 'Saya cek dulu, ya.', 'Baik, terima kasih.']);
    expect(all.data?.chatSession?.messages.totalCount).toBe(3);
    expect(all.data?.chatSession?.lastMessage).toEqual({ text: 'Baik, terima kasih.', internal: false });
    const [first, reply, last] = all.data!.chatSession!.messages.edges.map((edge) => edge.cursor);

    expect(texts(await ask(customer, { id: sessionId, after: reply }))).toEqual(['Baik, terima kasih.']);
    expect(texts(await ask(customer, { id: sessionId, before: last }))).toEqual(['Pesanan saya belum sampai.', 'Saya cek dulu, ya.']);
    expect(texts(await ask(customer, { id: sessionId, last: 2 }))).toEqual(['Saya cek dulu, ya.', 'Baik, terima kasih.']);
    const firstTwo = await ask(customer, { id: sessionId, first: 2 });
    expect(texts(firstTwo)).toEqual(['Pesanan saya belum sampai.', 'Saya cek dulu, ya.']);
    expect(texts(await ask(customer, { id: sessionId, after: first, before: last }))).toEqual(['Saya cek dulu, ya.']);

    // The note's id is no cursor for the customer: it names nothing the customer can see.
    const byNote = await ask(customer, { id: sessionId, after: note.data!.sendMessage.id });
    expect(errorCode(byNote)).toBe('BAD_USER_INPUT');
    expect(byNote.errors?.[0].extensions?.field).toBe('after');

    // The agent reads the same chat with the note in its place.
    const agentView = await ask(admin, { id: sessionId });
    expect(texts(agentView)).toEqual([
      'Pesanan saya belum sampai.',
      'Saya cek dulu, ya.',
      'Kurir JNE terlambat, tunggu konfirmasi gudang.',
      'Baik, terima kasih.',
    ]);
    expect(agentView.data?.chatSession?.messages.totalCount).toBe(4);
    expect(agentView.data?.chatSession?.messages.edges[2].node.internal).toBe(true);
    expect(texts(await ask(admin, { id: sessionId, after: note.data!.sendMessage.id }))).toEqual(['Baik, terima kasih.']);
  });

  it('does not hand a note back to a customer who resends its clientMessageId', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer, 'Halo');
    const clientMessageId = 'c0ffee00-0000-4000-8000-000000000001';
    await send(admin, sessionId, 'Catatan dengan id klien', true, clientMessageId);
    const resent = await send(customer, sessionId, 'Halo lagi', undefined, clientMessageId);
    expect(errorCode(resent)).toBe('BAD_USER_INPUT');
    expect(resent.errors?.[0].extensions?.field).toBe('clientMessageId');
    expect(JSON.stringify(resent)).not.toContain('Catatan dengan id klien');
    // The agent who wrote it gets it back, as any resend does.
    const again = await send(admin, sessionId, 'Catatan dengan id klien', true, clientMessageId);
    expect(again.data?.sendMessage).toMatchObject({ text: 'Catatan dengan id klien', internal: true });
  });
});

type PageVariables = { id: string; first?: number; after?: string; last?: number; before?: string };

const read = (actor: Actor, id: string) => graphqlRequest(url(), ConversationAsSeen, { id }, actor.token);

describe('a note and the chat', () => {
  it('neither claims a waiting chat, nor starts its queue wait, nor moves lastMessageAt, and announces no chat update', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const updates = subscribe(socketOf(admin), OnChatSessionUpdated, { id: sessionId });
    await settle();
    await send(admin, sessionId, 'Catatan sebelum pelanggan menulis', true);
    const afterNote = await read(admin, sessionId);
    expect(afterNote.data?.chatSession).toMatchObject({ status: 'WAITING', assignedAdmin: null, lastMessageAt: null, queuedAt: null });

    await send(customer, sessionId, 'Halo, ada orang?');
    const afterQuestion = await read(admin, sessionId);
    const { lastMessageAt } = afterQuestion.data!.chatSession!;
    expect(lastMessageAt).not.toBeNull();
    expect(afterQuestion.data?.chatSession?.queuedAt).toBe(lastMessageAt);
    await updates.waitFor(1);

    await send(admin, sessionId, 'Catatan saat menunggu', true);
    const afterSecondNote = await read(admin, sessionId);
    expect(afterSecondNote.data?.chatSession).toMatchObject({ status: 'WAITING', assignedAdmin: null, lastMessageAt });

    // The agent's first real reply still claims it, and is the next update announced.
    await send(admin, sessionId, 'Selamat siang, saya bantu.');
    const afterReply = await read(admin, sessionId);
    expect(afterReply.data?.chatSession).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: admin.id } });
    await updates.waitFor(2);
    expect(updates.events.map((event) => event.chatSessionUpdated.status)).toEqual(['WAITING', 'ACTIVE']);
  });
});
