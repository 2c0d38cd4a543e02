import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, type Actor, type StaffRole } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { eventsDuring, provedLive } from '../../../test/support/live';
import { AssignChatSession } from '../../../test/support/operations';
import { chatUpdateMarker, dataOf, startQueuedChat } from '../../../test/support/queue';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp, type SocketClient } from '../../../test/support/test-app';

const ListLabels = graphql(`
  query ListLabels {
    labels {
      id
      name
      color
    }
  }
`);

const CreateLabel = graphql(`
  mutation CreateLabel($input: CreateLabelInput!) {
    createLabel(input: $input) {
      id
      name
      color
    }
  }
`);

const UpdateLabel = graphql(`
  mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {
    updateLabel(id: $id, input: $input) {
      id
      name
      color
    }
  }
`);

const DeleteLabel = graphql(`
  mutation DeleteLabel($id: ID!) {
    deleteLabel(id: $id)
  }
`);

const SetChatSessionLabels = graphql(`
  mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {
    setChatSessionLabels(id: $id, labelIds: $labelIds) {
      id
      labels {
        id
        name
        color
      }
    }
  }
`);

const ChatSessionLabels = graphql(`
  query ChatSessionLabels($id: ID!) {
    chatSession(id: $id) {
      id
      labels {
        name
      }
    }
  }
`);

const LabelledChats = graphql(`
  query LabelledChats($filter: ChatSessionFilter) {
    chatSessions(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          labels {
            name
          }
        }
      }
    }
  }
`);

const OnLabelledChatUpdated = graphql(`
  subscription OnLabelledChatUpdated($id: ID) {
    chatSessionUpdated(id: $id) {
      id
      status
      lastMessageAt
      labels {
        name
        color
      }
    }
  }
`);

const api = useTestApp();
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
});

async function count(sql: string, values: unknown[] = []): Promise<number> {
  const [row] = await queryRows<{ count: string }>(api.db.url, sql, values);
  return Number(row!.count);
}

let labelNumber = 0;
async function createLabel(input: { name?: string; color?: string } = {}, by: Actor = admin) {
  labelNumber += 1;
  return dataOf(await graphqlRequest(url(), CreateLabel, { input: { name: `Label ${labelNumber}`, color: '#1F6FEB', ...input } }, by.token))
    .createLabel;
}

async function setLabels(chatId: string, labelIds: string[], by: Actor = admin) {
  return dataOf(await graphqlRequest(url(), SetChatSessionLabels, { id: chatId, labelIds }, by.token)).setChatSessionLabels;
}

const labelsInDatabase = (chatId: string) =>
  queryRows<{ name: string }>(
    api.db.url,
    'select label.name from chat_session_label pair join label on label.id = pair.label_id where pair.chat_session_id = $1 order by label.name',
    [chatId],
  ).then((rows) => rows.map((row) => row.name));

describe('labels', () => {
  it.each(['ADMIN', 'SUPERVISOR'] as const)('are created, renamed, recoloured and deleted by a %s, and listed by name to every role', async (role) => {
    const by = staff[role]();
    const created = await createLabel({ name: `  Izin   ${role} `, color: '#a1b2c3' }, by);
    expect(created).toMatchObject({ name: `Izin ${role}`, color: '#A1B2C3' });

    const updated = dataOf(await graphqlRequest(url(), UpdateLabel, { id: created.id, input: { name: `Aaa ${role}`, color: '#00FF00' } }, by.token));
    expect(updated.updateLabel).toEqual({ id: created.id, name: `Aaa ${role}`, color: '#00FF00' });
    for (const reader of ['ADMIN', 'SUPERVISOR', 'AGENT'] as const) {
      const names = dataOf(await graphqlRequest(url(), ListLabels, {}, staff[reader]().token)).labels.map((label) => label.name);
      expect(names).toContain(`Aaa ${role}`);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    }

    expect(dataOf(await graphqlRequest(url(), DeleteLabel, { id: created.id }, by.token)).deleteLabel).toBe(true);
    expect(await count('select count(*) from label where id = $1', [created.id])).toBe(0);
  });

  it('are refused to an AGENT for create, update and delete, and nothing changes', async () => {
    const label = await createLabel({ name: 'Tetap Sama', color: '#123456' });
    const before = await count('select count(*) from label');

    const created = await graphqlRequest(url(), CreateLabel, { input: { name: 'Dari Agen', color: '#123456' } }, agent.token);
    const updated = await graphqlRequest(url(), UpdateLabel, { id: label.id, input: { name: 'Diganti' } }, agent.token);
    const deleted = await graphqlRequest(url(), DeleteLabel, { id: label.id }, agent.token);

    expect([errorCode(created), errorCode(updated), errorCode(deleted)]).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await count('select count(*) from label')).toBe(before);
    expect(await count('select count(*) from label where id = $1 and name = $2', [label.id, 'Tetap Sama'])).toBe(1);
  });

  it('are refused to a visitor and to an anonymous caller', async () => {
    const customer = await registerCustomer(url());
    const before = await count('select count(*) from label');

    expect(errorCode(await graphqlRequest(url(), ListLabels, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), CreateLabel, { input: { name: 'Pengunjung', color: '#123456' } }, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), ListLabels, {}))).toBe('UNAUTHENTICATED');
    expect(await count('select count(*) from label')).toBe(before);
  });

  it('refuses a name that differs from another only in case, on create and on rename, and stores nothing', async () => {
    const taken = await createLabel({ name: 'Perizinan NIB' });
    const other = await createLabel({ name: 'KBLI' });
    const before = await count('select count(*) from label');

    const created = await graphqlRequest(url(), CreateLabel, { input: { name: ' perizinan   nib', color: '#123456' } }, admin.token);
    const renamed = await graphqlRequest(url(), UpdateLabel, { id: other.id, input: { name: 'PERIZINAN NIB' } }, supervisor.token);

    for (const response of [created, renamed]) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('name');
    }
    expect(await count('select count(*) from label')).toBe(before);
    expect(await count('select count(*) from label where id = $1 and name = $2', [other.id, 'KBLI'])).toBe(1);
    const recased = await graphqlRequest(url(), UpdateLabel, { id: taken.id, input: { name: 'PERIZINAN nib' } }, admin.token);
    expect(recased.data?.updateLabel.name).toBe('PERIZINAN nib');
  });

  it.each([
    ['name', 'empty', { name: '   ', color: '#123456' }],
    ['name', 'longer than 40 characters', { name: 'x'.repeat(41), color: '#123456' }],
    ['color', 'a colour name', { name: 'Merah', color: 'red' }],
    ['color', 'a short hex', { name: 'Pendek', color: '#12345' }],
    ['color', 'not hex', { name: 'Bukan Hex', color: '#GGGGGG' }],
    ['color', 'without #', { name: 'Tanpa Pagar', color: '123456' }],
  ])('refuses a %s that is %s, storing nothing', async (field, _case, input) => {
    const label = await createLabel({ name: `Asli ${field} ${_case}`.slice(0, 40), color: '#654321' });
    const before = await count('select count(*) from label');

    const created = await graphqlRequest(url(), CreateLabel, { input }, admin.token);
    const updated = await graphqlRequest(url(), UpdateLabel, { id: label.id, input: { [field]: input[field as keyof typeof input] } }, admin.token);

    for (const response of [created, updated]) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await count('select count(*) from label')).toBe(before);
    expect(await count('select count(*) from label where id = $1 and color = $2', [label.id, '#654321'])).toBe(1);
  });

  it('accepts a name of exactly 40 characters', async () => {
    expect((await createLabel({ name: 'y'.repeat(40) })).name).toBe('y'.repeat(40));
  });

  it('updating or deleting an unknown label is NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'bukan-id']) {
      expect(errorCode(await graphqlRequest(url(), UpdateLabel, { id, input: { name: 'X' } }, admin.token))).toBe('NOT_FOUND');
      expect(errorCode(await graphqlRequest(url(), DeleteLabel, { id }, admin.token))).toBe('NOT_FOUND');
    }
  });
});

describe('setChatSessionLabels', () => {
  it('sets, replaces and clears the labels of a chat, listed by name', async () => {
    const nib = await createLabel({ name: 'Set NIB', color: '#FF0000' });
    const kbli = await createLabel({ name: 'Set KBLI', color: '#00FF00' });
    const oss = await createLabel({ name: 'Set OSS', color: '#0000FF' });
    const chat = await startQueuedChat(url());

    const set = await setLabels(chat.id, [nib.id, kbli.id, nib.id]);
    expect(set.labels.map((label) => label.name)).toEqual(['Set KBLI', 'Set NIB']);
    expect(set.labels[0]).toEqual(kbli);

    const replaced = await setLabels(chat.id, [oss.id], supervisor);
    expect(replaced.labels.map((label) => label.name)).toEqual(['Set OSS']);
    expect(await labelsInDatabase(chat.id)).toEqual(['Set OSS']);

    expect((await setLabels(chat.id, [], agent)).labels).toEqual([]);
    expect(await labelsInDatabase(chat.id)).toEqual([]);
  });

  it('refuses a list with an unknown or malformed label id, keeping the labels the chat had', async () => {
    const kept = await createLabel({ name: 'Tetap Ada' });
    const chat = await startQueuedChat(url());
    await setLabels(chat.id, [kept.id]);

    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'bukan-id']) {
      const response = await graphqlRequest(url(), SetChatSessionLabels, { id: chat.id, labelIds: [kept.id, unknown] }, admin.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('labelIds');
    }
    expect(await labelsInDatabase(chat.id)).toEqual(['Tetap Ada']);
  });

  it("lets an AGENT label a chat it may see, and answers NOT_FOUND for a colleague's chat, storing nothing", async () => {
    const label = await createLabel({ name: 'Agen Boleh' });
    const visible = await startQueuedChat(url());
    const colleagues = await startQueuedChat(url());
    dataOf(await graphqlRequest(url(), AssignChatSession, { id: colleagues.id, adminId: colleague.id }, admin.token));

    expect((await setLabels(visible.id, [label.id], agent)).labels.map((chip) => chip.name)).toEqual(['Agen Boleh']);
    const refused = await graphqlRequest(url(), SetChatSessionLabels, { id: colleagues.id, labelIds: [label.id] }, agent.token);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(await labelsInDatabase(colleagues.id)).toEqual([]);
    // The one who may see it can.
    expect((await setLabels(colleagues.id, [label.id], colleague)).labels).toHaveLength(1);
  });

  it('is refused to a visitor, even on its own chat', async () => {
    const label = await createLabel();
    const chat = await startQueuedChat(url());

    const response = await graphqlRequest(url(), SetChatSessionLabels, { id: chat.id, labelIds: [label.id] }, chat.customer.token);

    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await labelsInDatabase(chat.id)).toEqual([]);
  });

  it('a deleted label leaves the chats that had it, and the other labels stay', async () => {
    const gone = await createLabel({ name: 'Akan Dihapus' });
    const stays = await createLabel({ name: 'Tetap Tinggal' });
    const chat = await startQueuedChat(url());
    await setLabels(chat.id, [gone.id, stays.id]);

    dataOf(await graphqlRequest(url(), DeleteLabel, { id: gone.id }, supervisor.token));

    expect(await labelsInDatabase(chat.id)).toEqual(['Tetap Tinggal']);
  });
});

describe('labels of a chat', () => {
  it('are never shown to its visitor', async () => {
    const label = await createLabel({ name: 'Rahasia Internal' });
    const chat = await startQueuedChat(url());
    await setLabels(chat.id, [label.id]);

    // The same query shows them to an agent: it could show them to the visitor.
    expect(dataOf(await graphqlRequest(url(), ChatSessionLabels, { id: chat.id }, admin.token)).chatSession?.labels).toEqual([
      { name: 'Rahasia Internal' },
    ]);
    expect(dataOf(await graphqlRequest(url(), ChatSessionLabels, { id: chat.id }, chat.customer.token)).chatSession).toEqual({
      id: chat.id,
      labels: [],
    });
  });

  it("are not in the visitor's own chatSessionUpdated events", async () => {
    const label = await createLabel({ name: 'Tidak Untuk Pengunjung' });
    const chat = await startQueuedChat(url());
    const socket = connectSocket(api.app.wsUrl, chat.customer.token);
    try {
      const hears = subscribe(socket, OnLabelledChatUpdated, { id: chat.id });
      const marker = chatUpdateMarker(url(), chat.id, chat.customer);
      await provedLive(hears, marker);

      const events = await eventsDuring(hears, marker, () => setLabels(chat.id, [label.id]));

      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.chatSessionUpdated.labels).toEqual([]);
    } finally {
      await socket.dispose();
    }
  });

  it('reach another console live when set', async () => {
    const label = await createLabel({ name: 'Langsung Terlihat', color: '#ABCDEF' });
    const chat = await startQueuedChat(url());
    let socket: SocketClient | undefined;
    try {
      socket = connectSocket(api.app.wsUrl, colleague.token);
      const hears = subscribe(socket, OnLabelledChatUpdated, {});
      const marker = chatUpdateMarker(url(), chat.id, chat.customer);
      await provedLive(hears, marker);

      const events = await eventsDuring(hears, marker, () => setLabels(chat.id, [label.id], agent));

      expect(events.map((event) => event.chatSessionUpdated)).toContainEqual(
        expect.objectContaining({ id: chat.id, labels: [{ name: 'Langsung Terlihat', color: '#ABCDEF' }] }),
      );
      const cleared = await eventsDuring(hears, marker, () => setLabels(chat.id, [], agent));
      expect(cleared.map((event) => event.chatSessionUpdated)).toContainEqual(expect.objectContaining({ id: chat.id, labels: [] }));
    } finally {
      await socket?.dispose();
    }
  });
});

describe('chatSessions(filter: { labelIds })', () => {
  it('lists the chats having any of the labels, with their count, and nothing for unknown ids', async () => {
    const nib = await createLabel({ name: 'Filter NIB' });
    const kbli = await createLabel({ name: 'Filter KBLI' });
    const unused = await createLabel({ name: 'Filter Kosong' });
    const both = await startQueuedChat(url(), null, 'Dua Label');
    const onlyNib = await startQueuedChat(url(), null, 'Satu Label');
    const none = await startQueuedChat(url(), null, 'Tanpa Label');
    await setLabels(both.id, [nib.id, kbli.id]);
    await setLabels(onlyNib.id, [nib.id]);

    const listed = async (labelIds: string[] | null, by: Actor = admin) => {
      const page = dataOf(await graphqlRequest(url(), LabelledChats, { filter: { labelIds } }, by.token)).chatSessions;
      return { ids: page.edges.map((edge) => edge.node.id), totalCount: page.totalCount };
    };

    expect(await listed([kbli.id])).toEqual({ ids: [both.id], totalCount: 1 });
    const anyOf = await listed([nib.id, kbli.id]);
    expect(anyOf.ids.sort()).toEqual([both.id, onlyNib.id].sort());
    expect(anyOf.totalCount).toBe(2);
    expect(await listed([unused.id])).toEqual({ ids: [], totalCount: 0 });
    expect(await listed(['bukan-id', '00000000-0000-4000-8000-000000000000'])).toEqual({ ids: [], totalCount: 0 });
    // Without the filter, the unlabelled chat is there too.
    expect((await listed([])).ids).toEqual(expect.arrayContaining([both.id, onlyNib.id, none.id]));
    expect((await listed(null)).ids).toEqual(expect.arrayContaining([none.id]));
  });

  it("keeps an AGENT to the chats it may see", async () => {
    const label = await createLabel({ name: 'Filter Agen' });
    const waiting = await startQueuedChat(url());
    const colleagues = await startQueuedChat(url());
    dataOf(await graphqlRequest(url(), AssignChatSession, { id: colleagues.id, adminId: colleague.id }, admin.token));
    await setLabels(waiting.id, [label.id]);
    await setLabels(colleagues.id, [label.id]);

    const page = dataOf(await graphqlRequest(url(), LabelledChats, { filter: { labelIds: [label.id] } }, agent.token)).chatSessions;

    expect(page.edges.map((edge) => edge.node.id)).toEqual([waiting.id]);
    expect(page.totalCount).toBe(1);
  });
});
