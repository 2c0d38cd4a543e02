import { createHmac } from 'node:crypto';
import { loginAdmin, registerCustomer, startSession } from '../../api/test/support/actors';
import { metricValue, useTestApp } from '../../api/test/support/test-app';
import { startCrmSync } from '../examples/crm-sync';
import { startOpeningHoursBot } from '../examples/opening-hours-bot';
import {
  ChatSessionDocument,
  CreateApiKeyDocument,
  CreateWebhookDocument,
  createLivechatClient,
  SendMessageDocument,
  UpdateWebhookDocument,
  type LivechatClient,
} from '../src';

/** The README's two examples, run as an integrator would run them, against a real API. */
const handle = useTestApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });

async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let staff: LivechatClient;
beforeAll(async () => {
  const admin = await loginAdmin(handle.app.httpUrl);
  // An agent's token works in the SDK's client as a key does.
  staff = createLivechatClient({ url: handle.app.httpUrl, apiKey: admin.token });
});
afterAll(() => staff.close());

const messagesOf = async (sessionId: string) => (await staff.request(ChatSessionDocument, { id: sessionId })).chatSession?.messages.edges.map((edge) => edge.node) ?? [];

it('the opening-hours bot answers a visitor who asks "jam buka", as BOT under its key\'s name, and only that question', async () => {
  const { createApiKey } = await staff.request(CreateApiKeyDocument, { input: { name: 'Bot Jam Buka', scopes: ['READ_CHATS', 'WRITE_MESSAGES'] } });
  const listening = await metricValue(handle.app.httpUrl, 'livechat_subscriptions_active');
  const bot = startOpeningHoursBot({ url: handle.app.httpUrl, apiKey: createApiKey.secret });
  try {
    await eventually(async () => ((await metricValue(handle.app.httpUrl, 'livechat_subscriptions_active')) > listening ? true : undefined));
    const visitor = await registerCustomer(handle.app.httpUrl, 'Sari Dewi');
    const sessionId = await startSession(handle.app.httpUrl, visitor, 'Selamat pagi, saya mau tanya soal NIB.');
    const visitorClient = createLivechatClient({ url: handle.app.httpUrl, apiKey: visitor.token });
    await visitorClient.request(SendMessageDocument, { input: { sessionId, text: 'Jam buka layanan OSS kapan ya?' } });

    const reply = await eventually(async () => (await messagesOf(sessionId)).find((message) => message.sender === 'BOT'));
    expect(reply.senderName).toBe('Bot Jam Buka');
    expect(reply.text).toMatch(/^Meja bantuan sedang (buka|tutup)/);
    // One answer, to the question: the greeting before it got none (the answer above proves the bot heard the chat).
    const bots = (await messagesOf(sessionId)).filter((message) => message.sender === 'BOT');
    expect(bots).toHaveLength(1);
  } finally {
    await bot.stop();
  }
});

it('the CRM sync receives each message by webhook, verifies its signature, and keeps one record per chat', async () => {
  const { createWebhook: draft } = await staff.request(CreateWebhookDocument, {
    input: { name: 'CRM', url: 'http://127.0.0.1:1/placeholder', query: 'subscription { messageAdded { id sessionId sender senderName text createdAt } }' },
  });
  const crm = await startCrmSync({ secret: draft.secret ?? '' });
  const forged = await startCrmSync({ secret: 'not-the-webhook-secret' });
  try {
    await staff.request(CreateWebhookDocument, { input: { name: 'CRM (forged secret)', url: forged.url, query: 'subscription { messageAdded { id sessionId text } }' } });
    // The real receiver is the first webhook, pointed at the server that now knows its secret.
    await staff.request(UpdateWebhookDocument, { id: draft.id, input: { url: crm.url } });

    const visitor = await registerCustomer(handle.app.httpUrl, 'Andi Wijaya');
    const sessionId = await startSession(handle.app.httpUrl, visitor, 'Bagaimana cara mengurus izin usaha?');
    const visitorClient = createLivechatClient({ url: handle.app.httpUrl, apiKey: visitor.token });
    await visitorClient.request(SendMessageDocument, { input: { sessionId, text: 'Terima kasih.' } });

    const record = await eventually(async () => {
      const found = crm.records.get(sessionId);
      return found && found.messageCount === 2 ? found : undefined;
    });
    expect(record.lastMessage).toBe('Terima kasih.');
    // The receiver that holds the wrong secret got the same deliveries and refused each one.
    await eventually(async () => (forged.rejected >= 2 ? true : undefined));
    expect(forged.records.size).toBe(0);
  } finally {
    await crm.close();
    await forged.close();
  }
});

it('the CRM sync keeps the newest message as the last one when deliveries arrive out of order, and applies a repeated delivery once', async () => {
  const secret = 'whsec_out_of_order';
  const crm = await startCrmSync({ secret });
  const deliver = async (id: string, text: string, createdAt: string) => {
    const body = JSON.stringify({ id, event: 'messageAdded', createdAt: new Date().toISOString(), data: { messageAdded: { id: `m-${id}`, sessionId: 's1', sender: 'CUSTOMER', senderName: 'Andi', text, createdAt } } });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('hex');
    const response = await fetch(crm.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'livechat-webhook-id': id, 'livechat-webhook-timestamp': timestamp, 'livechat-webhook-signature': `v1=${signature}` },
      body,
    });
    expect(response.status).toBe(204);
  };
  try {
    await deliver('e2', 'Terima kasih.', '2026-12-01T10:00:05.000Z');
    await deliver('e1', 'Bagaimana cara mengurus izin usaha?', '2026-12-01T10:00:00.000Z');
    await deliver('e1', 'Bagaimana cara mengurus izin usaha?', '2026-12-01T10:00:00.000Z');
    expect(crm.records.get('s1')).toEqual({ sessionId: 's1', messageCount: 2, lastMessage: 'Terima kasih.', lastMessageAt: '2026-12-01T10:00:05.000Z' });
  } finally {
    await crm.close();
  }
});
