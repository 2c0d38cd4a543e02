import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { solidPng } from './support/png';
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
  // Records the object URLs the page lets go of; asking for a revoked one would log an error.
  await opened.context.addInitScript(() => {
    const revoked: string[] = [];
    (window as unknown as { revokedUrls: string[] }).revokedUrls = revoked;
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
  });
  await page.reload();
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string, firstMessage: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage, listen: true });
  visitors.push(visitor);
  return visitor;
}

async function openChat(visitor: Visitor, firstMessage: string) {
  await page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
  await messageLog().getByText(firstMessage).waitFor();
}

const messageLog = () => page.getByRole('log', { name: 'Riwayat pesan' });
const composer = () => page.getByLabel('Tulis balasan');
const preview = () => page.getByRole('form', { name: 'Berkas yang akan dikirim' });
const fileInput = () => page.locator('.composer input[type="file"]');
const enterToSend = () => page.getByRole('checkbox', { name: 'Enter untuk mengirim' });
const shortcutsDialog = () => page.getByRole('dialog', { name: 'Pintasan keyboard' });
const focusedIs = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => element === document.activeElement);

/** Hands the composer a file the way the clipboard or a drag from the desktop does. */
async function pasteOrDrop(how: 'paste' | 'drop', file: { name: string; type: string; text: string }) {
  await composer().evaluate(
    (textarea, { how, file }) => {
      const data = new DataTransfer();
      data.items.add(new File([file.text], file.name, { type: file.type }));
      if (how === 'paste') {
        textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return;
      }
      const form = textarea.closest('form')!;
      form.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { how, file },
  );
}

/** The agents' messages the visitor has heard so far, once there are `count` (system notices left out). */
async function agentMessages(visitor: Visitor, count: number) {
  return eventually(() => {
    const heard = visitor.messages!.events.map((event) => event.messageAdded).filter((message) => message.sender === 'ADMIN');
    expect(heard.length).toBeGreaterThanOrEqual(count);
    return heard;
  });
}

/** The ids of the inbox rows, top to bottom. */
const rowOrder = () => page.locator('.session-row a').evaluateAll((links) => links.map((a) => a.getAttribute('data-session-id')!));
const openedSession = () => decodeURIComponent(new URL(page.url()).hash.split('/')[3] ?? '');

describe('file preview', () => {
  it('previews a chosen image, which reaches the visitor with its caption only on Send', async () => {
    const fajar = await arrive('Fajar Nugroho', 'Boleh kirim denah lokasinya?');
    await openChat(fajar, 'Boleh kirim denah lokasinya?');

    await fileInput().setInputFiles({ name: 'denah-lokasi.png', mimeType: 'image/png', buffer: solidPng(4, 3) });

    await preview().waitFor();
    const thumbnail = preview().getByRole('img', { name: 'denah-lokasi.png' });
    await eventually(async () => expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4));
    const thumbnailUrl = (await thumbnail.getAttribute('src'))!;
    expect(thumbnailUrl).toMatch(/^blob:/);
    expect(await page.evaluate(() => (window as unknown as { revokedUrls: string[] }).revokedUrls)).not.toContain(thumbnailUrl);
    expect(await preview().textContent()).toContain('denah-lokasi.png');
    const caption = preview().getByLabel('Keterangan (opsional)');
    expect(await focusedIs(caption)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await caption.fill('Denah lokasi usaha di Jalan Merdeka');
    await caption.press('Enter');

    await preview().waitFor({ state: 'detached' });
    expect(await focusedIs(composer())).toBe(true);
    const [received] = await agentMessages(fajar, 1);
    expect(received).toMatchObject({
      sender: 'ADMIN',
      text: 'Denah lokasi usaha di Jalan Merdeka',
      file: { filename: 'denah-lokasi.png', mimeType: 'image/png' },
    });
    const sent = messageLog().locator('[data-delivery="sent"]').filter({ hasText: 'Denah lokasi usaha di Jalan Merdeka' });
    await sent.getByRole('img', { name: 'denah-lokasi.png' }).waitFor();
    // The preview's object URL was let go with the preview.
    expect(await page.evaluate(() => (window as unknown as { revokedUrls: string[] }).revokedUrls)).toContain(thumbnailUrl);
    expect(errors).toEqual([]);
  });

  it('cancels a pasted file with Escape and a dropped one with Batal: nothing goes out', async () => {
    const gita = await arrive('Gita Permata', 'Saya mau tanya KBLI');
    await openChat(gita, 'Saya mau tanya KBLI');

    await pasteOrDrop('paste', { name: 'catatan.txt', type: 'text/plain', text: 'NIB 1234567890123' });
    await preview().waitFor();
    expect(await preview().getByRole('img').count()).toBe(0);
    expect(await preview().textContent()).toMatch(/catatan\.txt.*\(17 B\)/);
    await page.keyboard.press('Escape');
    await preview().waitFor({ state: 'detached' });
    expect(await focusedIs(composer())).toBe(true);

    await pasteOrDrop('drop', { name: 'izin.txt', type: 'text/plain', text: 'izin usaha' });
    await preview().getByLabel('Keterangan (opsional)').fill('Tidak jadi');
    await preview().getByRole('button', { name: 'Batal' }).click();
    await preview().waitFor({ state: 'detached' });

    // A reply sent after both is the first thing the visitor hears: neither file went before it.
    await composer().fill('Baik, KBLI apa yang Anda maksud?');
    await composer().press('Enter');
    const [first] = await agentMessages(gita, 1);
    expect(first).toMatchObject({ text: 'Baik, KBLI apa yang Anda maksud?', file: null });
    expect(gita.messages!.events.filter((event) => event.messageAdded.file)).toEqual([]);
    expect((await gita.session()).messages.edges.filter((edge) => edge.node.file)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses a file over the size limit at once, and shows the server refusing a type the browser vouched for', async () => {
    const hadi = await arrive('Hadi Susanto', 'Dokumennya besar sekali');
    await openChat(hadi, 'Dokumennya besar sekali');

    await fileInput().setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') });
    await page.getByRole('alert').filter({ hasText: 'Berkas terlalu besar. (≤ 10.0 MB)' }).waitFor();
    expect(await preview().count()).toBe(0);

    // Named and typed as a PNG, but the bytes are a web page: only the server can tell.
    await fileInput().setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<!DOCTYPE html><script>alert(1)</script>') });
    await preview().waitFor();
    expect(await page.getByText('Berkas terlalu besar').count()).toBe(0);
    await preview().getByRole('button', { name: 'Kirim berkas' }).click();
    await messageLog().locator('[data-delivery="failed"]').getByText('Jenis berkas ini tidak didukung.', { exact: false }).waitFor();

    await composer().fill('Mohon kirim dalam PDF di bawah 10 MB');
    await composer().press('Enter');
    const [first] = await agentMessages(hadi, 1);
    expect(first).toMatchObject({ text: 'Mohon kirim dalam PDF di bawah 10 MB', file: null });
    expect((await hadi.session()).messages.edges.filter((edge) => edge.node.file)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Enter-to-send', () => {
  afterAll(async () => {
    // Later tests in this file expect the default.
    if (!(await enterToSend().isChecked())) await enterToSend().check();
  });

  it('off: Enter adds a line and Ctrl+Enter or Cmd+Enter sends; the choice survives a reload', async () => {
    const indah = await arrive('Indah Lestari', 'Halo, akun OSS saya terkunci');
    await openChat(indah, 'Halo, akun OSS saya terkunci');
    expect(await enterToSend().isChecked()).toBe(true);
    await enterToSend().uncheck();
    await page.getByText('Ctrl+Enter untuk mengirim, Enter untuk baris baru').waitFor();

    await composer().fill('Baris pertama');
    await composer().press('Enter');
    await composer().pressSequentially('Baris kedua');
    expect(await composer().inputValue()).toBe('Baris pertama\nBaris kedua');
    await composer().press('Control+Enter');

    const [reply] = await agentMessages(indah, 1);
    expect(reply.text).toBe('Baris pertama\nBaris kedua');
    expect(await composer().inputValue()).toBe('');

    await page.reload();
    await messageLog().getByText('Halo, akun OSS saya terkunci').waitFor();
    expect(await enterToSend().isChecked()).toBe(false);
    await composer().fill('Lewat Cmd+Enter');
    await composer().press('Meta+Enter');
    const [, second] = await agentMessages(indah, 2);
    expect(second.text).toBe('Lewat Cmd+Enter');

    await enterToSend().check();
    await composer().fill('Satu');
    await composer().press('Shift+Enter');
    await composer().pressSequentially('Dua');
    await composer().press('Enter');
    const [, , third] = await agentMessages(indah, 3);
    expect(third.text).toBe('Satu\nDua');
    expect(errors).toEqual([]);
  });
});

describe('keyboard shortcuts', () => {
  it('Alt+J and Alt+K open the next and previous chat in list order, but not from a text field', async () => {
    const waiting: string[] = [];
    for (const name of ['Joko Widodo', 'Kartika Sari', 'Lina Marlina']) waiting.push((await arrive(name, `Halo dari ${name}`)).sessionId);
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    // The earlier chats were answered, so these three are the whole queue once the list has settled.
    await eventually(async () => expect([...(await rowOrder())].sort()).toEqual([...waiting].sort()));
    const order = await rowOrder();

    await page.locator(`.session-row a[data-session-id="${order[0]}"]`).click();
    await eventually(() => expect(openedSession()).toBe(order[0]));
    await page.keyboard.press('Alt+J');
    await eventually(() => expect(openedSession()).toBe(order[1]));
    expect(await page.locator(`.session-row a[aria-current="page"]`).getAttribute('data-session-id')).toBe(order[1]);
    await page.keyboard.press('Alt+J');
    await eventually(() => expect(openedSession()).toBe(order[2]));
    await page.keyboard.press('Alt+K');
    await eventually(() => expect(openedSession()).toBe(order[1]));

    // In the composer the keys stay the composer's.
    await composer().focus();
    await page.keyboard.press('Alt+J');
    expect(openedSession()).toBe(order[1]);
    expect(await focusedIs(composer())).toBe(true);
    expect(errors).toEqual([]);
  });

  it('"?" opens the list of every bound shortcut, which follows Enter-to-send, and Escape closes it', async () => {
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await page.locator('.session-row a').first().click();
    await composer().waitFor();

    // Typed into a text field, "?" is just a character.
    await composer().focus();
    await page.keyboard.press('?');
    expect(await composer().inputValue()).toBe('?');
    expect(await shortcutsDialog().isVisible()).toBe(false);
    await composer().fill('');

    await page.locator('.session-row a').first().focus();
    await page.keyboard.press('?');
    await shortcutsDialog().waitFor();
    const row = (id: string) => shortcutsDialog().locator(`tr[data-shortcut="${id}"]`);
    expect(await row('nextChat').textContent()).toBe('Buka percakapan berikutnya di daftarAlt+J');
    expect(await row('previousChat').textContent()).toBe('Buka percakapan sebelumnya di daftarAlt+K');
    expect(await row('send').textContent()).toBe('Kirim balasanEnter atau Ctrl+Enter atau ⌘ Cmd+Enter');
    expect(await row('newLine').textContent()).toBe('Baris baru di balasanShift+Enter');
    expect(await row('cannedReply').textContent()).toBe('Sisipkan balasan cepat (diketik di awal balasan)/');
    expect(await row('mention').textContent()).toBe('Sebut agen (diketik dalam catatan internal)@');
    expect(await shortcutsDialog().locator('tbody tr').count()).toBe(9);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await shortcutsDialog().waitFor({ state: 'hidden' });
    // The focus goes back where "?" was pressed.
    expect(await focusedIs(page.locator('.session-row a').first())).toBe(true);

    await enterToSend().uncheck();
    await page.locator('.session-row a').first().focus();
    await page.keyboard.press('?');
    await shortcutsDialog().waitFor();
    expect(await row('send').textContent()).toBe('Kirim balasanCtrl+Enter atau ⌘ Cmd+Enter');
    expect(await row('newLine').textContent()).toBe('Baris baru di balasanEnter atau Shift+Enter');
    await shortcutsDialog().getByRole('button', { name: 'Tutup' }).click();
    await shortcutsDialog().waitFor({ state: 'hidden' });
    await enterToSend().check();

    // Away from the inbox too.
    await page.goto(`${harness.console.url}#/account`);
    await page.locator('#main').focus();
    await page.keyboard.press('?');
    await shortcutsDialog().waitFor();
    await page.keyboard.press('Escape');
    await shortcutsDialog().waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});
