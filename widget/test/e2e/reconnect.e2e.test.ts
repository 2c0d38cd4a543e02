import net from 'node:net';
import type { Page } from 'playwright-core';
import {
  settle,
  startTestApp,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type TestApp,
} from '../../../api/test/support/test-app';
import { Agent } from '../support/agent';
import { bubbles, composer, openVisitor, startChatting, startHarness, type Harness } from '../support/harness';
import { chatFromApi, queueStatus } from '../support/actors';
import { poll } from '../support/poll';
import { screenshot } from '../support/screenshot';
import { operationOf } from '../support/operations';

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
  await composer(page).fill('Halo');
  await composer(page).press('Enter');
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

  await restartApi();
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
  expect(await bubbles(page, 'customer').allTextContents()).toEqual(['Halo', 'Ditulis saat terputus']);
  const stored = await agent.messages(sessionId);
  expect(stored.filter((message) => message.text === 'Ditulis saat terputus')).toHaveLength(1);
  // Only the browser's own reports of the refused connections, nothing from the widget.
  expect(errors.filter((error) => !/ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/.test(error))).toEqual([]);
  await context.close();
});

it('shows the reconnect bar to a returning visitor who opens the panel while the API is unreachable, and recovers', async () => {
  const { page, context } = await openVisitor(h);
  await chatUntilSent(page, 'Riska Amelia', 'Halo dari Riska');
  const sessionId = await sessionOf(page);
  await agent.send(sessionId, 'Balasan sebelum putus');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Balasan sebelum putus']);
  // Closed before leaving: the returning visitor opens it again.
  await page.getByRole('button', { name: 'Tutup obrolan' }).first().click();
  const url = page.url();
  await page.close();

  await h.api.close();
  const returning = await context.newPage();
  await returning.goto(url);
  await returning.getByRole('button', { name: 'Buka obrolan' }).click();
  const bar = returning.getByRole('status').filter({ hasText: 'Menyambungkan kembali…' });
  await bar.waitFor();
  expect(await bubbles(returning, 'admin').count()).toBe(0);
  await screenshot(returning, 'returning-while-api-down');

  await restartApi();
  await bar.waitFor({ state: 'detached', timeout: 30_000 });
  await poll(() => bubbles(returning, 'admin').allTextContents(), 20_000).toEqual(['Balasan sebelum putus']);
  expect(await bubbles(returning, 'customer').allTextContents()).toEqual(['Halo dari Riska']);
  await context.close();
});

it('does not fetch again after a reconnect what already arrived live: lastCursor follows live messages', async () => {
  const { page, context } = await openVisitor(h);
  const catchUps: { after: string; ids: string[]; at: number }[] = [];
  page.on('response', async (response) => {
    const body = response.request().postData() ?? '';
    if (operationOf(body) !== 'GetMessagesAfter') return;
    const data = (await response.json().catch(() => null)) as { data?: { chatSession?: { messages: { edges: { node: { id: string } }[] } } } } | null;
    const ids = data?.data?.chatSession?.messages.edges.map((edge) => edge.node.id) ?? [];
    catchUps.push({ after: JSON.parse(body).variables.after, ids, at: Date.now() });
  });
  await chatUntilSent(page, 'Galih Pratama', 'Halo dari Galih');
  const sessionId = await sessionOf(page);
  // The widget looks again a moment after subscribing; from then on live messages move its cursor.
  await poll(() => catchUps.length >= 2, 20_000).toBe(true);
  const live = [await agent.send(sessionId, 'Langsung 1'), await agent.send(sessionId, 'Langsung 2')];
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Langsung 1', 'Langsung 2']);

  const restartedAt = Date.now();
  await h.api.close();
  const bar = page.getByRole('status').filter({ hasText: 'Menyambungkan kembali…' });
  await bar.waitFor();
  await restartApi();
  await bar.waitFor({ state: 'detached', timeout: 30_000 });
  await poll(() => catchUps.filter((catchUp) => catchUp.at > restartedAt).length >= 2, 20_000).toBe(true);
  const afterRestart = catchUps.filter((catchUp) => catchUp.at > restartedAt);
  expect(afterRestart[0]!.after).toBe(live[1]!.id);
  expect(afterRestart.flatMap((catchUp) => catchUp.ids)).toEqual([]);
  expect(await bubbles(page, 'admin').allTextContents()).toEqual(['Langsung 1', 'Langsung 2']);
  await context.close();
});

it('shows the place the queue moved to while the socket was down, once it is back', async () => {
  const { page, context } = await openVisitor(h);
  const ahead = await chatFromApi(h, 'Lebih Dulu', null);
  await chatUntilSent(page, 'Nanda Putri', 'Halo dari Nanda');
  // The chats before (answered within seconds) give an estimate too; the place is the point here.
  await poll(() => queueStatus(page).textContent()).toMatch(/^Anda di antrean ke-2( · |$)/);

  await h.api.close();
  const bar = page.getByRole('status').filter({ hasText: 'Menyambungkan kembali…' });
  await bar.waitFor();
  // B publishes the move; A, the widget's instance, is not there to pass it on.
  await agent.assign(ahead);
  expect(await queueStatus(page).textContent()).toMatch(/^Anda di antrean ke-2( · |$)/);

  await restartApi();
  await bar.waitFor({ state: 'detached', timeout: 30_000 });
  await poll(() => queueStatus(page).textContent(), 20_000).toMatch(/^Anda di antrean ke-1( · |$)/);
  await context.close();
});

async function restartApi() {
  h.api = await startTestApp(h.db.url, { ...shared, PORT: String(port), MESSAGE_RATE_LIMIT: '0' });
}

async function chatUntilSent(page: Page, name: string, text: string) {
  await startChatting(page, { name });
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await poll(() => page.locator('[data-status]').last().textContent()).toBe('Terkirim');
}

/** The visitor's session, as the widget keeps it for a reload. */
async function sessionOf(page: Page): Promise<string> {
  const saved = await page.evaluate(() => Object.values(localStorage).map((value) => JSON.parse(value) as { sessionId?: string }));
  return saved.find((visitor) => visitor.sessionId)!.sessionId!;
}

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
