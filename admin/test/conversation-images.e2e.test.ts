import type { Route } from 'playwright-core';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { solidPng } from './support/png';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
const visitors: Visitor[] = [];
beforeAll(async () => {
  harness = await startConsoleHarness();
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

describe('a chat with images opens at its newest message', () => {
  it('stays scrolled to the bottom when thumbnails load after the list was scrolled', async () => {
    const sari = await Visitor.arrive(harness.api, 'Sari Dewi', { firstMessage: 'Saya kirim foto dokumen' });
    visitors.push(sari);
    for (let n = 1; n <= 15; n++) await sari.say(`Keterangan ${n}`);
    for (let n = 1; n <= 3; n++) {
      await sari.sendFile({ filename: `foto-${n}.png`, type: 'image/png', content: solidPng(400, 600) });
    }
    await sari.say('Pesan terakhir');

    const { page, errors } = await harness.open();
    await signIn(page);
    // Hold every image download until the list has been laid out and scrolled without them.
    const held: Route[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/files/**', async (route) => {
      held.push(route);
      await released;
      await route.continue();
    });
    await page.goto(`${harness.console.url}#/inbox/waiting/${sari.sessionId}`);
    const log = page.getByRole('log', { name: 'Riwayat pesan' });
    await log.getByText('Pesan terakhir').waitFor();
    await eventually(() => expect(held.length).toBeGreaterThan(0));
    const distanceFromBottom = () => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
    expect(await distanceFromBottom()).toBeLessThan(2);

    release();
    const loaded = () =>
      log.locator('.attachment-image img').evaluateAll((images) =>
        (images as HTMLImageElement[]).filter((img) => img.complete && img.naturalWidth === 400).length,
      );
    await eventually(async () => expect(await loaded()).toBe(held.length));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    expect(await distanceFromBottom()).toBeLessThan(2);
    expect(await log.getByText('Pesan terakhir').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
