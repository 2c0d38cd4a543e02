import type { BrowserContext, Page, Route } from 'playwright-core';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let context: BrowserContext;
let page: Page;
let errors: string[];
const visitors: Visitor[] = [];
/** Every SendMessage the console attempted, by its clientMessageId. */
const sendAttempts: string[] = [];
let apiDown = false;

beforeAll(async () => {
  harness = await startConsoleHarness({ proxySocket: true });
  ({ context, page, errors } = await harness.open());
  // HTTP to the API goes through here; while "down" it is refused, as by a server that is not there.
  await context.route(harness.api.httpUrl, async (route: Route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('mutation SendMessage')) sendAttempts.push(JSON.parse(body).variables.input.clientMessageId);
    return apiDown ? route.abort('connectionrefused') : route.continue();
  });
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

function setApiReachable(reachable: boolean) {
  apiDown = !reachable;
  harness.proxy!.setDown(!reachable);
  if (!reachable) harness.proxy!.killAll();
}

const messageLog = (on = page) => on.getByRole('log', { name: 'Riwayat pesan' });
const unexpected = (list: string[]) =>
  list.filter((error) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(error));

describe('a console opened while the API is unreachable', () => {
  it('says the server cannot be reached, never "not found", and loads by itself once the socket is back', async () => {
    const wulan = await Visitor.arrive(harness.api, 'Wulan Sari', { firstMessage: 'Apakah ada yang bisa bantu?' });
    visitors.push(wulan);
    setApiReachable(false);

    const opened = await context.newPage();
    const openedErrors: string[] = [];
    opened.on('pageerror', (error) => openedErrors.push(String(error)));
    await opened.goto(`${harness.console.url}#/inbox/waiting/${wulan.sessionId}`);
    const failed = opened.locator('[data-load-failed]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Tidak dapat menghubungi server.');
    await opened.getByText('Koneksi langsung terputus. Mencoba menyambung kembali…').waitFor();
    expect(await opened.getByText('Percakapan tidak ditemukan.').count()).toBe(0);

    setApiReachable(true);
    // No click, no reload: the socket coming back is what loads the conversation and the list.
    await messageLog(opened).getByText('Apakah ada yang bisa bantu?').waitFor({ timeout: 20_000 });
    await opened.locator(`.session-row a[data-session-id="${wulan.sessionId}"]`).waitFor();
    await eventually(async () =>
      expect((await opened.locator('a.queue-tab[data-queue="waiting"] .count').textContent())?.trim()).toBe('1'),
    );
    expect(await opened.getByText('Percakapan tidak ditemukan.').count()).toBe(0);
    expect(openedErrors).toEqual([]);
    await opened.close();
  });
});

describe("an agent's reply that failed while the API was unreachable", () => {
  it("is sent again after the reconnect with the same clientMessageId, labelled with the agent's name throughout", async () => {
    const yusuf = await Visitor.arrive(harness.api, 'Yusuf Hakim', { firstMessage: 'Halo, saya menunggu' });
    visitors.push(yusuf);
    await page.goto(`${harness.console.url}#/inbox/waiting/${yusuf.sessionId}`);
    await messageLog().getByText('Halo, saya menunggu').waitFor();

    setApiReachable(false);
    await page.getByText('Koneksi langsung terputus. Mencoba menyambung kembali…').waitFor();
    await page.getByLabel('Tulis balasan').fill('Maaf menunggu, kami bantu sekarang');
    await page.getByLabel('Tulis balasan').press('Enter');
    const bubble = messageLog().locator('.bubble', { hasText: 'Maaf menunggu, kami bantu sekarang' });
    await bubble.and(page.locator('[data-delivery="failed"]')).waitFor();
    expect(await bubble.locator('.bubble-author').textContent()).toBe('Admin');
    expect((await yusuf.session()).messages.totalCount).toBe(1);

    setApiReachable(true);
    await bubble.and(page.locator('[data-delivery="sent"]')).waitFor({ timeout: 20_000 });
    expect(await bubble.locator('.bubble-author').textContent()).toBe('Admin');
    expect(sendAttempts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sendAttempts)).toEqual(new Set([sendAttempts[0]]));
    const stored = (await yusuf.session()).messages.edges.filter(
      (edge) => edge.node.text === 'Maaf menunggu, kami bantu sekarang',
    );
    expect(stored.map((edge) => edge.node.clientMessageId)).toEqual([sendAttempts[0]]);
    expect(await messageLog().getByText('Maaf menunggu, kami bantu sekarang').count()).toBe(1);
    expect(unexpected(errors)).toEqual([]);
  });
});
