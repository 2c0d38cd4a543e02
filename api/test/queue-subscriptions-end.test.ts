import { loginAdmin, type Actor } from './support/actors';
import { messageMarker, provedLive } from './support/live';
import {
  AssignOrMove,
  chatUpdateMarker,
  createQueueAgent,
  createTeam,
  dataOf,
  OnQueuedChatUpdated,
  startQueuedChat,
  TakeNext,
  type QueuedChatEvent,
} from './support/queue';
import { OnMessageAdded, OnTypingChanged, SetTyping } from './support/operations';
import { connectSocket, graphqlRequest, subscribe, useTestApp, type SocketClient, type Subscription } from './support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;

interface Followed {
  messages: Subscription<{ messageAdded: { text?: string | null } }>;
  typing: Subscription<{ typingChanged: { isTyping: boolean } }>;
  updates: Subscription<QueuedChatEvent>;
}

/** An agent's three subscriptions to one chat, each proved live (so none has completed yet). */
async function follow(socket: SocketClient, sessionId: string, customer: Actor): Promise<Followed> {
  const followed: Followed = {
    messages: subscribe(socket, OnMessageAdded, { sessionId }),
    typing: subscribe(socket, OnTypingChanged, { sessionId }),
    updates: subscribe(socket, OnQueuedChatUpdated, { id: sessionId }),
  };
  await provedLive(followed.messages, messageMarker(url(), sessionId, customer.token));
  await provedLive(followed.typing, async () => {
    await graphqlRequest(url(), SetTyping, { sessionId, isTyping: true }, customer.token);
    return (event) => event.typingChanged.isTyping;
  });
  await provedLive(followed.updates, chatUpdateMarker(url(), sessionId, customer));
  return followed;
}

const completed = (followed: Followed) => Promise.all([followed.messages.completed, followed.typing.completed, followed.updates.completed]);
const errorsOf = (followed: Followed) => [followed.messages, followed.typing, followed.updates].flatMap((subscription) => subscription.errors);

describe("the server completes an AGENT's subscriptions to a chat that leaves its sight", () => {
  let admin: Actor;

  beforeAll(async () => {
    admin = await loginAdmin(url());
  });

  it('when the chat is assigned to another agent: messageAdded, typingChanged and chatSessionUpdated(id) complete', async () => {
    const agent = await createQueueAgent(url(), admin, 'pertama@example.com');
    const colleague = await createQueueAgent(url(), admin, 'kedua@example.com');
    const chat = await startQueuedChat(url());
    expect(dataOf(await graphqlRequest(url(), TakeNext, {}, agent.token)).takeNextChatSession?.id).toBe(chat.id);
    const agentSocket = connectSocket(handle.app.wsUrl, agent.token);
    const agentFollows = await follow(agentSocket, chat.id, chat.customer);

    dataOf(await graphqlRequest(url(), AssignOrMove, { id: chat.id, adminId: colleague.id }, admin.token));
    await completed(agentFollows);
    expect(errorsOf(agentFollows)).toEqual([]);
    // The update that took the chat away was the last thing it heard of the chat.
    expect(agentFollows.updates.events.at(-1)?.chatSessionUpdated).toMatchObject({ id: chat.id, assignedAdmin: { id: colleague.id } });

    // The agent it went to follows it as usual.
    const colleagueSocket = connectSocket(handle.app.wsUrl, colleague.token);
    await follow(colleagueSocket, chat.id, chat.customer);
    await Promise.all([agentSocket.dispose(), colleagueSocket.dispose()]);
  });

  it("when a waiting chat moves to another team's queue; a SUPERVISOR's and ADMIN's go on", async () => {
    const nib = await createTeam(url(), admin, 'NIB');
    const kbli = await createTeam(url(), admin, 'KBLI');
    const agent = await createQueueAgent(url(), admin, 'tim-nib@example.com', { teamIds: [nib] });
    const chat = await startQueuedChat(url(), nib);
    const socket = connectSocket(handle.app.wsUrl, agent.token);
    const adminSocket = connectSocket(handle.app.wsUrl, admin.token);
    const followed = await follow(socket, chat.id, chat.customer);
    const adminFollows = await follow(adminSocket, chat.id, chat.customer);

    dataOf(await graphqlRequest(url(), AssignOrMove, { id: chat.id, teamId: kbli }, admin.token));
    await completed(followed);
    expect(errorsOf(followed)).toEqual([]);
    // After the move, events still reach the ADMIN's subscriptions.
    await provedLive(adminFollows.messages, messageMarker(url(), chat.id, chat.customer.token));
    await provedLive(adminFollows.updates, chatUpdateMarker(url(), chat.id, chat.customer));
    await Promise.all([socket.dispose(), adminSocket.dispose()]);
  });
});
