import type { BrowserContext, Page } from 'playwright-core';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { solidPng } from './support/png';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let context: BrowserContext;
let page: Page;
let errors: string[];
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness();
  ({ context, page, errors } = await harness.open());
  // A clock the test can move on, so the time waited can be seen to grow.
  await context.clock.install();
  await page.reload();
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string, firstMessage: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage });
  visitors.push(visitor);
  return visitor;
}

const row = (sessionId: string) => page.locator(`.session-row a[data-session-id="${sessionId}"]`);
const waitingNames = () => page.locator('.session-row .row-name').allTextContents();

describe('the waiting queue', () => {
  it('lists the longest wait first, with the time waited, and a new visitor joins at the bottom', async () => {
    const first = await arrive('Ani Pertama', 'Saya datang pertama');
    await arrive('Bayu Kedua', 'Saya kedua');
    await arrive('Citra Ketiga', 'Saya ketiga');
    // Loaded fresh from the API, not placed by the live feed.
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await page.reload();
    await eventually(async () => expect(await waitingNames()).toEqual(['Ani Pertama', 'Bayu Kedua', 'Citra Ketiga']));
    expect(await row(first.sessionId).locator('[data-waited]').textContent()).toBe(' · menunggu < 1 mnt');

    const late = await arrive('Dodi Terakhir', 'Saya paling akhir');
    await row(late.sessionId).waitFor();
    expect(await waitingNames()).toEqual(['Ani Pertama', 'Bayu Kedua', 'Citra Ketiga', 'Dodi Terakhir']);

    await context.clock.fastForward('06:00');
    await eventually(async () =>
      expect(await page.locator('.session-row [data-waited]').allTextContents()).toEqual(
        Array.from({ length: 4 }, () => ' · menunggu 6 mnt'),
      ),
    );
    expect(errors).toEqual([]);
  });
});

describe('the list preview of a file', () => {
  it('shows a paperclip and the filename, not "Belum ada pesan", live and after a reload', async () => {
    const eko = await arrive('Eko Berkas', 'Saya kirim denah');
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    const preview = row(eko.sessionId).locator('.row-preview');
    await preview.getByText('Saya kirim denah').waitFor();

    await eko.sendFile({ filename: 'denah-lokasi.png', type: 'image/png', content: solidPng(8, 8) });
    await preview.getByText('denah-lokasi.png').waitFor();
    const shown = async () => ({
      text: await preview.textContent(),
      paperclip: await preview.locator('svg').count(),
    });
    expect(await shown()).toEqual({ text: 'Berkas:denah-lokasi.png', paperclip: 1 });

    await page.reload();
    await preview.getByText('denah-lokasi.png').waitFor();
    expect(await shown()).toEqual({ text: 'Berkas:denah-lokasi.png', paperclip: 1 });
    expect(errors).toEqual([]);
  });
});
