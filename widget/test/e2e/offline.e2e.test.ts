import type { Page } from 'playwright-core';
import { queryRows } from '../../../api/test/support/database';
import { graphqlRequest } from '../../../api/test/support/test-app';
import { describedBy, hasFocus } from '../support/actors';
import { widgetAxeViolations } from '../support/axe';
import { bubbles, composer, startChatting, useHarness } from '../support/harness';
import { collectPageErrors } from '../../../testing/browser';
import { embeddingPage } from '../support/page-server';
import { poll } from '../support/poll';
import { screenshot } from '../support/screenshot';

// The offline form against the real API: the desk closed by its business hours (or without an
// ONLINE agent), the reopening time in the visitor's own zone, the message left in the queue,
// and the agent's reply read in the widget with the visitor's token.

const suite = useHarness();
const ALL_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const INDONESIAN_DAYS: Record<string, string> = {
  MONDAY: 'Senin', TUESDAY: 'Selasa', WEDNESDAY: 'Rabu', THURSDAY: 'Kamis', FRIDAY: 'Jumat', SATURDAY: 'Sabtu', SUNDAY: 'Minggu',
};

const admin = <T,>(query: string, variables: Record<string, unknown>) =>
  graphqlRequest<T, unknown>(suite.h.api.httpUrl, query, variables, suite.admin.token).then((response) => {
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  });
const setHours = (businessHours: unknown) =>
  admin('mutation Hours($input: UpdateSettingsInput!) { updateSettings(input: $input) { routingMode } }', { input: { businessHours } });
const setStatus = (status: string) => admin('mutation Status($status: AgentStatus!) { setMyStatus(status: $status) { id } }', { status });

/** The weekday two days from now in Jakarta: the desk opens only then, 08:00 to 16:00 WIB. */
function closedUntilTheDayAfterTomorrow(): string {
  const day = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Jakarta', weekday: 'long' }).format(new Date(Date.now() + 2 * 86_400_000)).toUpperCase();
  return day;
}

/** A visitor whose browser is in `timezoneId`. */
async function visitorIn(timezoneId: string): Promise<Page> {
  const url = suite.h.pages.setPage(`/offline-${Math.random().toString(36).slice(2)}.html`, embeddingPage({ config: suite.h.config() }));
  const context = await suite.h.browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId });
  contexts.push(context);
  const page = await context.newPage();
  errors.set(page, collectPageErrors(page));
  await page.goto(url);
  await page.getByRole('button', { name: 'Buka obrolan' }).click();
  return page;
}
const contexts: Awaited<ReturnType<typeof suite.h.browser.newContext>>[] = [];
const errors = new Map<Page, string[]>();
afterEach(async () => {
  await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
});

const reopens = (page: Page) => page.locator('.reopens');
const field = (page: Page, label: RegExp) => page.getByLabel(label);

it('shows when the desk opens again in WIB, checks each field, and leaves the message in the queue flagged offline', async () => {
  const opensOn = closedUntilTheDayAfterTomorrow();
  await setHours({ timezone: 'Asia/Jakarta', days: [{ weekday: opensOn, opens: '08:00', closes: '16:00' }], holidays: [] });
  const page = await visitorIn('Asia/Jakarta');
  await poll(() => reopens(page).textContent()).toBe(`Kami buka kembali ${INDONESIAN_DAYS[opensOn]} 08.00 WIB`);
  await page.getByText('Kami sedang tidak online. Tinggalkan pesan').waitFor();
  expect(await widgetAxeViolations(page)).toEqual([]);
  await screenshot(page, 'offline-form');

  // Each field says what is missing, and the first one takes the focus.
  await page.getByRole('button', { name: 'Kirim pesan' }).click();
  const name = field(page, /^Nama/);
  await poll(() => describedBy(name)).toBe('Nama wajib diisi.');
  expect(await describedBy(field(page, /^Email/))).toBe('Email wajib diisi agar kami bisa membalas.');
  expect(await describedBy(field(page, /^Pesan/))).toBe('Tulis pesan Anda.');
  expect(await hasFocus(name)).toBe(true);
  expect(await widgetAxeViolations(page)).toEqual([]);

  // The server's refusal lands on its field: a zero-width space alone is no message.
  await name.fill('Rina Wati');
  await field(page, /^Email/).fill('rina@contoh.id');
  await field(page, /^Pesan/).fill('\u200b');
  await page.getByRole('button', { name: 'Kirim pesan' }).click();
  await poll(() => describedBy(field(page, /^Pesan/))).toBe('Tulis pesan Anda.');
  expect(await field(page, /^Pesan/).getAttribute('aria-invalid')).toBe('true');

  await field(page, /^Pesan/).fill('Izin usaha saya belum terbit, mohon dibantu.');
  await page.getByRole('button', { name: 'Kirim pesan' }).click();
  await page.getByRole('heading', { name: 'Pesan Anda terkirim' }).waitFor();
  await page.getByText('Kami akan membalas ke rina@contoh.id saat kami buka kembali.').waitFor();
  expect(await widgetAxeViolations(page)).toEqual([]);
  await screenshot(page, 'offline-sent');

  const { chatSessions } = await admin<{ chatSessions: { edges: { node: { id: string; offline: boolean; status: string; customer: { name: string; email: string } } }[] } }>(
    'query Waiting { chatSessions(filter: { status: WAITING }) { edges { node { id offline status customer { name email } } } } }',
    {},
  );
  const left = chatSessions.edges.map(({ node }) => node).find((chat) => chat.customer.name === 'Rina Wati');
  expect(left).toMatchObject({ offline: true, status: 'WAITING', customer: { email: 'rina@contoh.id' } });

  // The conversation shows the message; the agent's reply arrives there, and after a reload too.
  await page.getByRole('button', { name: 'Lihat percakapan' }).click();
  await poll(() => bubbles(page, 'customer').allTextContents()).toEqual(['Izin usaha saya belum terbit, mohon dibantu.']);
  await poll(() => reopens(page).textContent()).toBe(`Kami buka kembali ${INDONESIAN_DAYS[opensOn]} 08.00 WIB`);
  await suite.admin.send(left!.id, 'Baik, kami cek besok pagi.');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Baik, kami cek besok pagi.']);
  expect(await widgetAxeViolations(page)).toEqual([]);
  // The panel was open: it is open again after the reload.
  await page.reload();
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Baik, kami cek besok pagi.']);
  expect(await composer(page).count()).toBe(1);
  expect(errors.get(page)).toEqual([]);
});

it("shows the reopening in the visitor's own zone: WIT in Jayapura", async () => {
  const opensOn = closedUntilTheDayAfterTomorrow();
  await setHours({ timezone: 'Asia/Jakarta', days: [{ weekday: opensOn, opens: '08:00', closes: '16:00' }], holidays: [] });
  const page = await visitorIn('Asia/Jayapura');
  await poll(() => reopens(page).textContent()).toBe(`Kami buka kembali ${INDONESIAN_DAYS[opensOn]} 10.00 WIT`);
  expect(errors.get(page)).toEqual([]);
});

it('offers the offline form within business hours while no agent is ONLINE, and the chat once one is', async () => {
  await setHours({ timezone: 'Asia/Jakarta', days: ALL_DAYS.map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })), holidays: [] });
  await setStatus('AWAY');
  try {
    const page = await visitorIn('Asia/Jakarta');
    await page.getByRole('button', { name: 'Kirim pesan' }).waitFor();
    // Open hours: no reopening time to tell.
    expect(await reopens(page).count()).toBe(0);
    expect(await widgetAxeViolations(page)).toEqual([]);
    await setStatus('ONLINE');
    // Closing and opening the panel asks the server again.
    await page.locator('.launcher').click();
    await page.getByRole('button', { name: 'Buka obrolan' }).click();
    await page.getByRole('button', { name: 'Mulai obrolan' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kirim pesan' }).count()).toBe(0);
    expect(errors.get(page)).toEqual([]);
  } finally {
    await setStatus('ONLINE');
  }
});

it('offers the offline form, not the composer, to a returning visitor without a chat, and keeps it the same visitor', async () => {
  await setHours({ timezone: 'Asia/Jakarta', days: ALL_DAYS.map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })), holidays: [] });
  const context = await suite.h.browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Jakarta' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(suite.h.pages.setPage('/offline-returning.html', embeddingPage({ config: suite.h.config() })));
  // While the desk answers, the visitor fills in the form and writes nothing yet: registered, no chat.
  await startChatting(page, { name: 'Dewi Lestari', email: 'dewi@contoh.id' });
  const opensOn = closedUntilTheDayAfterTomorrow();
  await setHours({ timezone: 'Asia/Jakarta', days: [{ weekday: opensOn, opens: '08:00', closes: '16:00' }], holidays: [] });

  await page.reload();
  await page.getByRole('button', { name: 'Kirim pesan' }).waitFor();
  expect(await composer(page).count()).toBe(0);
  await field(page, /^Nama/).fill('Dewi Lestari');
  await field(page, /^Email/).fill('dewi@contoh.id');
  await field(page, /^Pesan/).fill('Saya kembali: bagaimana status izin saya?');
  await page.getByRole('button', { name: 'Kirim pesan' }).click();
  await page.getByRole('heading', { name: 'Pesan Anda terkirim' }).waitFor();

  const { chatSessions } = await admin<{ chatSessions: { edges: { node: { offline: boolean; customer: { id: string; name: string } } }[] } }>(
    'query Dewi { chatSessions(filter: { status: WAITING }) { edges { node { offline customer { id name } } } } }',
    {},
  );
  const hers = chatSessions.edges.map(({ node }) => node).filter((chat) => chat.customer.name === 'Dewi Lestari');
  expect(hers).toHaveLength(1);
  expect(hers[0]!.offline).toBe(true);
  // The visitor who filled in the form earlier, not a second one.
  expect(await queryRows(suite.h.db.url, `select id from customer where name = 'Dewi Lestari'`)).toEqual([{ id: hers[0]!.customer.id }]);
});
