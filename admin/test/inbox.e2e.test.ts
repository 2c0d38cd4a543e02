import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness();
  const opened = await harness.open();
  page = opened.page;
  errors = opened.errors;
  // Record the chime and the desktop notification instead of playing and showing them.
  await opened.context.addInitScript(() => {
    const record = window as unknown as { chimes: number; notifications: { title: string; body: string }[] };
    record.chimes = 0;
    record.notifications = [];
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body: string }) {
        record.notifications.push({ title, body: options.body });
      }
      close() {}
    }
    Object.assign(window, { Notification: FakeNotification });
    const RealAudioContext = window.AudioContext;
    window.AudioContext = class extends RealAudioContext {
      constructor() {
        super();
        record.chimes += 1;
      }
    };
  });
  await page.reload();
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string, options: Parameters<typeof Visitor.arrive>[2] = {}) {
  const visitor = await Visitor.arrive(harness.api, name, options);
  visitors.push(visitor);
  return visitor;
}

const queueTab = (queue: string) => page.locator(`a.queue-tab[data-queue="${queue}"]`);
const queueCount = async (queue: string) => (await queueTab(queue).locator('.count').textContent())?.trim();
const row = (sessionId: string) => page.locator(`.session-row a[data-session-id="${sessionId}"]`);
const messageLog = () => page.getByRole('log', { name: 'Riwayat pesan' });

describe('inbox and conversation', () => {
  it('shows a new visitor live in Menunggu, with the count, an unread dot, a chime and a notification', async () => {
    await queueTab('waiting').waitFor();
    await eventually(async () => expect(await queueCount('waiting')).toBe('0'));
    const rina = await arrive('Rina Wati', { email: 'rina@example.com', firstMessage: 'Halo, saya butuh bantuan NIB' });

    await row(rina.sessionId).waitFor();
    expect(await row(rina.sessionId).textContent()).toContain('Halo, saya butuh bantuan NIB');
    expect(await row(rina.sessionId).getByRole('img', { name: 'Belum dibaca' }).count()).toBe(1);
    expect(await row(rina.sessionId).textContent()).toContain('Belum ada agen');
    await eventually(async () => expect(await queueCount('waiting')).toBe('1'));
    const alerts = await page.evaluate(() => {
      const record = window as unknown as { chimes: number; notifications: unknown[] };
      return { chimes: record.chimes, notifications: record.notifications };
    });
    expect(alerts.chimes).toBe(1);
    expect(alerts.notifications).toEqual([{ title: 'Pengunjung baru menunggu', body: 'Rina Wati memulai percakapan.' }]);
    expect(errors).toEqual([]);
  });

  it('replies with Enter; the customer receives it once, and the session becomes mine', async () => {
    const budi = await arrive('Budi Santoso', { email: 'budi@example.com', firstMessage: 'Selamat siang', listen: true });
    await row(budi.sessionId).click();
    await messageLog().getByText('Selamat siang').waitFor();
    // Reading it clears the unread dot.
    expect(await row(budi.sessionId).getByRole('img', { name: 'Belum dibaca' }).count()).toBe(0);

    const composer = page.getByLabel('Tulis balasan');
    await composer.fill('Selamat siang, Pak Budi. Ada yang bisa kami bantu?');
    await composer.press('Enter');
    expect(await composer.inputValue()).toBe('');

    const [received] = await budi.messages!.waitFor(1);
    expect(received.messageAdded).toMatchObject({
      sender: 'ADMIN',
      senderName: 'Admin',
      text: 'Selamat siang, Pak Budi. Ada yang bisa kami bantu?',
    });
    await messageLog().locator('[data-delivery="sent"]').getByText('Selamat siang, Pak Budi').waitFor();
    await page.getByText('Ditangani oleh Admin').waitFor();
    await eventually(async () => expect(await queueCount('mine')).toBe('1'));
    // The first reply assigned it, so it left Menunggu.
    await row(budi.sessionId).waitFor({ state: 'detached' });

    await budi.say('Saya mau tanya soal izin usaha');
    await messageLog().getByText('Saya mau tanya soal izin usaha').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await messageLog().getByText('Saya mau tanya soal izin usaha').count()).toBe(1);
    expect(await messageLog().getByText('Selamat siang, Pak Budi').count()).toBe(1);
    expect((await budi.session()).messages.totalCount).toBe(3);
    await saveScreenshot(page, 'console-inbox');
    expect(errors).toEqual([]);
  });
});
