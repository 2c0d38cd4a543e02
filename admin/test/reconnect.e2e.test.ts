import type { Page } from 'playwright-core';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness({ proxySocket: true });
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

const messageLog = () => page.getByRole('log', { name: 'Riwayat pesan' });
const banner = () => page.getByText('Koneksi langsung terputus. Mencoba menyambung kembali…');

describe('connection loss', () => {
  it('shows a banner while the socket is down, then catches up: nothing missed, nothing doubled', async () => {
    const joko = await Visitor.arrive(harness.api, 'Joko Susilo', { firstMessage: 'Awal percakapan' });
    visitors.push(joko);
    await page.goto(`${harness.console.url}#/inbox/waiting/${joko.sessionId}`);
    await messageLog().getByText('Awal percakapan').waitFor();
    await joko.say('Sebelum putus');
    await messageLog().getByText('Sebelum putus').waitFor();

    harness.proxy!.setDown(true);
    harness.proxy!.killAll();
    await banner().waitFor();

    // While the console cannot hear anything: more messages than one page, and a new visitor.
    const missed = Array.from({ length: 35 }, (_, i) => `Saat terputus ${i + 1}`);
    for (const text of missed) await joko.say(text);
    const kartika = await Visitor.arrive(harness.api, 'Kartika Sari', { firstMessage: 'Saya datang saat putus' });
    visitors.push(kartika);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await messageLog().getByText('Saat terputus 1', { exact: true }).count()).toBe(0);

    harness.proxy!.setDown(false);
    await banner().waitFor({ state: 'detached', timeout: 15_000 });
    await messageLog().getByText('Saat terputus 35', { exact: true }).waitFor();
    await page.locator(`.session-row a[data-session-id="${kartika.sessionId}"]`).waitFor();

    // And the live feed works again, without doubling what the catch-up brought.
    await joko.say('Setelah tersambung');
    await messageLog().getByText('Setelah tersambung').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const texts = await messageLog().locator('.bubble-text').allTextContents();
    expect(texts).toEqual(['Awal percakapan', 'Sebelum putus', ...missed, 'Setelah tersambung']);
    await eventually(async () =>
      expect((await page.locator('a.queue-tab[data-queue="waiting"] .count').textContent())?.trim()).toBe('2'),
    );
    expect(errors.filter((error) => !error.includes('WebSocket'))).toEqual([]);
  });
});
