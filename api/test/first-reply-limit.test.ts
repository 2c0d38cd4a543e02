import { loginAdmin, type Actor } from './support/actors';
import { SendMessage } from './support/operations';
import { createQueueAgent, queuedChat, startQueuedChat } from './support/queue';
import { errorCode, graphqlRequest, useTestApp } from './support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
});

const reply = (agent: Actor, sessionId: string, text = 'Selamat siang, ada yang bisa kami bantu?', internal?: boolean) =>
  graphqlRequest(url(), SendMessage, { input: { sessionId, text, ...(internal ? { internal } : {}) } }, agent.token);
const storedTexts = async (sessionId: string) =>
  (
    await handle.app.deps.orm.em
      .getConnection()
      .execute<{ text: string }[]>('select text from message where session_id = ? order by id', [sessionId])
  ).map((row) => row.text);

describe("an agent's first reply to a waiting chat takes it within the agent's limit", () => {
  it('is refused with LIMIT_REACHED at the limit, storing nothing, while replies in its own chats still go', async () => {
    const agent = await createQueueAgent(url(), admin, 'satu-slot@example.com', { limit: 1 });
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url());

    expect((await reply(agent, first.id)).errors).toBeUndefined();
    expect(await queuedChat(url(), admin.token, first.id)).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: agent.id } });

    const refused = await reply(agent, second.id);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.reason).toBe('LIMIT_REACHED');
    expect(await storedTexts(second.id)).toEqual(['Halo dari Pengunjung']);
    expect(await queuedChat(url(), admin.token, second.id)).toMatchObject({ status: 'WAITING', assignedAdmin: null });

    // A note claims nothing, so the limit does not stop it; nor does it stop a reply in a chat it holds.
    expect((await reply(agent, second.id, 'Pelanggan lama, cek riwayat', true)).errors).toBeUndefined();
    expect((await reply(agent, first.id, 'Baik, saya cek dulu')).errors).toBeUndefined();

    await handle.app.deps.orm.em.getConnection().execute(`update chat_session set status = 'CLOSED', closed_at = now() where id = ?`, [first.id]);
    expect((await reply(agent, second.id)).errors).toBeUndefined();
    expect(await queuedChat(url(), admin.token, second.id)).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: agent.id } });
  });

  it('lets only one of two first replies at once through when one slot is left', async () => {
    const agent = await createQueueAgent(url(), admin, 'serentak@example.com', { limit: 1 });
    const chats = [await startQueuedChat(url()), await startQueuedChat(url())];

    const answers = await Promise.all(chats.map((chat) => reply(agent, chat.id)));

    expect(answers.map((answer) => answer.errors?.[0].extensions?.reason ?? 'sent').sort()).toEqual(['LIMIT_REACHED', 'sent']);
    const states = await Promise.all(chats.map((chat) => queuedChat(url(), admin.token, chat.id)));
    expect(states.filter((state) => state.status === 'ACTIVE' && state.assignedAdmin?.id === agent.id)).toHaveLength(1);
    expect(states.filter((state) => state.status === 'WAITING' && state.assignedAdmin === null)).toHaveLength(1);
  });
});
