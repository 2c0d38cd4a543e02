import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { provedLive, type SendMarker } from '../support/live';
import { SendMessage } from '../support/operations';
import { connectSocket, graphqlRequest, subscribe, useTestApp, type Subscription } from '../support/test-app';

/** Plain strings: test/gql is generated, and this file's operations are not in it. */
const SessionAgent = `query SecuritySessionAgent($id: ID!) { chatSession(id: $id) { assignedAdmin { name email } } }`;
const OnSessionAgent = `subscription SecurityOnSessionAgent($id: ID) { chatSessionUpdated(id: $id) { assignedAdmin { name email } } }`;
const Assign = `mutation SecurityAssign($id: ID!) { assignChatSession(id: $id) { id } }`;

type SessionAgentResult = { assignedAdmin: { name: string; email: string | null } | null };

const handle = useTestApp();
const url = () => handle.app.httpUrl;

let admin: Actor;
let customer: Actor;
let sessionId: string;

beforeAll(async () => {
  admin = await loginAdmin(url());
  customer = await registerCustomer(url(), 'Pengintip Email');
  sessionId = await startSession(url(), customer, 'siapa agen saya?');
});

// A visitor could read its agent's login email through assignedAdmin, and through chatSessionUpdated.
describe("a visitor sees its agent's name, never the agent's email", () => {
  it('over HTTP and in the chatSessionUpdated event, while an agent sees the email in both', async () => {
    const customerSocket = connectSocket(handle.app.wsUrl, customer.token);
    const agentSocket = connectSocket(handle.app.wsUrl, admin.token);
    const heardByCustomer = subscribe<{ chatSessionUpdated: SessionAgentResult }, unknown>(customerSocket, OnSessionAgent, { id: sessionId });
    const heardByAgent = subscribe<{ chatSessionUpdated: SessionAgentResult }, unknown>(agentSocket, OnSessionAgent, { id: sessionId });
    // Until the assignment, every event of this session is one of these markers (no agent yet).
    const marker: SendMarker<{ chatSessionUpdated: SessionAgentResult }> = async () => {
      await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'penanda' } }, customer.token);
      return (event) => event.chatSessionUpdated.assignedAdmin === null;
    };
    await provedLive(heardByCustomer, marker);
    await provedLive(heardByAgent, marker);

    expect((await graphqlRequest(url(), Assign, { id: sessionId }, admin.token)).errors).toBeUndefined();
    const assigned = (event: { chatSessionUpdated: SessionAgentResult }) => event.chatSessionUpdated.assignedAdmin !== null;
    const customerEvent = await eventWhere(heardByCustomer, assigned);
    const agentEvent = await eventWhere(heardByAgent, assigned);
    await Promise.all([customerSocket.dispose(), agentSocket.dispose()]);

    expect(agentEvent.chatSessionUpdated.assignedAdmin).toEqual({ name: 'Admin', email: 'admin@example.com' });
    expect(customerEvent.chatSessionUpdated.assignedAdmin).toEqual({ name: 'Admin', email: null });

    const seenByCustomer = await graphqlRequest<{ chatSession: SessionAgentResult }, unknown>(url(), SessionAgent, { id: sessionId }, customer.token);
    const seenByAgent = await graphqlRequest<{ chatSession: SessionAgentResult }, unknown>(url(), SessionAgent, { id: sessionId }, admin.token);
    expect(seenByAgent.data?.chatSession.assignedAdmin).toEqual({ name: 'Admin', email: 'admin@example.com' });
    expect(seenByCustomer.errors).toBeUndefined();
    expect(seenByCustomer.data?.chatSession.assignedAdmin).toEqual({ name: 'Admin', email: null });
  });
});

/** The first event that matches, waiting for more while none does. */
async function eventWhere<T>(subscription: Subscription<T>, matches: (event: T) => boolean): Promise<T> {
  for (;;) {
    const found = subscription.events.find(matches);
    if (found) return found;
    await subscription.waitFor(subscription.events.length + 1);
  }
}
