import type { Page } from 'playwright-core';
import { queryRows } from '../../../api/test/support/database';
import { settle } from '../../../api/test/support/test-app';
import type { Agent, SessionEvent } from '../support/agent';
import { poll } from '../support/poll';
import { chatFromApi } from '../support/actors';
import { screenshot } from '../support/screenshot';
import { bubbles, composer, openVisitor, startChatting, startHarness, type Harness, type VisitorTab } from '../support/harness';
import { operationOf } from '../support/operations';

// The visitor's whole conversation against the real API, with the agent driven over graphql-ws.

let h: Harness;
let agent: Agent;
const tabs: VisitorTab[] = [];

beforeAll(async () => {
  h = await startHarness();
  agent = await h.agent();
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  await Promise.allSettled(tabs.splice(0).map((tab) => tab.context.close()));
});

async function visitor(options: Parameters<typeof openVisitor>[1] = {}): Promise<VisitorTab> {
  const tab = await openVisitor(h, options);
  tabs.push(tab);
  return tab;
}

const firstMessage = (name: string) => `Halo, saya ${name}`;

/** Registers `name` through the form, writes the first message and returns the session the agents were told about. */
async function chatAs(page: Page, name: string): Promise<string> {
  const sessions = agent.watchSessions();
  await settle(200);
  await startChatting(page, { name });
  await send(page, firstMessage(name));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const event = sessions.events.find((e: SessionEvent) => e.chatSessionUpdated.customer.name === name);
    if (event) {
      sessions.stop();
      return event.chatSessionUpdated.id;
    }
    if (Date.now() > deadline) throw new Error(`no session announced for ${name}`);
    await settle(50);
  }
}

async function send(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

it('shows field errors next to the field, from its own checks and from the server', async () => {
  const { page, errors } = await visitor();
  await page.getByRole('button', { name: 'Buka obrolan' }).click();
  const name = page.getByLabel(/^Nama/);
  const email = page.getByLabel(/^Email/);
  const phone = page.getByLabel(/^Telepon/);
  const start = page.getByRole('button', { name: 'Mulai obrolan' });

  await email.fill('budi@');
  await phone.fill('12ab');
  await start.click();
  await expectDescription(name, 'Nama wajib diisi.');
  await expectDescription(email, 'Email belum benar. Contoh: nama@contoh.id');
  await expectDescription(phone, 'Nomor telepon belum benar. Contoh: +62 812 3456 7890');
  expect(await name.evaluate((input) => input === (input.getRootNode() as ShadowRoot).activeElement)).toBe(true);

  // A control character passes the widget's own checks; the server's BAD_USER_INPUT names the field.
  await name.fill('Budi\u0007');
  await email.fill('');
  await phone.fill('');
  await start.click();
  await expectDescription(name, 'Periksa kembali nama Anda.');
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  expect(errors).toEqual([]);
});

async function expectDescription(input: ReturnType<Page['getByLabel']>, text: string) {
  await poll(() => input.evaluate((element) => {
    const id = element.getAttribute('aria-describedby');
    return id ? (element.getRootNode() as ShadowRoot).getElementById(id)?.textContent : null;
  })).toBe(text);
}

it('starts the chat with the first message, not with the form: agents hear of no empty chat', async () => {
  const { page, errors } = await visitor();
  const starts: unknown[] = [];
  const typingOverHttp: unknown[] = [];
  const typingOverSocket: boolean[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (operationOf(body) === 'StartChatSession') starts.push(JSON.parse(body).variables.input);
    if (operationOf(body) === 'SetTyping') typingOverHttp.push(JSON.parse(body).variables);
  });
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      if (operationOf(payload) === 'SetTyping') typingOverSocket.push(JSON.parse(payload.toString()).payload.variables.isTyping);
    }),
  );
  const sessions = agent.watchSessions();
  await settle(200);
  await startChatting(page, { name: 'Siti Aminah', email: 'siti@contoh.id', phone: '+62 812 1111 2222' });
  // After "Mulai obrolan" the focus is in the message box, not dropped on <body>.
  expect(await composer(page).evaluate((box) => box === (box.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  await screenshot(page, 'after-prechat-form');

  // A marker chat the same subscription hears, so that hearing nothing of Siti's means something.
  const marker = await chatFromApi(h, 'Penanda', null, 'penanda');
  await waitForEvent(sessions.events, (e) => e.chatSessionUpdated.id === marker);
  expect(sessions.events.filter((e) => e.chatSessionUpdated.customer.name === 'Siti Aminah')).toEqual([]);
  expect(starts).toEqual([]);

  await composer(page).pressSequentially('Halo, saya mau tanya soal NIB', { delay: 5 });
  await composer(page).press('Shift+Enter');
  await composer(page).pressSequentially('untuk usaha mikro.');
  await composer(page).press('Enter');
  const announced = await waitForEvent(sessions.events, (e) => e.chatSessionUpdated.customer.name === 'Siti Aminah');
  expect(announced.chatSessionUpdated).toMatchObject({
    status: 'WAITING',
    customer: { name: 'Siti Aminah', email: 'siti@contoh.id', phone: '+62 812 1111 2222' },
  });
  const sessionId = announced.chatSessionUpdated.id;
  await poll(() => page.locator('.msg.customer [data-status]').last().textContent()).toBe('Terkirim');
  // One call started the chat with its message.
  expect(starts).toEqual([{ message: 'Halo, saya mau tanya soal NIB\nuntuk usaha mikro.', clientMessageId: expect.stringMatching(/^w-[0-9a-f]{32}$/) }]);
  const [stored] = await agent.messages(sessionId);
  expect(stored).toMatchObject({ sender: 'CUSTOMER', senderName: 'Siti Aminah', text: 'Halo, saya mau tanya soal NIB\nuntuk usaha mikro.' });
  expect(stored!.clientMessageId).toBe((starts[0] as { clientMessageId: string }).clientMessageId);
  expect(await composer(page).inputValue()).toBe('');

  // Typing reaches the agent; sending says "stopped typing", and so does a pause of a few seconds.
  const typing = agent.watchTyping(sessionId);
  await settle(200);
  await composer(page).pressSequentially('Satu lagi', { delay: 5 });
  const [first] = await typing.waitFor(1);
  expect(first!.typingChanged).toEqual({ sender: 'CUSTOMER', isTyping: true });
  const started = Date.now();
  await poll(() => typing.events.map((e) => e.typingChanged.isTyping)).toEqual([true, false]);
  expect(Date.now() - started).toBeGreaterThan(2_000);
  // Sent over the socket the widget already holds, not as HTTP requests.
  expect(typingOverSocket).toEqual([true, false]);
  expect(typingOverHttp).toEqual([]);
  expect(await bubbles(page, 'customer').allTextContents()).toEqual(['Halo, saya mau tanya soal NIB\nuntuk usaha mikro.']);
  expect(errors).toEqual([]);
});

it('starts the chat with a file when that is the first message, and agents hear of it with the file', async () => {
  const { page, errors } = await visitor();
  const sessions = agent.watchSessions();
  await settle(200);
  await startChatting(page, { name: 'Bambang Berkas' });
  await page.locator('input[type=file]').setInputFiles({ name: 'surat.txt', mimeType: 'text/plain', buffer: Buffer.from('surat izin') });
  const announced = await waitForEvent(sessions.events, (e) => e.chatSessionUpdated.customer.name === 'Bambang Berkas');
  // The first the agents hear of the chat is its first message, the file.
  expect(announced.chatSessionUpdated).toMatchObject({ status: 'WAITING', lastMessage: { text: null, file: { filename: 'surat.txt' } } });
  await poll(() => page.locator('.msg.customer a.file').textContent()).toBe('surat.txt (10 B)');
  const stored = await agent.messages(announced.chatSessionUpdated.id);
  expect(stored.map((message) => [message.text, message.file?.filename])).toEqual([[null, 'surat.txt']]);
  expect(errors).toEqual([]);
});

it("shows the agent's typing and reply live, and counts unread replies while the panel is closed", async () => {
  const { page, errors } = await visitor();
  const sessionId = await chatAs(page, 'Rudi Hartono');
  await send(page, 'Apakah bisa dibantu?');
  await poll(() => page.locator('[data-status]').last().textContent()).toBe('Terkirim');

  await agent.setTyping(sessionId, true);
  const indicator = page.locator('.typing');
  // Nobody has taken the chat yet; the typing event names the agent all the same.
  await poll(() => indicator.textContent()).toBe(`${agent.name} sedang mengetik…`);
  await agent.send(sessionId, 'Tentu, dengan senang hati.');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Tentu, dengan senang hati.']);
  expect(await page.locator('.msg.admin .who').textContent()).toBe(agent.name);
  expect(await indicator.textContent()).toBe('');
  // The reply assigned the chat to this agent; now the indicator names them.
  await agent.setTyping(sessionId, true);
  await poll(() => indicator.textContent()).toBe(`${agent.name} sedang mengetik…`);
  await agent.setTyping(sessionId, false);
  await poll(() => indicator.textContent()).toBe('');
  // The log is a polite live region, so screen readers announce each new message.
  expect(await page.locator('.log').getAttribute('role')).toBe('log');
  expect(await page.locator('.log').getAttribute('aria-live')).toBe('polite');

  await page.keyboard.press('Escape');
  const launcher = page.locator('.launcher');
  expect(await launcher.evaluate((button) => button === (button.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  await agent.send(sessionId, 'Ada yang lain?');
  await agent.send(sessionId, 'Kami tunggu kabarnya.');
  await poll(() => page.locator('.badge').textContent()).toBe('2');
  expect(await launcher.getAttribute('aria-label')).toBe('Buka obrolan, 2 pesan baru');

  await launcher.click();
  expect(await page.locator('.badge').count()).toBe(0);
  expect(await bubbles(page, 'admin').allTextContents()).toEqual([
    'Tentu, dengan senang hati.',
    'Ada yang lain?',
    'Kami tunggu kabarnya.',
  ]);
  expect(errors).toEqual([]);
});

it('renders hostile text inert, and turns only http(s) URLs into rel="noopener" links', async () => {
  const { page, errors } = await visitor();
  const sessionId = await chatAs(page, 'Tester XSS');
  const hostile =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> javascript:window.__pwned=3 ' +
    'lihat https://oss.go.id/informasi?a=1&b=2. <a href="javascript:alert(1)">klik</a>';
  await agent.send(sessionId, hostile);
  await send(page, '<b onmouseover="window.__pwned=4">tebal</b> http://contoh.id/x');

  await poll(() => bubbles(page, 'admin').count()).toBe(1);
  await poll(() => page.locator('[data-status]').last().textContent()).toBe('Terkirim');
  expect(await bubbles(page, 'admin').first().textContent()).toBe(hostile);
  const injected = await page.evaluate(
    () => document.querySelector('livechat-oss-widget')!.shadowRoot!.querySelectorAll('img, script, b, [onerror], [onmouseover], a[href^="javascript"]').length,
  );
  expect(injected).toBe(0);
  const links = await page.locator('.bubble a').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target'), text: a.textContent })),
  );
  expect(links).toEqual([
    { href: 'https://oss.go.id/informasi?a=1&b=2', rel: 'noopener', target: '_blank', text: 'https://oss.go.id/informasi?a=1&b=2' },
    { href: 'http://contoh.id/x', rel: 'noopener', target: '_blank', text: 'http://contoh.id/x' },
  ]);
  await page.locator('.bubble').first().hover();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

it('retries a failed message with the same clientMessageId, and it is stored once', async () => {
  const { page, errors } = await visitor();
  const sessionId = await chatAs(page, 'Dewi Lestari');
  const sent: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (operationOf(body) === 'SendMessage') sent.push(JSON.parse(body).variables.input.clientMessageId);
  });
  let refuse = true;
  await page.route(h.api.httpUrl, (route) => {
    if (refuse && operationOf(route.request().postData()) === 'SendMessage') return route.abort('connectionrefused');
    return route.continue();
  });

  await send(page, 'Pesan yang gagal dulu');
  const status = page.locator('[data-status]').last();
  await poll(() => status.textContent()).toBe('Gagal terkirim');
  refuse = false;
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await poll(() => status.textContent()).toBe('Terkirim');

  expect(sent).toHaveLength(2);
  expect(sent[1]).toBe(sent[0]);
  const stored = (await agent.messages(sessionId)).filter((message) => message.text === 'Pesan yang gagal dulu');
  expect(stored).toHaveLength(1);
  expect(stored[0]!.clientMessageId).toBe(sent[0]);
  expect(await bubbles(page, 'customer').allTextContents()).toEqual([firstMessage('Dewi Lestari'), 'Pesan yang gagal dulu']);
  expect(errors.filter((error) => !error.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
});

it('sends files with progress: images as thumbnails, others as links, after checking size and type', async () => {
  const { page, errors } = await visitor({ config: h.config({ maxFileSize: 0.001 }) });
  const sessionId = await chatAs(page, 'Agus Salim');
  const seen = agent.watchMessages(sessionId);
  await settle(200);
  const picker = page.locator('input[type=file]');
  const composerError = page.locator('.composer-error');

  await picker.setInputFiles({ name: 'besar.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2048, 'a') });
  await poll(() => composerError.textContent()).toBe('Berkas terlalu besar. Ukuran maksimal 1 KB.');
  await picker.setInputFiles({ name: 'program.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await poll(() => composerError.textContent()).toBe('Jenis berkas ini tidak bisa dikirim.');
  // The page says image/*, but the server takes JPEG, PNG and GIF only: the picker offers, and the
  // pre-check passes, only what the server will take, so an SVG never reaches it.
  expect(await picker.getAttribute('accept')).toBe(
    'image/jpeg,.jpg,.jpeg,image/png,.png,image/gif,.gif,application/pdf,.pdf,application/msword,.doc,text/plain,.txt',
  );
  const uploads: string[] = [];
  page.on('request', (request) => operationOf(request.postDataBuffer()) === 'SendFileMessage' && uploads.push(request.url()));
  await composer(page).fill('x');
  await composer(page).fill('');
  await poll(() => composerError.count()).toBe(0);
  await picker.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await poll(() => composerError.textContent()).toBe('Jenis berkas ini tidak bisa dikirim.');
  expect(await page.locator('.msg.customer .file').count()).toBe(0);

  // The upload is held for a moment, so its progress bar can be seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(h.api.httpUrl, async (route) => {
    if (operationOf(route.request().postDataBuffer()) === 'SendFileMessage') await held;
    return route.continue();
  });
  await picker.setInputFiles({ name: 'bukti.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await page.getByRole('progressbar').waitFor();
  expect(await page.locator('.msg.customer .file').first().textContent()).toContain('bukti.png');
  release();

  const [image] = await seen.waitFor(1);
  expect(image!.messageAdded.file).toMatchObject({ filename: 'bukti.png', mimeType: 'image/png', size: PNG_1X1.length });
  const thumb = page.locator('.msg.customer img.thumb');
  await thumb.waitFor();
  await poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  expect(await thumb.getAttribute('alt')).toBe('bukti.png');
  expect(await page.getByRole('progressbar').count()).toBe(0);

  await picker.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('nomor NIB saya 123') });
  const [, text] = await seen.waitFor(2);
  expect(text!.messageAdded.file).toMatchObject({ filename: 'catatan.txt', mimeType: 'text/plain' });
  const link = page.locator('.msg.customer a.file');
  await poll(() => link.textContent()).toBe('catatan.txt (18 B)');
  expect(await link.getAttribute('rel')).toBe('noopener');
  // Signed for the visitor, not the agent: each reader gets its own short-lived link.
  expect(await link.getAttribute('href')).toMatch(new RegExp(`/files/${text!.messageAdded.file!.id}\\?r=CUSTOMER%3A`));

  // The paperclip opens the file chooser; a file dropped on the panel is sent as well.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Lampirkan berkas' }).click()]);
  await chooser.setFiles({ name: 'pilihan.txt', mimeType: 'text/plain', buffer: Buffer.from('dipilih') });
  await page.locator('.panel').evaluate((panel) => {
    const data = new DataTransfer();
    data.items.add(new File(['dijatuhkan'], 'dijatuhkan.txt', { type: 'text/plain' }));
    panel.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    panel.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const [, , chosen, dropped] = await seen.waitFor(4);
  expect([chosen!.messageAdded.file?.filename, dropped!.messageAdded.file?.filename].sort()).toEqual(['dijatuhkan.txt', 'pilihan.txt']);

  // The server still decides: these bytes are no PNG whatever the name says.
  await picker.setInputFiles({ name: 'palsu.png', mimeType: 'image/png', buffer: Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]) });
  await poll(() => page.locator('.msg.customer .error').last().textContent()).toBe('Jenis berkas ini tidak bisa dikirim.');
  expect(uploads).toHaveLength(5); // the SVG was never sent
  // The failed bubble stays where it was written: a reply that comes after it goes below it.
  await agent.send(sessionId, 'Balasan sesudahnya');
  await poll(() => bubbles(page, 'admin').count()).toBe(1);
  const order = await page.locator('.log .msg').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  expect(order.slice(-2)).toEqual([expect.stringContaining('palsu.png'), expect.stringContaining('Balasan sesudahnya')]);
  expect((await agent.messages(sessionId)).filter((message) => message.file).map((message) => message.file!.filename).sort()).toEqual(
    ['bukti.png', 'catatan.txt', 'dijatuhkan.txt', 'pilihan.txt'],
  );
  expect(errors).toEqual([]);
});

it('resumes the same conversation after a reload, including what the agent sent meanwhile', async () => {
  const tab = await visitor();
  const sessionId = await chatAs(tab.page, 'Lina Marlina');
  await send(tab.page, 'Sebelum muat ulang');
  await poll(() => tab.page.locator('[data-status]').last().textContent()).toBe('Terkirim');
  const reply = await agent.send(sessionId, 'Balasan pertama');
  await poll(() => bubbles(tab.page, 'admin').count()).toBe(1);
  // Seen with the panel open, so read on the server before the page goes.
  const customerMark = async () =>
    (await queryRows<{ id: string }>(h.db.url, 'select customer_last_read_message_id::text as id from chat_session where id = $1', [sessionId]))[0]?.id;
  await poll(customerMark).toBe(reply.id);

  // Closed before leaving, so the next page starts closed and counts what arrives as unread.
  await tab.page.getByRole('button', { name: 'Tutup obrolan' }).first().click();
  const url = tab.page.url();
  await tab.page.close();
  await agent.send(sessionId, 'Dikirim saat halaman tertutup');
  const page = await tab.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  const saved = await page.evaluate(() => Object.keys(localStorage));
  expect(saved).toEqual([`livechat-oss:${h.api.httpUrl}`]);
  // What came while the page was closed is unread, as the server counts it.
  await poll(() => page.locator('.badge').textContent()).toBe('1');
  await page.getByRole('button', { name: /^Buka obrolan/ }).click();
  await composer(page).waitFor();
  expect(await page.getByLabel(/^Nama/).count()).toBe(0);
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Balasan pertama', 'Dikirim saat halaman tertutup']);
  expect(await bubbles(page, 'customer').allTextContents()).toEqual([firstMessage('Lina Marlina'), 'Sebelum muat ulang']);

  await agent.send(sessionId, 'Setelah muat ulang');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual([
    'Balasan pertama',
    'Dikirim saat halaman tertutup',
    'Setelah muat ulang',
  ]);
  await send(page, 'Masih sesi yang sama');
  await poll(async () => (await agent.messages(sessionId)).length).toBe(6);
  expect(errors).toEqual([]);
});

it('shows "Percakapan telah berakhir" when the session is closed, and starts a new one on request', async () => {
  const { page, errors } = await visitor();
  const sessionId = await chatAs(page, 'Hendra Wijaya');
  await send(page, 'Terima kasih');
  await poll(() => page.locator('[data-status]').last().textContent()).toBe('Terkirim');

  const sessions = agent.watchSessions();
  await settle(200);
  await agent.close(sessionId);
  await page.getByRole('heading', { name: 'Percakapan telah berakhir' }).waitFor();
  expect(await composer(page).count()).toBe(0);
  expect(await bubbles(page, 'customer').allTextContents()).toEqual([firstMessage('Hendra Wijaya'), 'Terima kasih']);

  await page.getByRole('button', { name: 'Mulai percakapan baru' }).click();
  await composer(page).waitFor();
  expect(await composer(page).evaluate((box) => box === (box.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  expect(await bubbles(page, 'customer').count()).toBe(0);
  await send(page, 'Pertanyaan baru');
  // The new chat exists, for the agents, from that message on.
  const fresh = await waitForEvent(
    sessions.events,
    (e) => e.chatSessionUpdated.customer.name === 'Hendra Wijaya' && e.chatSessionUpdated.id !== sessionId,
  );
  expect(fresh.chatSessionUpdated.status).toBe('WAITING');
  await poll(async () => (await agent.messages(fresh.chatSessionUpdated.id)).map((m) => m.text)).toEqual(['Pertanyaan baru']);
  expect(errors).toEqual([]);
});

async function waitForEvent<T>(events: T[], match: (event: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = events.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching event in ${JSON.stringify(events)}`);
    await settle(50);
  }
}
