import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from '../../../testing/browser';
import {
  createTestDatabase,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from '../../../api/test/support/test-app';
import { queryRows } from '../../../api/test/support/database';
import { Agent } from './agent';
import { embeddingPage, startPageServer, type PageServer } from './page-server';

export interface Harness {
  db: TestDatabase;
  api: TestApp;
  pages: PageServer;
  browser: Browser;
  /** The contract's snippet config pointing at this API. */
  config(extra?: Record<string, unknown>): Record<string, unknown>;
  agent(): Promise<Agent>;
  close(): Promise<void>;
}

/** One real API (own database), one host-site origin and one Chromium per test file. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase();
  const api = await startTestApp(db.url, { MESSAGE_RATE_LIMIT: '0', ...env });
  await openAllHours(db.url);
  const pages = await startPageServer();
  const browser = await launchBrowser();
  const agents: Agent[] = [];
  const apiOrigin = new URL(api.httpUrl).origin;
  const harness: Harness = {
    db,
    api,
    pages,
    browser,
    config: (extra = {}) => ({
      apiUrl: apiOrigin,
      websocketUrl: apiOrigin,
      widgetTitle: 'Bantuan OSS Perizinan',
      primaryColor: '#3B82F6',
      position: 'bottom-right',
      allowFileUpload: true,
      maxFileSize: 10,
      allowedFileTypes: ['image/*', '.pdf', '.doc', '.docx', '.txt'],
      ...extra,
    }),
    async agent() {
      const agent = await Agent.login(harness.api.httpUrl, harness.api.wsUrl);
      agents.push(agent);
      return agent;
    },
    async close() {
      await Promise.allSettled(agents.map((agent) => agent.dispose()));
      await browser?.close();
      await pages?.close();
      await harness.api?.close().catch(() => {});
      await db?.drop();
    },
  };
  return harness;
}

/**
 * Outside business hours the widget offers the offline form instead of the chat: the desk is open
 * around the clock in the tests, whatever the hour CI runs at (offline.e2e.test.ts sets its own hours).
 */
async function openAllHours(databaseUrl: string): Promise<void> {
  const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  await queryRows(databaseUrl, 'update settings set business_hours = $1', [JSON.stringify({ timezone: 'Asia/Jakarta', days, holidays: [] })]);
}

export interface VisitorTab {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh visitor (own localStorage) on a page that embeds the widget with `config`. */
export async function openVisitor(
  harness: Harness,
  options: { path?: string; config?: Record<string, unknown>; html?: string; viewport?: { width: number; height: number } } = {},
): Promise<VisitorTab> {
  const path = options.path ?? `/page-${Math.random().toString(36).slice(2)}.html`;
  const url = harness.pages.setPage(path, options.html ?? embeddingPage({ config: options.config ?? harness.config() }));
  const context = await harness.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { context, page, errors };
}

export interface Suite {
  h: Harness;
  /** The seeded ADMIN, signed in. */
  admin: Agent;
  /** A fresh visitor tab, closed after the test. */
  visitor(options?: Parameters<typeof openVisitor>[1]): Promise<VisitorTab>;
}

/** For a test file: one harness with the seeded admin signed in; each test's visitor tabs closed after it. */
export function useHarness(env: Record<string, string> = {}): Suite {
  const tabs: VisitorTab[] = [];
  const suite = {
    async visitor(options = {}) {
      const tab = await openVisitor(suite.h, options);
      tabs.push(tab);
      return tab;
    },
  } as Suite;
  beforeAll(async () => {
    suite.h = await startHarness(env);
    suite.admin = await suite.h.agent();
  });
  afterAll(async () => {
    await suite.h?.close();
  });
  afterEach(async () => {
    await Promise.allSettled(tabs.splice(0).map((tab) => tab.context.close()));
  });
  return suite;
}

/** Opens the panel and registers through the pre-chat form; `topic` is the label of the topic to pick. */
export async function startChatting(page: Page, visitor: { name: string; email?: string; phone?: string; topic?: string }): Promise<void> {
  await page.getByRole('button', { name: /Buka obrolan|Open chat/ }).click();
  await page.getByLabel(/^(Nama|Name)/).fill(visitor.name);
  if (visitor.email) await page.getByLabel(/^Email/).fill(visitor.email);
  if (visitor.phone) await page.getByLabel(/^(Telepon|Phone)/).fill(visitor.phone);
  if (visitor.topic) await topicPicker(page).first().selectOption({ label: visitor.topic });
  await page.getByRole('button', { name: /Mulai obrolan|Start chat/ }).click();
  await page.getByRole('textbox', { name: /Tulis pesan|Write a message/ }).waitFor();
}

/** The form's topic picker, or the one above the composer before the first message. */
export const topicPicker = (page: Page) => page.getByRole('combobox', { name: /^(Topik|Topic)/ });

export const composer = (page: Page) => page.getByRole('textbox', { name: /Tulis pesan|Write a message/ });

/** The bubbles of the conversation log, by who wrote them. */
export const bubbles = (page: Page, who: 'customer' | 'admin' | 'system') => page.locator(`.log .msg.${who} .bubble`);
