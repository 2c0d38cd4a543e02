import type { BrowserContext, Page } from 'playwright-core';
import { collectPageErrors } from '../../testing/browser';
import { saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
const visitors: Visitor[] = [];
const contexts: BrowserContext[] = [];
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  harness = await startConsoleHarness();
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  for (const context of contexts) await context.close();
  await harness?.close();
});

async function openAt(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({ viewport, locale: 'id-ID' });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(harness.console.url);
  await signIn(page);
  return { page, errors };
}

const height = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

/** On a 390 × 844 phone the headers took about a third of the screen, and the customer panel was hidden for good. */
describe('the console on a phone', () => {
  let visitor: Visitor;
  beforeAll(async () => {
    visitor = await Visitor.arrive(harness.api, 'Rina Wati Kusumawardhani', {
      email: 'rina@example.com',
      firstMessage: 'Halo, saya butuh bantuan NIB',
    });
    visitors.push(visitor);
  });

  it('keeps the headers compact, on one line, with nothing wider than the screen', async () => {
    const { page, errors } = await openAt(PHONE);
    await page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
    await page.getByRole('log', { name: 'Riwayat pesan' }).getByText('Halo, saya butuh bantuan NIB').waitFor();
    await saveScreenshot(page, 'console-phone');

    const headers = (await height(page, '.topbar')) + (await height(page, '.conversation-header'));
    expect(headers).toBeLessThan(PHONE.height * 0.15);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    // Every action is still on screen.
    for (const name of ['Ambil', 'Alihkan', 'Tutup', 'Info pelanggan']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    }
    const transcript = await page.getByRole('link', { name: 'Unduh transkrip' }).boundingBox();
    expect(transcript && transcript.x >= 0 && transcript.x + transcript.width <= PHONE.width).toBe(true);

    // What the bar no longer shows is one tap away: the other pages, availability, language,
    // the account, Keluar.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await page.getByRole('button', { name: 'Keluar' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Pengaturan' }).count()).toBe(0);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    expect(await page.getByLabel('Bahasa').isVisible()).toBe(true);
    expect(await page.getByLabel('Ketersediaan').isVisible()).toBe(true);
    for (const name of ['Dasbor', 'Agen', 'Tim', 'Pengaturan']) {
      expect(await page.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    }
    await page.getByLabel('Bahasa').focus();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keluar' }).waitFor({ state: 'hidden' });
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    await menu.click();
    await page.getByRole('link', { name: 'Masuk sebagai Admin' }).click();
    await page.getByRole('heading', { name: 'Ubah kata sandi' }).waitFor();
    expect(await page.getByRole('button', { name: 'Keluar' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens the customer panel from the conversation, and closes it with its button or Escape', async () => {
    const { page, errors } = await openAt(PHONE);
    await page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
    const panel = page.getByRole('complementary', { name: 'Pelanggan' });
    const toggle = page.getByRole('button', { name: 'Info pelanggan' });
    await toggle.waitFor();
    expect(await panel.isVisible()).toBe(false);

    await toggle.click();
    await panel.getByText('rina@example.com').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = await panel.boundingBox();
    expect(box).toMatchObject({ x: 30, y: 0, width: 360, height: PHONE.height });
    await saveScreenshot(page, 'console-phone-customer');

    await panel.getByRole('button', { name: 'Tutup panel' }).click();
    await panel.waitFor({ state: 'hidden' });
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);

    await toggle.click();
    await panel.getByText('rina@example.com').waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('keeps the panel beside the conversation on a desktop, with no toggle', async () => {
    const { page } = await openAt({ width: 1440, height: 900 });
    await page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
    const panel = page.getByRole('complementary', { name: 'Pelanggan' });
    await panel.getByText('rina@example.com').waitFor();
    expect(await page.getByRole('button', { name: 'Info pelanggan' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Keluar' }).isVisible()).toBe(true);
  });
});
