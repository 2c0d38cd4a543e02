import type { Page, Request } from 'playwright-core';
import { connectSocket, graphqlRequest } from '../../api/test/support/test-app';
import { recordAlerts, recordedAlerts } from './support/alert-recorder';
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
  await recordAlerts(opened.context);
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
    const alerts = await recordedAlerts(page);
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

    await page.goto(`${harness.console.url}#/inbox/mine/${budi.sessionId}`);
    await row(budi.sessionId).waitFor();
    await budi.setTyping(true);
    await page.getByText('Budi Santoso sedang mengetik…').waitFor();
    await saveScreenshot(page, 'console-inbox');
    await budi.setTyping(false);
    expect(errors).toEqual([]);
  });

  it("shows the customer's typing, and sends the agent's own typing debounced", async () => {
    const dewi = await arrive('Dewi Lestari', { firstMessage: 'Permisi', listen: true });
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await row(dewi.sessionId).click();
    await messageLog().getByText('Permisi').waitFor();

    await dewi.setTyping(true);
    const indicator = page.getByText('Dewi Lestari sedang mengetik…');
    await indicator.waitFor();
    await dewi.setTyping(false);
    await indicator.waitFor({ state: 'detached' });

    const typingOverHttp: string[] = [];
    const countHttpTyping = (request: Request) => {
      if (/"operationName":"SetTyping"/.test(request.postData() ?? '')) typingOverHttp.push(request.url());
    };
    page.on('request', countHttpTyping);
    const composer = page.getByLabel('Tulis balasan');
    await composer.pressSequentially('Sebentar ya', { delay: 40 });
    const [started] = await dewi.typing!.waitFor(1);
    expect(started.typingChanged).toMatchObject({ sender: 'ADMIN', isTyping: true });
    // One "typing" for the whole burst of keys, then "stopped" after the pause.
    const [, stopped] = await dewi.typing!.waitFor(2, 6000);
    expect(stopped.typingChanged).toMatchObject({ sender: 'ADMIN', isTyping: false });
    expect(dewi.typing!.events).toHaveLength(2);
    // Both went over the console's socket, not as HTTP requests.
    page.off('request', countHttpTyping);
    expect(typingOverHttp).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('sends a file with upload progress, shows the image inline, and the customer gets it', async () => {
    const eka = await arrive('Eka Putri', { firstMessage: 'Ini dokumen saya?', listen: true });
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await row(eka.sessionId).click();
    await messageLog().getByText('Ini dokumen saya?').waitFor();

    // Slow the upload down so its progress can be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 300 * 1024,
    });
    await page.locator('input[type="file"]').setInputFiles({ name: 'denah-lokasi.png', mimeType: 'image/png', buffer: pngOf(600 * 1024) });
    // A chosen file is previewed first, and goes out with Send.
    await page.getByRole('form', { name: 'Berkas yang akan dikirim' }).getByRole('button', { name: 'Kirim berkas' }).click();
    const progress = messageLog().locator('progress');
    await progress.waitFor();
    expect(await messageLog().getByText(/Mengunggah denah-lokasi\.png… \d+%/).count()).toBe(1);
    await eventually(async () => expect(Number(await progress.getAttribute('value'))).toBeGreaterThan(0.1));
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    const image = messageLog().getByRole('img', { name: 'denah-lokasi.png' });
    await image.waitFor({ timeout: 20_000 });
    await eventually(async () => expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2));
    expect(await progress.count()).toBe(0);

    const [received] = await eka.messages!.waitFor(1);
    expect(received.messageAdded.file).toMatchObject({ filename: 'denah-lokasi.png', mimeType: 'image/png' });
    const stored = await eka.session();
    expect(stored.messages.edges.filter((edge) => edge.node.file)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("shows the customer's details and earlier conversations", async () => {
    const first = await arrive('Joni Iskandar', { email: 'joni@example.com', firstMessage: 'Pertanyaan pertama' });
    const again = await first.returnLater('Saya kembali lagi');
    visitors.push(again);
    await page.goto(`${harness.console.url}#/inbox/waiting/${again.sessionId}`);
    const panel = page.getByRole('complementary', { name: 'Pelanggan' });
    await panel.getByText('joni@example.com').waitFor();
    expect(await panel.textContent()).toContain('Joni Iskandar');
    const earlier = panel.locator(`a[href$="/${first.sessionId}"]`);
    await earlier.waitFor();
    expect(await earlier.textContent()).toContain('Selesai');
    expect(await earlier.textContent()).toContain('Pertanyaan pertama');
    expect(await panel.locator(`a[href$="/${again.sessionId}"]`).count()).toBe(0);
    await earlier.click();
    await messageLog().getByText('Pertanyaan pertama').waitFor();
    await page.getByText('Percakapan ini telah ditutup.').waitFor();
  });

  it('searches customers by name or email', async () => {
    await arrive('Fajar Nugroho', { email: 'fajar.n@example.com', firstMessage: 'Tes cari' });
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    const search = page.getByLabel('Cari pelanggan (nama atau email)');
    await search.fill('fajar.n@');
    await eventually(async () => {
      const names = await page.locator('.session-row .row-name').allTextContents();
      expect(names).toEqual(['Fajar Nugroho']);
    });
    await search.fill('WATI');
    await eventually(async () => {
      const names = await page.locator('.session-row .row-name').allTextContents();
      expect(names).toEqual(['Rina Wati']);
    });
    await search.fill('');
    await eventually(async () => expect(await page.locator('.session-row').count()).toBeGreaterThan(1));
  });

  it('loads older messages when scrolling up, each once', async () => {
    const gita = await arrive('Gita Maharani', { firstMessage: 'Pesan 1' });
    for (let n = 2; n <= 45; n++) await gita.say(`Pesan ${n}`);
    await page.goto(`${harness.console.url}#/inbox/waiting/${gita.sessionId}`);
    await messageLog().getByText('Pesan 45', { exact: true }).waitFor();
    expect(await messageLog().locator('.bubble').count()).toBe(30);
    expect(await messageLog().getByText('Pesan 1', { exact: true }).count()).toBe(0);

    await messageLog().evaluate((element) => element.scrollTo({ top: 0 }));
    await messageLog().getByText('Pesan 1', { exact: true }).waitFor();
    const texts = await messageLog().locator('.bubble-text').allTextContents();
    expect(texts).toEqual(Array.from({ length: 45 }, (_, i) => `Pesan ${i + 1}`));
    expect(await messageLog().getByRole('button', { name: 'Muat pesan sebelumnya' }).count()).toBe(0);
  });

  it('marks a failed send, and its retry reuses the clientMessageId', async () => {
    const hadi = await arrive('Hadi Prasetyo', { firstMessage: 'Halo?' });
    await page.goto(`${harness.console.url}#/inbox/waiting/${hadi.sessionId}`);
    await messageLog().getByText('Halo?').waitFor();

    // The first attempt never reaches the API.
    const attempts: string[] = [];
    await page.route(harness.api.httpUrl, async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('mutation SendMessage')) return route.continue();
      attempts.push(JSON.parse(body).variables.input.clientMessageId);
      if (attempts.length === 1) return route.abort('connectionreset');
      return route.continue();
    });
    await page.getByLabel('Tulis balasan').fill('Jawaban yang sempat gagal');
    await page.getByLabel('Tulis balasan').press('Enter');
    const failed = messageLog().locator('[data-delivery="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Gagal terkirim');
    expect((await hadi.session()).messages.totalCount).toBe(1);

    await failed.getByRole('button', { name: 'Coba lagi' }).click();
    await messageLog().locator('[data-delivery="sent"]').getByText('Jawaban yang sempat gagal').waitFor();
    await page.unroute(harness.api.httpUrl);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toBe(attempts[0]);
    const stored = (await hadi.session()).messages.edges.filter((edge) => edge.node.text === 'Jawaban yang sempat gagal');
    expect(stored.map((edge) => edge.node.clientMessageId)).toEqual([attempts[0]]);
    expect(await messageLog().getByText('Jawaban yang sempat gagal').count()).toBe(1);
    expect(errors.filter((error) => !error.includes('ERR_CONNECTION_RESET'))).toEqual([]);
    errors.length = 0;
  });

  it('shows a message whose reply was lost once, as sent, when the API stored it', async () => {
    const ika = await arrive('Ika Rahmawati', { firstMessage: 'Halo lagi' });
    await page.goto(`${harness.console.url}#/inbox/waiting/${ika.sessionId}`);
    await messageLog().getByText('Halo lagi').waitFor();
    // The request reaches the API, but its answer is lost on the way back.
    await page.route(harness.api.httpUrl, async (route) => {
      if (!route.request().postData()?.includes('mutation SendMessage')) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByLabel('Tulis balasan').fill('Jawaban tanpa balasan HTTP');
    await page.getByLabel('Tulis balasan').press('Enter');
    // The live feed brings the stored message; the pending copy with its clientMessageId gives way.
    await messageLog().locator('[data-delivery="sent"]').getByText('Jawaban tanpa balasan HTTP').waitFor();
    // The live feed can win the race with the handler's abort: let the handler finish first.
    await page.unrouteAll({ behavior: 'wait' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await messageLog().getByText('Jawaban tanpa balasan HTTP').count()).toBe(1);
    const stored = (await ika.session()).messages.edges.filter((edge) => edge.node.text === 'Jawaban tanpa balasan HTTP');
    expect(stored).toHaveLength(1);
    errors.length = 0;
  });

  it('transfers to another agent picked with their online state, then closes after confirmation', async () => {
    const adminToken = await harness.adminToken();
    const created = await graphqlRequest<{ createAdmin: { id: string } }, unknown>(
      harness.api.httpUrl,
      'mutation CreateAdmin($input: CreateAdminInput!) { createAdmin(input: $input) { id } }',
      { input: { email: 'agen.dua@example.com', name: 'Agen Dua', password: 'rahasia-agen-2' } },
      adminToken,
    );
    const agentId = created.data!.createAdmin.id;
    const indah = await arrive('Indah Permata', { firstMessage: 'Tolong dibantu' });
    await page.goto(`${harness.console.url}#/inbox/waiting/${indah.sessionId}`);
    await messageLog().getByText('Tolong dibantu').waitFor();

    await page.getByRole('button', { name: 'Ambil', exact: true }).click();
    await page.getByText('Ditangani oleh Admin').waitFor();
    await page.getByRole('button', { name: 'Alihkan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alihkan percakapan' });
    const choice = dialog.locator(`button[data-agent-id="${agentId}"]`);
    await choice.waitFor();
    expect(await choice.textContent()).toContain('Luring');
    // Agen Dua opens a console elsewhere: the picker shows them online, live.
    const agentToken = await harness.adminToken('agen.dua@example.com', 'rahasia-agen-2');
    const agentSocket = connectSocket(harness.api.wsUrl, agentToken);
    await eventually(async () => expect(await choice.textContent()).toContain('Daring'));
    await choice.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Ditangani oleh Agen Dua').waitFor();
    expect((await indah.session()).assignedAdmin).toEqual({ id: agentId, name: 'Agen Dua' });

    await page.getByRole('button', { name: 'Tutup' }).click();
    const confirm = page.getByRole('dialog', { name: 'Tutup percakapan?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await indah.session()).status).toBe('ACTIVE');

    await page.getByRole('button', { name: 'Tutup' }).click();
    await confirm.getByRole('button', { name: 'Ya, tutup' }).click();
    await page.getByText('Percakapan ini telah ditutup.').waitFor();
    expect(await page.getByLabel('Tulis balasan').count()).toBe(0);
    expect((await indah.session()).status).toBe('CLOSED');
    await agentSocket.dispose();
    expect(errors).toEqual([]);
  });

  it('pages through a long queue as the list scrolls, each session once', async () => {
    for (let n = 1; n <= 22; n++) await arrive(`Pengunjung ${String(n).padStart(2, '0')}`, { firstMessage: 'Halo' });
    const adminToken = await harness.adminToken();
    const counted = await graphqlRequest<{ chatSessions: { totalCount: number } }, unknown>(
      harness.api.httpUrl,
      'query Count($filter: ChatSessionFilter) { chatSessions(filter: $filter, first: 0) { totalCount } }',
      { filter: { status: 'WAITING' } },
      adminToken,
    );
    const total = counted.data!.chatSessions.totalCount;
    expect(total).toBeGreaterThan(22);
    // A list already on screen takes the arrivals live, so it can hold them all: reload to start from one page.
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await page.reload();
    await eventually(async () => expect(await page.locator('.session-row').count()).toBe(20));
    await eventually(async () => expect(await queueCount('waiting')).toBe(String(total)));

    await page.locator('.inbox-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
    await eventually(async () => expect(await page.locator('.session-row').count()).toBe(total));
    const ids = await page.locator('.session-row a').evaluateAll((links) => links.map((a) => a.getAttribute('data-session-id')));
    expect(new Set(ids).size).toBe(total);
    expect(await page.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0);
  });

  it('works from the keyboard, with the focus always visible', async () => {
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await page.getByLabel('Cari pelanggan (nama atau email)').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return {
        session: element.getAttribute('data-session-id'),
        outline: getComputedStyle(element).outlineStyle,
      };
    });
    expect(focused.session).toBeTruthy();
    expect(focused.outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/#/inbox/waiting/${focused.session}`);
    await page.getByRole('button', { name: 'Tutup' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Tutup percakapan?' });
    await confirm.waitFor();
    // The dialog takes the focus (on "Batal"), and Escape closes it without closing the chat.
    expect(await confirm.getByRole('button', { name: 'Batal' }).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});

/** A real 2×2 PNG, padded after its end so the upload is big enough to watch. */
function pngOf(size: number): Buffer {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
    'base64',
  );
  return Buffer.concat([png, Buffer.alloc(Math.max(0, size - png.length))]);
}
