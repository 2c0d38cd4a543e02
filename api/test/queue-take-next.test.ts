import { loginAdmin, type Actor } from './support/actors';
import {
  closeAllChats,
  CloseChat,
  createQueueAgent,
  createTeam,
  dataOf,
  ListQueue,
  queuedChat,
  SetAgent,
  startQueuedChat,
  TakeNext,
  Unassign,
} from './support/queue';
import { errorCode, graphqlRequest, useTestApp } from './support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;

const takeNext = (actor: Actor) => graphqlRequest(url(), TakeNext, {}, actor.token);
const unassign = (actor: Actor, id: string) => graphqlRequest(url(), Unassign, { id }, actor.token);

describe('takeNextChatSession and unassignChatSession (MANUAL mode)', () => {
  let admin: Actor;
  let nib: string;
  let kbli: string;

  beforeAll(async () => {
    admin = await loginAdmin(url());
    nib = await createTeam(url(), admin, 'NIB');
    kbli = await createTeam(url(), admin, 'KBLI');
  });

  afterEach(() => closeAllChats(url(), admin));

  it('gives the oldest waiting chat, assigned to the caller, then the next, then null when none waits', async () => {
    const agent = await createQueueAgent(url(), admin, 'ambil@example.com', { limit: 5 });
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url(), nib);
    const taken = dataOf(await takeNext(agent)).takeNextChatSession;
    expect(taken).toMatchObject({ id: first.id, status: 'ACTIVE', queuePosition: null, assignedAdmin: { id: agent.id } });
    expect(dataOf(await takeNext(agent)).takeNextChatSession?.id).toBe(second.id);
    expect(dataOf(await takeNext(agent)).takeNextChatSession).toBeNull();
    for (const id of [first.id, second.id]) await graphqlRequest(url(), CloseChat, { id }, agent.token);
  });

  it('refuses at the limit with LIMIT_REACHED and assigns nothing', async () => {
    const agent = await createQueueAgent(url(), admin, 'penuh@example.com', { limit: 1 });
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url());
    expect(dataOf(await takeNext(agent)).takeNextChatSession?.id).toBe(first.id);
    const refused = await takeNext(agent);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.reason).toBe('LIMIT_REACHED');
    expect(await queuedChat(url(), admin.token, second.id)).toMatchObject({ status: 'WAITING', queuePosition: 1, assignedAdmin: null });
    await graphqlRequest(url(), CloseChat, { id: first.id }, agent.token);
    expect(dataOf(await takeNext(agent)).takeNextChatSession?.id).toBe(second.id);
    await graphqlRequest(url(), CloseChat, { id: second.id }, agent.token);
  });

  it("gives an AGENT only its teams' queues and the one without a team; a SUPERVISOR any", async () => {
    const nibAgent = await createQueueAgent(url(), admin, 'tim-nib@example.com', { teamIds: [nib] });
    const supervisorAgent = await createQueueAgent(url(), admin, 'penyelia@example.com');
    await graphqlRequest(url(), SetAgent, { id: supervisorAgent.id, input: { role: 'SUPERVISOR' } }, admin.token);
    const kbliChat = await startQueuedChat(url(), kbli);
    const nibChat = await startQueuedChat(url(), nib);
    const noTeamChat = await startQueuedChat(url());
    expect(dataOf(await takeNext(nibAgent)).takeNextChatSession?.id).toBe(nibChat.id);
    expect(dataOf(await takeNext(nibAgent)).takeNextChatSession?.id).toBe(noTeamChat.id);
    expect(dataOf(await takeNext(nibAgent)).takeNextChatSession).toBeNull();
    expect(dataOf(await takeNext(supervisorAgent)).takeNextChatSession?.id).toBe(kbliChat.id);
  });

  it('puts an unassigned chat back at its original place; an AGENT may hand back its own chats only', async () => {
    const agent = await createQueueAgent(url(), admin, 'kembali@example.com');
    const colleague = await createQueueAgent(url(), admin, 'rekan@example.com');
    const first = await startQueuedChat(url());
    const second = await startQueuedChat(url());
    expect(dataOf(await takeNext(agent)).takeNextChatSession?.id).toBe(first.id);
    expect((await queuedChat(url(), admin.token, second.id)).queuePosition).toBe(1);

    // The colleague does not see another agent's chat at all.
    expect(errorCode(await unassign(colleague, first.id))).toBe('NOT_FOUND');
    const back = dataOf(await unassign(agent, first.id)).unassignChatSession;
    expect(back).toMatchObject({ id: first.id, status: 'WAITING', queuePosition: 1, assignedAdmin: null });
    expect((await queuedChat(url(), admin.token, second.id)).queuePosition).toBe(2);

    // A SUPERVISOR or ADMIN hands back anyone's chat.
    expect(dataOf(await takeNext(colleague)).takeNextChatSession?.id).toBe(first.id);
    expect(dataOf(await unassign(admin, first.id)).unassignChatSession.status).toBe('WAITING');
  });

  it('refuses both for a closed chat, and both to a visitor', async () => {
    const agent = await createQueueAgent(url(), admin, 'tutup@example.com');
    const chat = await startQueuedChat(url());
    expect(dataOf(await takeNext(agent)).takeNextChatSession?.id).toBe(chat.id);
    await graphqlRequest(url(), CloseChat, { id: chat.id }, agent.token);
    expect(errorCode(await unassign(agent, chat.id))).toBe('SESSION_CLOSED');
    expect(errorCode(await unassign(chat.customer, chat.id))).toBe('FORBIDDEN');
    expect(errorCode(await takeNext(chat.customer))).toBe('FORBIDDEN');
  });
});
