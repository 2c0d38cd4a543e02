import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, type Actor } from '../../../test/support/actors';
import { AssignChatSession, SendMessage } from '../../../test/support/operations';
import { createQueueAgent, createTeam, dataOf, startQueuedChat } from '../../../test/support/queue';
import { errorCode, graphqlRequest, useTestApp } from '../../../test/support/test-app';

const SearchMessages = graphql(`
  query SearchMessages($query: String!, $first: Int, $after: String) {
    searchMessages(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        highlight
        node {
          id
          text
          internal
        }
        session {
          id
        }
      }
    }
  }
`);

const api = useTestApp();
const url = () => api.app.httpUrl;

let admin: Actor;
let supervisor: Actor;
let agent: Actor;
let otherAgent: Actor;
let ownTeamChat: { id: string; customer: Actor };
let otherTeamChat: { id: string; customer: Actor };
let otherAgentsChat: { id: string; customer: Actor };

async function write(chat: { id: string; customer: Actor }, text: string) {
  return dataOf(await graphqlRequest(url(), SendMessage, { input: { sessionId: chat.id, text } }, chat.customer.token)).sendMessage;
}

async function search(by: Actor, query: string, first?: number, after?: string | null) {
  return dataOf(await graphqlRequest(url(), SearchMessages, { query, first, after }, by.token)).searchMessages;
}

const textsFound = async (by: Actor, query: string) => (await search(by, query, 100)).edges.map((edge) => edge.node.text);

beforeAll(async () => {
  admin = await loginAdmin(url());
  supervisor = await createAgent(url(), admin, 'supervisor@example.com', 'Sari Supervisor', 'SUPERVISOR');
  const ownTeam = await createTeam(url(), admin, 'Perizinan');
  const otherTeam = await createTeam(url(), admin, 'Pajak');
  agent = await createQueueAgent(url(), admin, 'agen@example.com', { teamIds: [ownTeam] });
  otherAgent = await createQueueAgent(url(), admin, 'rekan@example.com', { teamIds: [ownTeam] });
  ownTeamChat = await startQueuedChat(url(), ownTeam, 'Dewi');
  otherTeamChat = await startQueuedChat(url(), otherTeam, 'Eko');
  otherAgentsChat = await startQueuedChat(url(), ownTeam, 'Fajar');
  dataOf(await graphqlRequest(url(), AssignChatSession, { id: otherAgentsChat.id, adminId: otherAgent.id }, admin.token));

  await write(ownTeamChat, 'Bagaimana proses perizinan usaha?');
  await write(ownTeamChat, 'Saya ingin mengajukan izin keramaian.');
  await write(ownTeamChat, 'My applications were rejected twice.');
  await write(otherTeamChat, 'Perizinan toko saya tertunda.');
  await write(otherAgentsChat, 'Izin reklame saya bagaimana?');
});

describe('searchMessages', () => {
  it('finds "perizinan" and "mengajukan izin" for "izin" (the Indonesian stem), and English words by their stems', async () => {
    expect((await textsFound(admin, 'izin')).sort()).toEqual(
      [
        'Bagaimana proses perizinan usaha?',
        'Izin reklame saya bagaimana?',
        'Perizinan toko saya tertunda.',
        'Saya ingin mengajukan izin keramaian.',
      ].sort(),
    );
    expect(await textsFound(admin, 'application')).toEqual(['My applications were rejected twice.']);
    expect(await textsFound(admin, 'applying')).toEqual([]);
    expect(await textsFound(admin, 'kucing')).toEqual([]);
  });

  it('puts the best match first', async () => {
    const chat = await startQueuedChat(url(), null, 'Gita');
    const once = await write(chat, 'Soal retribusi parkir, lalu soal lain yang panjang sekali di sini.');
    const often = await write(chat, 'Retribusi, retribusi, dan retribusi lagi.');
    const found = await search(admin, 'retribusi');
    expect(found.edges.map((edge) => edge.node.id)).toEqual([often.id, once.id]);
    expect(found.edges.map((edge) => edge.session.id)).toEqual([chat.id, chat.id]);
  });

  it("shows an AGENT only the chats it may see: its team's waiting chats and its own, not another team's or another agent's", async () => {
    expect((await textsFound(agent, 'izin')).sort()).toEqual(['Bagaimana proses perizinan usaha?', 'Saya ingin mengajukan izin keramaian.']);
    expect(await textsFound(otherAgent, 'reklame')).toEqual(['Izin reklame saya bagaimana?']);
    expect(await textsFound(agent, 'reklame')).toEqual([]);
    expect((await search(agent, 'izin')).totalCount).toBe(2);
    expect(await textsFound(supervisor, 'toko')).toEqual(['Perizinan toko saya tertunda.']);
  });

  it('finds private notes for agents', async () => {
    const note = dataOf(
      await graphqlRequest(url(), SendMessage, { input: { sessionId: otherAgentsChat.id, text: 'Catatan: cek dokumen sertifikat', internal: true } }, otherAgent.token),
    ).sendMessage;
    const found = await search(otherAgent, 'sertifikat');
    expect(found.edges.map((edge) => [edge.node.id, edge.node.internal])).toEqual([[note.id, true]]);
  });

  it('pages through every match with the cursor, best first, each once, equal ranks included', async () => {
    const chat = await startQueuedChat(url(), null, 'Hana');
    for (const times of [1, 3, 2, 3, 1]) await write(chat, `${'Sertifikasi '.repeat(times)}halal`);
    const all = await search(admin, 'halal', 100);
    expect(all.edges).toHaveLength(5);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const found = await search(admin, 'halal', 2, after);
      paged.push(...found.edges.map((edge) => edge.node.id));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.edges.map((edge) => edge.node.id));
    expect((await search(admin, 'sertifikasi', 100)).edges[0]!.node.text).toBe(`${'Sertifikasi '.repeat(3)}halal`);
  });

  it('marks the match in the highlight and escapes the HTML of the text', async () => {
    const chat = await startQueuedChat(url(), null, 'Indah');
    await write(chat, 'Dokumen "pendaftaran" <img src=x onerror=alert(1)> & <b>tebal</b>');
    const [edge] = (await search(admin, 'pendaftaran')).edges;
    expect(edge!.highlight).toContain('<mark>pendaftaran</mark>');
    expect(edge!.highlight).toContain('&quot;');
    expect(edge!.highlight).toContain('&amp;');
    expect(edge!.highlight!.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"]/);
  });

  it('refuses a customer with FORBIDDEN, and a blank or over-long query with BAD_USER_INPUT (field query)', async () => {
    expect(errorCode(await graphqlRequest(url(), SearchMessages, { query: 'izin' }, ownTeamChat.customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), SearchMessages, { query: 'izin' }))).toBe('UNAUTHENTICATED');
    for (const query of ['', '   ', 'izin '.repeat(41)]) {
      const response = await graphqlRequest(url(), SearchMessages, { query }, admin.token);
      expect([errorCode(response), response.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'query']);
    }
    const response = await graphqlRequest(url(), SearchMessages, { query: 'izin', after: 'bm9wZQ' }, admin.token);
    expect([errorCode(response), response.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'after']);
    expect((await search(admin, 'izin '.repeat(40))).edges.length).toBeGreaterThan(0);
  });
});
