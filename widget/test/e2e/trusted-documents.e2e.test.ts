import { loginWithConsoleDocument } from '../../../api/test/support/console-login';
import { connectSocket, graphqlRequest, subscribe, type SocketClient } from '../../../api/test/support/test-app';
import { bubbles, composer, openVisitor, startChatting, startHarness, type Harness } from '../support/harness';
import { operationOf } from '../support/operations';
import { poll } from '../support/poll';

// The widget against an API that runs only registered documents for visitors (TRUSTED_DOCUMENTS=
// customers, production's default): it chats, uploads and hears replies by hash alone, and no
// request or socket frame it sends carries document text.

let h: Harness;
let agentToken: string;
let agentSocket: SocketClient;

beforeAll(async () => {
  h = await startHarness({ TRUSTED_DOCUMENTS: 'customers' });
  // Anonymous callers are held too: the seeded admin signs in with the console's registered Login.
  agentToken = await loginWithConsoleDocument(h.api.httpUrl);
  agentSocket = connectSocket(h.api.wsUrl, agentToken);
  await agentSocket.connected;
});

afterAll(async () => {
  await agentSocket?.dispose();
  await h?.close();
});

it('chats, uploads and hears the agent by hash only: no request carries a query text', async () => {
  const { page, context, errors } = await openVisitor(h);
  const bodies: string[] = [];
  const frames: string[] = [];
  // A route sees a multipart body with its file, which a 'request' listener is not given.
  await page.route(h.api.httpUrl, (route) => {
    if (route.request().method() === 'POST') bodies.push(route.request().postDataBuffer()?.toString() ?? '');
    return route.continue();
  });
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => frames.push(String(payload))));

  const sessions = subscribe<{ chatSessionUpdated: { id: string; customer: { name: string } } }, unknown>(
    agentSocket,
    'subscription Inbox { chatSessionUpdated { id customer { name } } }',
    {},
  );
  await startChatting(page, { name: 'Rina Hash' });
  await composer(page).fill('Halo, saya mau tanya izin usaha');
  await composer(page).press('Enter');
  await poll(() => sessions.events.some((event) => event.chatSessionUpdated.customer.name === 'Rina Hash')).toBe(true);
  const sessionId = sessions.events.find((event) => event.chatSessionUpdated.customer.name === 'Rina Hash')!.chatSessionUpdated.id;
  sessions.stop();

  await page.locator('input[type=file]').setInputFiles({ name: 'surat.txt', mimeType: 'text/plain', buffer: Buffer.from('surat izin') });
  await page.locator('.msg.customer .file').first().waitFor();

  const reply = await graphqlRequest(h.api.httpUrl, 'mutation Reply($input: SendMessageInput!) { sendMessage(input: $input) { id } }', { input: { sessionId, text: 'Baik, kami bantu.' } }, agentToken);
  expect(reply.errors).toBeUndefined();
  await poll(() => bubbles(page, 'admin').last().textContent()).toMatch(/Baik, kami bantu\./);

  const operations = bodies.map(operationOf);
  expect(operations).toEqual(expect.arrayContaining(['GetWidgetConfig', 'RegisterCustomer', 'StartChatSession', 'SendFileMessage']));
  for (const body of bodies) {
    expect(operationOf(body)).toBeDefined();
    expect(body).not.toMatch(/"query"|\b(query|mutation|subscription) [A-Z]\w+/);
  }
  const subscribes = frames.map((frame) => JSON.parse(frame) as { type: string; payload?: { query?: string } }).filter((frame) => frame.type === 'subscribe');
  expect(subscribes.map((frame) => operationOf(JSON.stringify(frame)))).toEqual(expect.arrayContaining(['OnMessageAdded', 'OnChatSessionUpdated']));
  for (const frame of subscribes) expect(frame.payload?.query).toBe('');
  expect(errors).toEqual([]);
  await context.close();
});
