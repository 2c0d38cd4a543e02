import { poll } from '../support/poll';
import { widgetAxeViolations } from '../support/axe';
import { announcedAfter, describedBy, firstMessage, FIRST_USERS_TOPICS, hasFocus } from '../support/actors';
import { screenshot } from '../support/screenshot';
import { bubbles, composer, startChatting, topicPicker, useHarness } from '../support/harness';
import { operationOf } from '../support/operations';

// The pre-chat topic picker against the real API: teams an admin shows in the widget, the
// visitor's choice, and the team the chat lands in, as an agent reads it.

const suite = useHarness();
const { visitor } = suite;
const teams: Record<string, string> = {};

const TOPIC_OPTIONS_ID = ['Pilih topik…', 'Akun OSS', 'Izin usaha', 'KBLI', 'NIB'];

it('offers no topic picker while no team is shown in the widget, and the chat starts without a team', async () => {
  const { page, errors } = await visitor();
  const starts: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (operationOf(body) === 'StartChatSession') starts.push(JSON.parse(body).variables.input);
  });
  await startChatting(page, { name: 'Tanpa Topik' });
  expect(await topicPicker(page).count()).toBe(0);
  const sessionId = await firstMessage(suite.admin, page, 'Tanpa Topik', 'Halo, ada yang bisa bantu?');
  expect(starts).toHaveLength(1);
  expect(starts[0]).not.toHaveProperty('teamId');
  expect(await suite.admin.session(sessionId)).toMatchObject({ team: null, status: 'WAITING' });
  await suite.admin.close(sessionId);
  expect(errors).toEqual([]);
});

it('asks for a topic once teams are shown, by keyboard too, and the chosen one becomes the chat’s team', async () => {
  for (const name of FIRST_USERS_TOPICS) teams[name] = await suite.admin.createTeam(name, true);
  await suite.admin.createTeam('Internal', false);
  const { page, errors } = await visitor();
  await page.getByRole('button', { name: 'Buka obrolan' }).click();
  const picker = topicPicker(page);
  // By name, after a prompt; a team not shown in the widget is not offered.
  await poll(() => picker.locator('option').allTextContents()).toEqual(TOPIC_OPTIONS_ID);
  expect(await picker.inputValue()).toBe('');
  expect(await picker.getAttribute('required')).not.toBeNull();

  await page.getByLabel(/^Nama/).fill('Dewi Lestari');
  await page.getByRole('button', { name: 'Mulai obrolan' }).click();
  expect(await picker.getAttribute('aria-invalid')).toBe('true');
  await poll(() => describedBy(picker)).toBe('Pilih topik pertanyaan Anda.');
  expect(await hasFocus(picker)).toBe(true);
  expect(await widgetAxeViolations(page)).toEqual([]);

  // The focused picker moves through the topics with the arrow keys, as a native select does.
  for (let step = 0; step < 3; step += 1) await picker.press('ArrowDown');
  await poll(() => picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('KBLI');
  expect(await picker.getAttribute('aria-invalid')).toBe('false');
  await page.getByRole('button', { name: 'Mulai obrolan' }).click();
  await composer(page).waitFor();
  // Until the first message the choice can still change, above the message box.
  expect(await topicPicker(page).inputValue()).toBe(teams.KBLI);
  expect(await widgetAxeViolations(page)).toEqual([]);
  await screenshot(page, 'topic-before-first-message');

  const sessionId = await firstMessage(suite.admin, page, 'Dewi Lestari', 'Saya mau tanya kode KBLI untuk warung kopi.');
  expect((await suite.admin.session(sessionId)).team).toEqual({ id: teams.KBLI, name: 'KBLI' });
  await poll(() => topicPicker(page).count()).toBe(0);
  await suite.admin.close(sessionId);
  expect(errors).toEqual([]);
});

it('asks again for a new chat after one ended, and holds the first message until a topic is chosen', async () => {
  const { page, errors } = await visitor();
  await startChatting(page, { name: 'Rina Kartika', topic: 'Izin usaha' });
  const first = await firstMessage(suite.admin, page, 'Rina Kartika', 'Pertanyaan pertama');
  expect((await suite.admin.session(first)).team?.name).toBe('Izin usaha');
  await suite.admin.close(first);
  await page.getByRole('button', { name: 'Mulai percakapan baru' }).click();

  // The next question may be about something else.
  const picker = topicPicker(page);
  await poll(() => picker.inputValue()).toBe('');
  await composer(page).fill('Pertanyaan kedua');
  await composer(page).press('Enter');
  await poll(() => describedBy(picker)).toBe('Pilih topik pertanyaan Anda.');
  expect(await hasFocus(picker)).toBe(true);
  // Nothing was sent: the text waits in the box.
  expect(await composer(page).inputValue()).toBe('Pertanyaan kedua');
  expect(await bubbles(page, 'customer').count()).toBe(0);

  await picker.selectOption({ label: 'NIB' });
  await poll(() => describedBy(picker)).toBe(null);
  const second = await firstMessage(suite.admin, page, 'Rina Kartika', 'Pertanyaan kedua');
  expect((await suite.admin.session(second)).team?.name).toBe('NIB');
  await suite.admin.close(second);
  expect(errors).toEqual([]);
});

it('says when the chosen topic was withdrawn meanwhile, and the retry goes to the topic chosen instead', async () => {
  const withdrawn = await suite.admin.createTeam('Pajak', true);
  const { page, errors } = await visitor();
  await startChatting(page, { name: 'Yusuf Hamid', topic: 'Pajak' });
  await suite.admin.updateTeam(withdrawn, { showInWidget: false });
  await composer(page).fill('Soal pajak usaha');
  await composer(page).press('Enter');
  await poll(() => page.locator('.msg.customer .error').textContent()).toBe('Topik ini tidak tersedia lagi. Pilih topik lain, lalu coba lagi.');
  // The widget asked for the topics again: the withdrawn one has left the picker.
  const picker = topicPicker(page);
  await poll(() => picker.locator('option').allTextContents()).toEqual(TOPIC_OPTIONS_ID);
  // A retry before choosing again is held, and the picker says why.
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await poll(() => describedBy(picker)).toBe('Pilih topik pertanyaan Anda.');
  expect(await hasFocus(picker)).toBe(true);
  expect(await page.locator('.msg.customer [data-status]').last().textContent()).toBe('Gagal terkirim');

  await picker.selectOption({ label: 'Izin usaha' });
  const sessionId = await announcedAfter(suite.admin, 'Yusuf Hamid', () => page.getByRole('button', { name: 'Coba lagi' }).click());
  await poll(() => page.locator('.msg.customer [data-status]').last().textContent()).toBe('Terkirim');
  expect((await suite.admin.session(sessionId)).team?.name).toBe('Izin usaha');
  expect(await bubbles(page, 'customer').allTextContents()).toEqual(['Soal pajak usaha']);
  await suite.admin.close(sessionId);
  expect(errors).toEqual([]);
});

it('in English, on a phone: "Topic", its prompt and its error', async () => {
  const { page, errors } = await visitor({ config: suite.h.config({ locale: 'en' }), viewport: { width: 375, height: 667 } });
  await page.getByRole('button', { name: 'Open chat' }).click();
  const picker = topicPicker(page);
  await poll(() => picker.locator('option').first().textContent()).toBe('Choose a topic…');
  await page.getByLabel(/^Name/).fill('Sarah Connor');
  await page.getByRole('button', { name: 'Start chat' }).click();
  await poll(() => describedBy(picker)).toBe('Please choose what your question is about.');
  expect(await widgetAxeViolations(page)).toEqual([]);
  // The whole width of the phone, tall enough for a thumb, and 16px so iOS does not zoom in.
  const box = (await picker.boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  expect(box.height).toBeGreaterThanOrEqual(40);
  expect(await picker.evaluate((select) => getComputedStyle(select).fontSize)).toBe('16px');
  await picker.selectOption({ label: 'Akun OSS' });
  await page.getByRole('button', { name: 'Start chat' }).click();
  const sessionId = await firstMessage(suite.admin, page, 'Sarah Connor', 'I cannot sign in to my OSS account.');
  expect((await suite.admin.session(sessionId)).team?.name).toBe('Akun OSS');
  await suite.admin.close(sessionId);
  expect(errors).toEqual([]);
});
