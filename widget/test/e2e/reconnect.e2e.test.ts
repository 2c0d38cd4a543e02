import net from 'node:net';
import {
  settle,
  startTestApp,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type TestApp,
} from '../../../api/test/support/test-app';
import { Agent } from '../support/agent';
import { bubbles, composer, openVisitor, startChatting, startHarness, type Harness } from '../support/harness';
import { poll } from '../support/poll';

// Two API instances on one database and one Redis, as in production: the widget talks to A, the
// agent to B. A restarts while the visitor's panel is open; what was said meanwhile must appear
// in the widget exactly once after it reconnects.

let h: Harness;
let b: TestApp;
let agent: Agent;
const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() };
let port: number;

beforeAll(async () => {
  port = await freePort();
  h = await startHarness({ ...shared, PORT: String(port) });
  b = await startTestApp(h.db.url, { ...shared, MESSAGE_RATE_LIMIT: '0' });
  agent = await Agent.login(b.httpUrl, b.wsUrl);
});
afterAll(async () => {
  await agent?.dispose();
  await b?.close();
  await h?.close();
});

it('reconnects after an API restart and shows the messages sent meanwhile once', async () => {
  const { page, errors, context } = await openVisitor(h);
  const sessions = agent.watchSessions();
  await settle(200);
  await startChatting(page, { name: 'Yusuf Maulana' });
  const sessionId = (await sessions.waitFor(1))[0]!.chatSessionUpdated.id;
  await agent.send(sessionId, 'Sebelum restart');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Sebelum restart']);

  await h.api.close();
  const bar = page.getByRole('status').filter({ hasText: 'Menyambungkan kembali…' });
  await bar.waitFor();
  await agent.send(sessionId, 'Selama terputus 1');
  await agent.send(sessionId, 'Selama terputus 2');
  // The visitor writes too; the send fails for now and goes again by itself once A is back.
  await composer(page).fill('Ditulis saat terputus');
  await composer(page).press('Enter');
  await poll(() => page.locator('[data-status]').last().textContent()).toBe('Gagal terkirim');

  h.api = await startTestApp(h.db.url, { ...shared, PORT: String(port), MESSAGE_RATE_LIMIT: '0' });
  await bar.waitFor({ state: 'detached', timeout: 30_000 });
  await poll(() => bubbles(page, 'admin').allTextContents(), 20_000).toEqual([
    'Sebelum restart',
    'Selama terputus 1',
    'Selama terputus 2',
  ]);
  await poll(() => page.locator('[data-status]').last().textContent(), 20_000).toBe('Terkirim');

  // Live again: a new reply arrives through the re-established subscription, once.
  await agent.send(sessionId, 'Setelah restart');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual([
    'Sebelum restart',
    'Selama terputus 1',
    'Selama terputus 2',
    'Setelah restart',
  ]);
  await settle(1_500); // the widget looks twice after a reconnect; nothing may double meanwhile
  expect(await bubbles(page, 'admin').count()).toBe(4);
  expect(await bubbles(page, 'customer').allTextContents()).toEqual(['Ditulis saat terputus']);
  const stored = await agent.messages(sessionId);
  expect(stored.filter((message) => message.text === 'Ditulis saat terputus')).toHaveLength(1);
  // Only the browser's own reports of the refused connections, nothing from the widget.
  expect(errors.filter((error) => !/ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/.test(error))).toEqual([]);
  await context.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: chosen } = server.address() as net.AddressInfo;
      server.close(() => resolve(chosen));
    });
  });
}
