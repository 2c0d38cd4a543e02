import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from '../../../testing/browser';
import {
  createTestDatabase,
  graphqlRequest,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from '../../../api/test/support/test-app';
import { serveConsole, type ConsoleServer } from './console-server';
import { startSocketProxy, type SocketProxy } from './socket-proxy';

export const SEEDED_ADMIN = { email: 'admin@example.com', password: 'password123' };
export const STAFF_PASSWORD = 'Staf-Meja-Bantuan-29';

export type StaffRole = 'ADMIN' | 'SUPERVISOR' | 'AGENT';

export interface Staff {
  id: string;
  email: string;
  name: string;
  password: string;
  /** Signed in through the API, for checking what the server says (or refuses). */
  token: string;
}

export interface OpenConsole {
  context: BrowserContext;
  page: Page;
  /** Console and page errors; a test ends by expecting none. */
  errors: string[];
}

export interface ConsoleHarness {
  api: TestApp;
  db: TestDatabase;
  console: ConsoleServer;
  browser: Browser;
  /** Present when started with `proxySocket`: the console's WebSocket runs through it. */
  proxy?: SocketProxy;
  open(): Promise<OpenConsole>;
  /** An agent token straight from the API, to compare what the console shows with the API. */
  adminToken(email?: string, password?: string): Promise<string>;
  /** An agent of that role, created by the seeded admin through the API. */
  createStaff(name: string, email: string, role: StaffRole): Promise<Staff>;
  /** Straight to the API's database, for what no operation may do (a chat that waited an hour). */
  sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A real API on its own database, the built console served against it, and Chromium. */
export async function startConsoleHarness(
  options: { proxySocket?: boolean; waitingAlertIntervalMs?: number; apiEnv?: Record<string, string> } = {},
): Promise<ConsoleHarness> {
  const db = await createTestDatabase();
  const api = await startTestApp(db.url, { UPLOAD_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'admin-e2e-')), ...options.apiEnv });
  const proxy = options.proxySocket ? await startSocketProxy(api.port) : undefined;
  const server = await serveConsole({
    apiUrl: api.httpUrl,
    wsUrl: proxy ? `ws://127.0.0.1:${proxy.port}/graphql` : api.wsUrl,
    waitingAlertIntervalMs: options.waitingAlertIntervalMs,
  });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const adminToken = async (email = SEEDED_ADMIN.email, password = SEEDED_ADMIN.password) => {
    const response = await graphqlRequest<{ login: { token: string } }, unknown>(
      api.httpUrl,
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
    return response.data.login.token;
  };
  return {
    api,
    db,
    console: server,
    browser,
    proxy,
    async open() {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
      contexts.push(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(server.url);
      return { context, page, errors };
    },
    adminToken,
    async createStaff(name, email, role) {
      const created = await graphqlRequest<{ createAdmin: { id: string } }, unknown>(
        api.httpUrl,
        'mutation CreateAdmin($input: CreateAdminInput!) { createAdmin(input: $input) { id } }',
        { input: { name, email, role, password: STAFF_PASSWORD } },
        await adminToken(),
      );
      if (!created.data) throw new Error(`createAdmin failed: ${JSON.stringify(created.errors)}`);
      return { id: created.data.createAdmin.id, name, email, password: STAFF_PASSWORD, token: await adminToken(email, STAFF_PASSWORD) };
    },
    async sql(text, params = []) {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await server.close();
      await proxy?.close();
      await api.close();
      await db.drop();
    },
  };
}

export async function signIn(page: Page, email = SEEDED_ADMIN.email, password = SEEDED_ADMIN.password): Promise<void> {
  await page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}

/** Polls until `check` stops throwing, for facts that arrive asynchronously outside the page. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Writes a screenshot for the README when ADMIN_SCREENSHOTS is set (to a folder). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.ADMIN_SCREENSHOTS;
  if (!folder) return;
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}
