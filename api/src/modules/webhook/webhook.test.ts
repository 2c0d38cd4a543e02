import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { SendMessage } from '../../../test/support/operations';
import { errorCode, graphqlRequest, metricValue, useTestApp } from '../../../test/support/test-app';
import { signatureIsValid, startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../../../test/support/webhook-receiver';

const handle = useTestApp({ LOG_LEVEL: process.env.WEBHOOK_TEST_LOG ?? 'silent', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_TIMEOUT_MS: '1000', WEBHOOK_RETRY_DELAY_SECONDS: '1' });

const CREATE = `mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { id name url query active secret } }`;
const UPDATE = `mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { id active url } }`;
const DELETE = `mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }`;
const LIST = `query Webhooks { webhooks { id name deliveries(first: 50) { totalCount edges { node { id event status attempts lastStatusCode lastError nextAttemptAt payload } } } } }`;
const REDELIVER = `mutation Redeliver($id: ID!) { redeliverWebhookDelivery(id: $id) { id status attempts } }`;
const ALL_MESSAGES = 'subscription { messageAdded { id sessionId text sender internal senderName } }';

interface Created {
  id: string;
  secret: string;
}
type Delivery = { id: string; event: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null; nextAttemptAt: string | null };

let admin: Actor;
const receivers: WebhookReceiver[] = [];
beforeAll(async () => {
  admin = await loginAdmin(handle.app.httpUrl);
});
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function receiver(): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}

async function createWebhook(input: { name: string; url: string; query: string }, token = admin.token) {
  return graphqlRequest<{ createWebhook: Created }, unknown>(handle.app.httpUrl, CREATE, { input }, token);
}

async function created(input: { name: string; url: string; query: string }): Promise<Created> {
  const response = await createWebhook(input);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createWebhook;
}

async function send(actor: Actor, sessionId: string, text: string, internal = false) {
  const response = await graphqlRequest(handle.app.httpUrl, SendMessage, { input: { sessionId, text, ...(internal ? { internal } : {}) } } as never, actor.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return (response.data as { sendMessage: { id: string } }).sendMessage;
}

async function deliveriesOf(webhookId: string): Promise<Delivery[]> {
  const response = await graphqlRequest<{ webhooks: { id: string; deliveries: { edges: { node: Delivery }[] } }[] }, unknown>(handle.app.httpUrl, LIST, {}, admin.token);
  return response.data!.webhooks.find((webhook) => webhook.id === webhookId)!.deliveries.edges.map((edge) => edge.node);
}

async function waitForDelivery(webhookId: string, done: (delivery: Delivery) => boolean, timeoutMs = 20_000): Promise<Delivery> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await deliveriesOf(webhookId)).find(done);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no such delivery: ${JSON.stringify(await deliveriesOf(webhookId))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const textOf = (hook: ReceivedWebhook) => hook.json.data.messageAdded?.text as string | undefined;

describe('who may manage webhooks', () => {
  it('is ADMIN only: a SUPERVISOR, an AGENT, a visitor and no one are refused, and nothing is stored', async () => {
    const url = 'https://crm.example/hooks';
    const supervisor = await createAgent(handle.app.httpUrl, admin, 'spv-webhooks@example.com', 'Supervisor', 'SUPERVISOR');
    const agent = await createAgent(handle.app.httpUrl, admin, 'agent-webhooks@example.com', 'Agen', 'AGENT');
    const customer = await registerCustomer(handle.app.httpUrl, 'Pelanggan');
    for (const token of [supervisor.token, agent.token, customer.token]) {
      expect(errorCode(await createWebhook({ name: 'CRM', url, query: ALL_MESSAGES }, token))).toBe('FORBIDDEN');
      expect(errorCode(await graphqlRequest(handle.app.httpUrl, LIST, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await createWebhook({ name: 'CRM', url, query: ALL_MESSAGES }, ''))).toBe('UNAUTHENTICATED');
    expect(await queryRows(handle.db.url, 'select id from webhook')).toEqual([]);
  });

  it.each([
    ['a query', 'query { me { id } }'],
    ['a mutation', 'mutation { logout }'],
    ['a document that does not parse', 'subscription { messageAdded { id '],
    ['a field not in the schema', 'subscription { messageAdded { id nope } }'],
    ['another subscription', 'subscription { typingChanged(sessionId: "x") { isTyping } }'],
    ['two fields', 'subscription { messageAdded { id } adminPresenceChanged { online } }'],
    ['two operations', 'subscription A { messageAdded { id } } subscription B { messageAdded { id } }'],
    ['variables', 'subscription ($id: ID) { messageAdded(sessionId: $id) { id } }'],
    ['a document over the depth limit', 'subscription { chatSessionUpdated { customer { chatSessions { edges { node { messages { edges { node { session { id } } } } } } } } } }'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_what, query) => {
    const response = await createWebhook({ name: 'CRM', url: 'https://crm.example/hooks', query });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await queryRows(handle.db.url, 'select id from webhook')).toEqual([]);
  });

  it.each([['ftp://crm.example/hooks'], ['not a url'], ['https://user:pass@crm.example/hooks']])('refuses the URL %s', async (url) => {
    expect(errorCode(await createWebhook({ name: 'CRM', url, query: ALL_MESSAGES }))).toBe('BAD_USER_INPUT');
    expect(await queryRows(handle.db.url, 'select id from webhook')).toEqual([]);
  });

  it('updates and deletes, each checked as at create', async () => {
    const webhook = await created({ name: 'Sementara', url: 'https://crm.example/a', query: ALL_MESSAGES });
    const bad = await graphqlRequest(handle.app.httpUrl, UPDATE, { id: webhook.id, input: { query: 'query { me { id } }' } }, admin.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const turnedOff = await graphqlRequest<{ updateWebhook: { active: boolean; url: string } }, unknown>(
      handle.app.httpUrl, UPDATE, { id: webhook.id, input: { active: false, url: 'https://crm.example/b' } }, admin.token);
    expect(turnedOff.data?.updateWebhook).toMatchObject({ active: false, url: 'https://crm.example/b' });
    expect((await graphqlRequest<{ deleteWebhook: boolean }, unknown>(handle.app.httpUrl, DELETE, { id: webhook.id }, admin.token)).data?.deleteWebhook).toBe(true);
    expect(errorCode(await graphqlRequest(handle.app.httpUrl, DELETE, { id: webhook.id }, admin.token))).toBe('NOT_FOUND');
  });
});

describe('deliveries', () => {
  let customer: Actor;
  let sessionId: string;
  let otherSessionId: string;
  let everything: WebhookReceiver;
  let oneChat: WebhookReceiver;
  let all: Created;
  let filtered: Created;

  beforeAll(async () => {
    customer = await registerCustomer(handle.app.httpUrl, 'Siti');
    sessionId = await startSession(handle.app.httpUrl, customer, 'Halo, izin usaha saya?');
    const other = await registerCustomer(handle.app.httpUrl, 'Andi');
    otherSessionId = await startSession(handle.app.httpUrl, other, 'Pertanyaan lain');
    everything = await receiver();
    oneChat = await receiver();
    all = await created({ name: 'Semua pesan', url: everything.url, query: ALL_MESSAGES });
    filtered = await created({ name: 'Satu obrolan', url: oneChat.url, query: `subscription { messageAdded(sessionId: "${otherSessionId}") { id text } }` });
  });

  it('POSTs each message once, signed, as { id, event, createdAt, data }, notes included with internal: true', async () => {
    const reply = await send(admin, sessionId, 'Baik, kami periksa.');
    const note = await send(admin, sessionId, 'Cek NIB dulu', true);
    const hooks = await everything.waitFor(2, (hook) => [reply.id, note.id].includes(hook.json.data.messageAdded?.id));
    expect(hooks).toHaveLength(2);
    for (const hook of hooks) {
      expect(signatureIsValid(hook, all.secret)).toBe(true);
      expect(signatureIsValid(hook, 'another-secret')).toBe(false);
      expect(hook.headers['content-type']).toBe('application/json');
      expect(hook.headers['livechat-webhook-id']).toBe(hook.json.id);
      expect(Math.abs(Number(hook.headers['livechat-webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
      expect(hook.json.event).toBe('messageAdded');
      expect(Number.isNaN(Date.parse(hook.json.createdAt))).toBe(false);
    }
    const byId = Object.fromEntries(hooks.map((hook) => [hook.json.data.messageAdded.id, hook.json.data.messageAdded]));
    expect(byId[reply.id]).toEqual({ id: reply.id, sessionId, text: 'Baik, kami periksa.', sender: 'ADMIN', internal: false, senderName: expect.any(String) });
    expect(byId[note.id]).toMatchObject({ text: 'Cek NIB dulu', internal: true });
  });

  it("applies the document's own arguments: a webhook for one chat hears that chat only", async () => {
    await send(admin, sessionId, 'Untuk Siti');
    const marker = await send(admin, otherSessionId, 'Untuk Andi');
    const [hook] = await oneChat.waitFor(1, (received) => received.json.data.messageAdded?.id === marker.id);
    expect(hook.json.data).toEqual({ messageAdded: { id: marker.id, text: 'Untuk Andi' } });
    await everything.waitFor(1, (received) => textOf(received) === 'Untuk Andi');
    expect(oneChat.received.map(textOf)).toContain('Untuk Andi');
    expect(oneChat.received.map(textOf)).not.toContain('Untuk Siti');
    expect(oneChat.received.every((received) => signatureIsValid(received, filtered.secret))).toBe(true);
  });

  it('retries after 500s and after a timeout, then succeeds, and a success is delivered once', async () => {
    const flaky = await receiver();
    const webhook = await created({ name: 'Tidak stabil', url: flaky.url, query: ALL_MESSAGES });
    flaky.answers.push(500, 'hang', 503);
    const message = await send(admin, sessionId, 'Coba lagi nanti');
    const attempts = await flaky.waitFor(4, (hook) => hook.json.data.messageAdded?.id === message.id, 30_000);
    expect(attempts.map((hook) => hook.answer)).toEqual([500, 'hang', 503, 200]);
    expect(new Set(attempts.map((hook) => hook.json.id)).size).toBe(1);
    expect(new Set(attempts.map((hook) => hook.body)).size).toBe(1);
    expect(attempts.every((hook) => signatureIsValid(hook, webhook.secret))).toBe(true);
    const delivery = await waitForDelivery(webhook.id, (found) => found.id === attempts[0].json.id && found.status === 'DELIVERED');
    expect(delivery).toMatchObject({ event: 'messageAdded', attempts: 4, lastStatusCode: 200, lastError: null, nextAttemptAt: null });

    // A later message arriving proves the queue moved on: the delivered one was not sent again.
    const after = await send(admin, sessionId, 'Sesudahnya');
    await flaky.waitFor(1, (hook) => hook.json.data.messageAdded?.id === after.id);
    expect(flaky.received.filter((hook) => hook.json.id === delivery.id && hook.answer === 200)).toHaveLength(1);
    expect(await metricValue(handle.app.httpUrl, 'livechat_webhook_deliveries_total')).toBeGreaterThanOrEqual(6);
  });

  it('records a failed attempt with its status and when it is tried next', async () => {
    const down = await receiver();
    const webhook = await created({ name: 'Mati', url: down.url, query: ALL_MESSAGES });
    down.answers.push(...Array(50).fill(500));
    const message = await send(admin, sessionId, 'Ke penerima yang mati');
    await down.waitFor(1, (hook) => hook.json.data.messageAdded?.id === message.id);
    const pending = await waitForDelivery(webhook.id, (found) => found.attempts >= 1);
    expect(pending).toMatchObject({ status: 'PENDING', lastStatusCode: 500, lastError: 'The receiver answered 500.' });
    expect(Date.parse(pending.nextAttemptAt!)).toBeGreaterThan(Date.now() - 5000);
    await graphqlRequest(handle.app.httpUrl, UPDATE, { id: webhook.id, input: { active: false } }, admin.token);
  });

  it('does not follow a redirect: a 3xx is a failure', async () => {
    const target = await receiver();
    const redirecting = await receiver();
    const webhook = await created({ name: 'Pindah', url: redirecting.url, query: ALL_MESSAGES });
    redirecting.answers.push({ redirect: target.url }, 200);
    const message = await send(admin, sessionId, 'Dialihkan?');
    await redirecting.waitFor(2, (hook) => hook.json.data.messageAdded?.id === message.id, 30_000);
    const delivery = await waitForDelivery(webhook.id, (found) => found.status === 'DELIVERED');
    expect(delivery.attempts).toBe(2);
    expect(target.received).toEqual([]);
  });

  it('redelivers a delivery on request, with the same id and body', async () => {
    const again = await receiver();
    const webhook = await created({ name: 'Ulang', url: again.url, query: ALL_MESSAGES });
    const message = await send(admin, sessionId, 'Kirim ulang saya');
    const [first] = await again.waitFor(1, (hook) => hook.json.data.messageAdded?.id === message.id);
    const delivered = await waitForDelivery(webhook.id, (found) => found.id === first.json.id && found.status === 'DELIVERED');
    const response = await graphqlRequest<{ redeliverWebhookDelivery: { id: string; status: string } }, unknown>(handle.app.httpUrl, REDELIVER, { id: delivered.id }, admin.token);
    expect(response.data?.redeliverWebhookDelivery).toMatchObject({ id: delivered.id, status: 'PENDING' });
    const both = await again.waitFor(2, (hook) => hook.json.id === delivered.id);
    expect(both[1].body).toBe(both[0].body);
    await waitForDelivery(webhook.id, (found) => found.id === delivered.id && found.status === 'DELIVERED' && found.attempts === 2);
    const agent = await createAgent(handle.app.httpUrl, admin, 'agent-redeliver@example.com', 'Agen R', 'AGENT');
    expect(errorCode(await graphqlRequest(handle.app.httpUrl, REDELIVER, { id: delivered.id }, agent.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(handle.app.httpUrl, REDELIVER, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
  });

  it('reports chatSessionUpdated with the chat as the message left it', async () => {
    const sessions = await receiver();
    await created({ name: 'Sesi', url: sessions.url, query: `subscription { chatSessionUpdated(id: "${otherSessionId}") { id status lastMessageAt } }` });
    await send(admin, otherSessionId, 'Saya ambil obrolan ini');
    const [hook] = await sessions.waitFor(1);
    expect(hook.json.event).toBe('chatSessionUpdated');
    expect(hook.json.data.chatSessionUpdated).toMatchObject({ id: otherSessionId, status: 'ACTIVE' });
  });

  it('reports a chat closed, and an agent changing its status', async () => {
    const closes = await receiver();
    const presence = await receiver();
    await created({ name: 'Tutup', url: closes.url, query: 'subscription { chatSessionUpdated { id status closedAt } }' });
    await created({ name: 'Kehadiran', url: presence.url, query: 'subscription { adminPresenceChanged { online status admin { id name } } }' });
    await graphqlRequest(handle.app.httpUrl, 'mutation Close($id: ID!) { closeChatSession(id: $id) { id } }', { id: otherSessionId }, admin.token);
    const [closed] = await closes.waitFor(1, (hook) => hook.json.data.chatSessionUpdated?.status === 'CLOSED');
    expect(closed.json.data.chatSessionUpdated).toMatchObject({ id: otherSessionId, closedAt: expect.any(String) });
    await graphqlRequest(handle.app.httpUrl, 'mutation Away { setMyStatus(status: AWAY) { id } }', {}, admin.token);
    const [away] = await presence.waitFor(1);
    expect(away.json.event).toBe('adminPresenceChanged');
    // No console is connected: the agent reads as OFFLINE whatever it chose.
    expect(away.json.data.adminPresenceChanged).toMatchObject({ online: false, status: 'OFFLINE', admin: { id: admin.id } });
  });

  it('reports the messages a transfer stores, the introduction and the note, as it reports a sent one', async () => {
    const colleague = await createAgent(handle.app.httpUrl, admin, 'rina.webhook@example.com', 'Rina Webhook');
    const transfer = 'mutation Transfer($id: ID!, $adminId: ID, $note: String) { assignChatSession(id: $id, adminId: $adminId, note: $note) { id } }';
    const moved = await graphqlRequest(handle.app.httpUrl, transfer, { id: sessionId, adminId: colleague.id, note: 'Tolong cek NIB-nya' }, admin.token);
    expect(moved.errors).toBeUndefined();
    const storedByTransfer = (hook: ReceivedWebhook) => ['Tolong cek NIB-nya', 'Anda sekarang dibantu oleh Rina Webhook'].includes(textOf(hook) ?? '');
    const hooks = await everything.waitFor(2, storedByTransfer);
    expect(hooks.map((hook) => [hook.json.data.messageAdded.sender, hook.json.data.messageAdded.text, hook.json.data.messageAdded.internal]).sort()).toEqual([
      ['ADMIN', 'Tolong cek NIB-nya', true],
      ['SYSTEM', 'Anda sekarang dibantu oleh Rina Webhook', false],
    ]);
  });

  it('reports a chat the queue assigns (taking the next chat, as AUTO routing does), not only one assigned by hand', async () => {
    const assignments = await receiver();
    await created({ name: 'Penugasan', url: assignments.url, query: 'subscription { chatSessionUpdated { id status assignedAdmin { id } } }' });
    await startSession(handle.app.httpUrl, await registerCustomer(handle.app.httpUrl, 'Dewi'), 'Antre dulu');
    const taken = await graphqlRequest<{ takeNextChatSession: { id: string } | null }, unknown>(handle.app.httpUrl, 'mutation Next { takeNextChatSession { id } }', {}, admin.token);
    const takenId = taken.data?.takeNextChatSession?.id;
    expect(takenId).toEqual(expect.any(String));
    const [hook] = await assignments.waitFor(1, (received) => received.json.data.chatSessionUpdated?.id === takenId && received.json.data.chatSessionUpdated.status === 'ACTIVE');
    expect(hook.json.data.chatSessionUpdated.assignedAdmin).toEqual({ id: admin.id });
  });

  it('leaves no outbox row behind', async () => {
    const marker = await send(admin, sessionId, 'Penanda akhir');
    await everything.waitFor(1, (hook) => hook.json.data.messageAdded?.id === marker.id);
    const deadline = Date.now() + 10_000;
    while ((await queryRows(handle.db.url, 'select id from outbox_event')).length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await queryRows(handle.db.url, 'select id from outbox_event')).toEqual([]);
  });
});
