import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from '../../testing/browser';
import { freePort, type ApiProcess } from '../../api/test/support/api-process';
import { graphqlRequest } from '../../api/test/support/test-app';
import { embeddingPage, startPageServer, type PageServer } from '../../widget/test/support/page-server';
import { composer, startChatting } from '../../widget/test/support/harness';
import { startNginx, type RunningNginx } from './support/nginx';
import {
  assembleWebRoot,
  createTestDatabase,
  FIRST_ADMIN_PASSWORD,
  instanceEnv,
  loginFirstAdmin,
  startInstances,
  stopInstances,
  tempDir,
  uniquePrefix,
  type TestDatabase,
} from './support/stack';
import { DEFAULT_ADMIN } from '../../api/src/db/seed';

// The queue issue's "done when", as a newcomer does it on the production shape (nginx in front of
// two API instances): in the console the admin creates a team and two agents with limits and
// switches to AUTO; the agents sign in; five visitors write from the widget on a host site. The
// chats go to the agents oldest first within their limits, and the visitors left waiting see
// their places move when a slot frees.

const AGENTS = [
  { name: 'Sari Wulandari', email: 'sari@oss.example', password: 'sari-sandi-rahasia-1', limit: 2 },
  { name: 'Joko Prasetyo', email: 'joko@oss.example', password: 'joko-sandi-rahasia-1', limit: 1 },
];
const VISITORS = ['Pengunjung Satu', 'Pengunjung Dua', 'Pengunjung Tiga', 'Pengunjung Empat', 'Pengunjung Lima'];

let db: TestDatabase;
let instances: ApiProcess[] = [];
let nginx: RunningNginx;
let site: PageServer;
let browser: Browser;
let webRoot: string;
let adminToken: string;
let uploadDir: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[][] = [];

beforeAll(async () => {
  webRoot = assembleWebRoot();
  uploadDir = tempDir('livechat-uploads-');
  site = await startPageServer();
  db = await createTestDatabase();
  const [nginxPort, ...apiPorts] = await Promise.all([freePort(), freePort(), freePort()]);
  const deskOrigin = `http://127.0.0.1:${nginxPort}`;
  const env = {
    ...instanceEnv({ databaseUrl: db.url, redisPrefix: uniquePrefix(), uploadDir, publicUrl: deskOrigin }),
    // As the README says: the site that embeds the widget; the console is on the desk's origin.
    CORS_ORIGIN: site.origin,
  };
  instances = await startInstances(env, apiPorts);
  nginx = await startNginx({ apiPorts, port: nginxPort, webRoot });
  browser = await launchBrowser();
  adminToken = (await loginFirstAdmin(`${nginx.baseUrl}/graphql`)).token;
  // The desk answers around the clock here, whatever the hour the test runs at: outside business
  // hours the widget offers the offline form instead (which has tests of its own).
  const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const opened = await graphqlRequest(
    `${nginx.baseUrl}/graphql`,
    'mutation OpenAllHours($input: UpdateSettingsInput!) { updateSettings(input: $input) { routingMode } }',
    { input: { businessHours: { timezone: 'Asia/Jakarta', days, holidays: [] } } },
    adminToken,
  );
  expect(opened.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(contexts.map((context) => context.close()));
  await browser?.close();
  await nginx?.stop();
  await stopInstances(instances);
  await site?.close();
  await db?.drop();
  for (const dir of [uploadDir, webRoot]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.push(collectPageErrors(page));
  return page;
}

async function signInToConsole(email: string, password: string): Promise<Page> {
  const page = await newPage();
  await page.goto(nginx.baseUrl);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Kotak masuk' }).waitFor();
  return page;
}

interface OpenChat {
  id: string;
  status: string;
  queuePosition: number | null;
  customer: { name: string };
  assignedAdmin: { email: string } | null;
}

async function openChats(): Promise<OpenChat[]> {
  const response = await graphqlRequest<{ chatSessions: { edges: { node: OpenChat }[] } }, unknown>(
    `${nginx.baseUrl}/graphql`,
    `query OpenChats { chatSessions(filter: { open: true }, first: 50) {
      edges { node { id status queuePosition customer { name } assignedAdmin { email } } } } }`,
    {},
    adminToken,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.chatSessions.edges.map((edge) => edge.node);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The widget's line "Anda di antrean ke-N · perkiraan …", empty when the chat is not waiting. */
const queueStatus = (page: Page) => page.locator('.queue');

const chatOf = (chats: OpenChat[], visitor: string) => chats.find((chat) => chat.customer.name === visitor);

it('assigns five chats from the widget oldest first within the agents\' limits, and the waiting visitors see their places move', async () => {
  const adminConsole = await signInToConsole(DEFAULT_ADMIN.email, FIRST_ADMIN_PASSWORD);
  // The admin belongs to no team, so it would take chats of every queue: it watches, AWAY.
  await adminConsole.getByLabel('Ketersediaan').selectOption('AWAY');

  // A team shown in the widget as a topic.
  await adminConsole.getByRole('link', { name: 'Tim' }).click();
  const teamForm = adminConsole.getByRole('region', { name: 'Tambah tim' });
  await teamForm.getByLabel('Nama tim').fill('NIB');
  await teamForm.getByLabel('Tampilkan sebagai topik di widget').check();
  await teamForm.getByRole('button', { name: 'Buat tim' }).click();
  await teamForm.getByText('Tim NIB dibuat.').waitFor();

  // Two agents, each with a limit, in that team.
  await adminConsole.getByRole('link', { name: 'Agen' }).click();
  for (const agent of AGENTS) {
    const form = adminConsole.getByRole('region', { name: 'Tambah agen' });
    await form.getByLabel('Nama').fill(agent.name);
    await form.getByLabel('Email').fill(agent.email);
    await form.getByLabel('Kata sandi').fill(agent.password);
    await form.getByRole('button', { name: 'Buat agen' }).click();
    await form.getByText(`Agen ${agent.name} dibuat.`).waitFor();
    const row = adminConsole.locator(`tr[data-agent-email="${agent.email}"]`);
    await row.getByRole('button', { name: `Ubah ${agent.name}` }).click();
    const editor = adminConsole.getByRole('dialog', { name: `Ubah agen ${agent.name}` });
    await editor.getByLabel('Batas chat bersamaan').fill(String(agent.limit));
    await editor.getByLabel('NIB').check();
    await editor.getByRole('button', { name: 'Simpan' }).click();
    await editor.waitFor({ state: 'hidden' });
  }

  await adminConsole.getByRole('link', { name: 'Pengaturan' }).click();
  await adminConsole.getByLabel('Otomatis').check();
  await adminConsole.getByRole('button', { name: 'Simpan' }).click();
  await adminConsole.getByText('Pengaturan disimpan.').waitFor();

  // The agents open their consoles: ONLINE (the default) with a console connected.
  const agentConsoles = new Map<string, Page>();
  for (const agent of AGENTS) agentConsoles.set(agent.email, await signInToConsole(agent.email, agent.password));
  await adminConsole.getByRole('link', { name: 'Agen' }).click();
  const agentState = (email: string) => adminConsole.locator(`tr[data-agent-email="${email}"] .agent-state`);
  await agentState(DEFAULT_ADMIN.email).filter({ hasText: 'Tidak di tempat' }).waitFor();
  for (const agent of AGENTS) await agentState(agent.email).filter({ hasText: 'Daring' }).waitFor();

  // Five visitors write, one after another, each choosing the topic.
  const visitors = new Map<string, Page>();
  for (const [index, name] of VISITORS.entries()) {
    const page = await newPage({ width: 420, height: 760 });
    await page.goto(site.setPage(`/visitor-${index}.html`, embeddingPage({ config: { apiUrl: nginx.baseUrl, websocketUrl: nginx.baseUrl } })));
    await startChatting(page, { name, topic: 'NIB' });
    await composer(page).fill(`Halo, saya ${name}, mau tanya NIB.`);
    await composer(page).press('Enter');
    await until(openChats, (chats) => chats.length === index + 1, `the chat of ${name}`);
    visitors.set(name, page);
  }

  // The three oldest are assigned, within the limits; the two newest wait, in order.
  const chats = await until(openChats, (all) => all.filter((chat) => chat.status === 'ACTIVE').length === 3, 'three assignments');
  const load = (email: string) => chats.filter((chat) => chat.assignedAdmin?.email === email).length;
  expect(AGENTS.map((agent) => load(agent.email))).toEqual(AGENTS.map((agent) => agent.limit));
  expect(VISITORS.slice(0, 3).map((name) => chatOf(chats, name)?.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  expect(VISITORS.slice(3).map((name) => chatOf(chats, name)?.queuePosition)).toEqual([1, 2]);

  // What the visitors see.
  for (const name of VISITORS.slice(0, 3)) await until(() => queueStatus(visitors.get(name)!).textContent(), (text) => text === '', `${name} not queued`);
  await until(() => queueStatus(visitors.get(VISITORS[3]!)!).textContent(), (text) => /^Anda di antrean ke-1( · |$)/.test(text ?? ''), 'place 1');
  await until(() => queueStatus(visitors.get(VISITORS[4]!)!).textContent(), (text) => /^Anda di antrean ke-2( · |$)/.test(text ?? ''), 'place 2');

  // Joko closes his chat in his console: his slot goes to the oldest waiting chat, and the last
  // visitor moves up.
  const joko = AGENTS[1]!;
  const jokosChat = chats.find((chat) => chat.assignedAdmin?.email === joko.email)!;
  const jokosConsole = agentConsoles.get(joko.email)!;
  await jokosConsole.getByRole('link', { name: 'Milik saya' }).click();
  await jokosConsole.locator(`a[data-session-id="${jokosChat.id}"]`).click();
  await jokosConsole.getByRole('button', { name: 'Tutup' }).click();
  await jokosConsole.getByRole('dialog', { name: 'Tutup percakapan?' }).getByRole('button', { name: 'Ya, tutup' }).click();

  const after = await until(openChats, (all) => chatOf(all, VISITORS[3]!)?.status === 'ACTIVE', 'the fourth chat assigned');
  expect(chatOf(after, VISITORS[3]!)?.assignedAdmin?.email).toBe(joko.email);
  expect(chatOf(after, VISITORS[4]!)?.queuePosition).toBe(1);
  await until(() => queueStatus(visitors.get(VISITORS[3]!)!).textContent(), (text) => text === '', 'the fourth visitor served');
  await until(() => queueStatus(visitors.get(VISITORS[4]!)!).textContent(), (text) => /^Anda di antrean ke-1( · |$)/.test(text ?? ''), 'the fifth visitor at place 1');
  expect(pageErrors.flat()).toEqual([]);
}, 180_000);
