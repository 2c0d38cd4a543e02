import { loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { SendMessage } from '../../../test/support/operations';
import { errorCode, graphqlRequest, useTestApp } from '../../../test/support/test-app';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver';

// WEBHOOK_ALLOW_PRIVATE_NETWORKS is off, as in production.
const handle = useTestApp({ WEBHOOK_TIMEOUT_MS: '1000', WEBHOOK_RETRY_DELAY_SECONDS: '60' });

const CREATE = `mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { id } }`;
const DELIVERIES = `query Webhooks { webhooks { id deliveries { edges { node { status attempts lastStatusCode lastError } } } } }`;
const QUERY = 'subscription { messageAdded { id text } }';

let admin: Actor;
let receiver: WebhookReceiver;
beforeAll(async () => {
  admin = await loginAdmin(handle.app.httpUrl);
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

const create = (url: string) => graphqlRequest<{ createWebhook: { id: string } }, unknown>(handle.app.httpUrl, CREATE, { input: { name: 'Internal', url, query: QUERY } }, admin.token);

it.each([
  ['loopback', 'http://127.0.0.1:9/hooks'],
  ['loopback IPv6', 'http://[::1]:9/hooks'],
  ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/hooks'],
  ['private', 'https://10.1.2.3/hooks'],
  ['private', 'https://192.168.1.10/hooks'],
  ['private', 'https://172.20.0.5/hooks'],
  ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data'],
  ['CGNAT', 'http://100.64.0.1/hooks'],
  ['unique-local IPv6', 'http://[fd12:3456::1]/hooks'],
  ['unspecified', 'http://0.0.0.0/hooks'],
])('refuses a %s address at create (%s) and stores nothing', async (_kind, url) => {
  expect(errorCode(await create(url))).toBe('BAD_USER_INPUT');
  expect(await queryRows(handle.db.url, 'select id from webhook')).toEqual([]);
});

it('refuses a name that resolves to loopback when it delivers, and never reaches the receiver', async () => {
  const url = receiver.url.replace('127.0.0.1', 'localhost');
  const created = await create(url);
  expect(created.data?.createWebhook.id).toBeDefined();
  const customer = await registerCustomer(handle.app.httpUrl, 'Rina');
  const sessionId = await startSession(handle.app.httpUrl, customer);
  await graphqlRequest(handle.app.httpUrl, SendMessage, { input: { sessionId, text: 'Halo' } }, customer.token);
  // The attempt being recorded is the proof that delivery ran.
  const deadline = Date.now() + 20_000;
  let delivery: { status: string; attempts: number; lastStatusCode: number | null; lastError: string | null } | undefined;
  while (!delivery?.attempts && Date.now() < deadline) {
    const response = await graphqlRequest<{ webhooks: { deliveries: { edges: { node: NonNullable<typeof delivery> }[] } }[] }, unknown>(handle.app.httpUrl, DELIVERIES, {}, admin.token);
    delivery = response.data?.webhooks[0]?.deliveries.edges[0]?.node;
    if (!delivery?.attempts) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
  expect(delivery!.lastError).toMatch(/loopback or private network/);
  expect(receiver.received).toEqual([]);
});
