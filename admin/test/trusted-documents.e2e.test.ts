import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { collectPageErrors, launchBrowser } from '../../testing/browser';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../../api/test/support/test-app';
import { serveConsole, type ConsoleServer } from './support/console-server';
import { signIn } from './support/harness';

// The console against an API with TRUSTED_DOCUMENTS=all, where agents too may run only registered
// documents: Apollo Client sends each operation's text with __typename fields added, which the API
// recognises as the registered document. A visitor chats by the widget's hashes.

let db: TestDatabase;
let api: TestApp;
let server: ConsoleServer;
let browser: Browser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestApp(db.url, { TRUSTED_DOCUMENTS: 'all', UPLOAD_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'admin-e2e-')) });
  server = await serveConsole({ apiUrl: api.httpUrl, wsUrl: api.wsUrl });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await api?.close();
  await db?.drop();
});

const widgetManifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../widget/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
async function asWidget(name: string, variables: unknown, token?: string): Promise<any> {
  const [hash] = Object.entries(widgetManifest).find(([, text]) => new RegExp(`(mutation|query) ${name}\\b`).test(text)) ?? [];
  const response = await fetch(api.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash!.replace('sha256:', '') } } }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

it('signs in, lists a waiting chat and replies, with no operation refused', async () => {
  const registered = await asWidget('RegisterCustomer', { input: { name: 'Wulan Terdaftar' } });
  const token = registered.registerCustomer.token as string;
  const started = await asWidget('StartChatSession', { input: { message: 'Halo, saya mau tanya izin' }, last: 20 }, token);
  const sessionId = started.startChatSession.id as string;

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const refused: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(api.httpUrl)) return;
    const text = await response.text().catch(() => '');
    if (text.includes('PERSISTED_QUERY_NOT_ALLOWED')) refused.push(response.request().postData() ?? '');
  });
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => String(payload).includes('PERSISTED_QUERY_NOT_ALLOWED') && refused.push(String(payload))));
  await page.goto(server.url);
  await signIn(page);

  await page.locator(`.session-row a[data-session-id="${sessionId}"]`).click();
  await page.getByRole('log', { name: 'Riwayat pesan' }).getByText('Halo, saya mau tanya izin').waitFor();
  const composer = page.getByLabel('Tulis balasan');
  await composer.fill('Selamat siang, Bu Wulan.');
  await composer.press('Enter');
  await page.getByRole('log', { name: 'Riwayat pesan' }).locator('[data-delivery="sent"]').getByText('Selamat siang, Bu Wulan.').waitFor();

  const recent = await asWidget('GetRecentMessages', { id: sessionId, last: 20 }, token);
  expect(JSON.stringify(recent)).toContain('Selamat siang, Bu Wulan.');
  expect(refused).toEqual([]);
  // The same agent's own free-form document is refused here: the console got through as registered documents.
  const agentToken = await page.evaluate(() => JSON.parse(localStorage.getItem('livechat-oss-admin.session') ?? '{}').token as string);
  const freeForm = await fetch(api.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${agentToken}` },
    body: JSON.stringify({ query: 'query Mine { me { id } }' }),
  });
  expect(((await freeForm.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  expect(errors).toEqual([]);
  await context.close();
});
