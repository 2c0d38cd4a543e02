import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';

// The business hours editor in Settings and the Offline tag on chats left through the widget's
// offline form, against the real API.

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let adminToken: string;

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  await harness?.close();
});

/** As the seeded admin, or anonymously with `token` null. */
async function api<T>(query: string, variables: Record<string, unknown> = {}, token: string | null = adminToken): Promise<T> {
  const response = await graphqlRequest<T, unknown>(harness.api.httpUrl, query, variables, token ?? undefined);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}
const storedHours = async () =>
  (await api<{ settings: unknown }>('query Hours { settings { offlineMessage businessHours { timezone holidays days { weekday opens closes } } } }')).settings;
const hoursForm = () => page.getByRole('region', { name: 'Jam layanan' });
const day = (name: string) => hoursForm().getByRole('group', { name });

it('shows the default hours, saves days, an overnight shift, a holiday, the zone and the text, and shows a refusal at its field', async () => {
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await hoursForm().waitFor();
  expect(await hoursForm().getByLabel('Zona waktu').inputValue()).toBe('Asia/Jakarta');
  expect(await day('Senin').getByRole('checkbox').isChecked()).toBe(true);
  expect(await day('Senin').getByLabel('Jam buka Senin').inputValue()).toBe('08:00');
  expect(await day('Jumat').getByLabel('Jam tutup Jumat').inputValue()).toBe('16:00');
  expect(await day('Sabtu').getByRole('checkbox').isChecked()).toBe(false);
  expect(await day('Sabtu').textContent()).toContain('Tutup');
  expect(await axeViolations(page)).toEqual([]);

  await hoursForm().getByLabel('Zona waktu').selectOption('Asia/Jayapura');
  await day('Sabtu').getByRole('checkbox').check();
  await day('Sabtu').getByLabel('Jam buka Sabtu').fill('09:00');
  await day('Sabtu').getByLabel('Jam tutup Sabtu').fill('13:00');
  await day('Jumat').getByLabel('Jam buka Jumat').fill('22:00');
  await day('Jumat').getByLabel('Jam tutup Jumat').fill('06:00');
  await day('Rabu').getByRole('checkbox').uncheck();
  await hoursForm().getByLabel('Tanggal libur').fill('2026-12-25');
  await hoursForm().getByRole('button', { name: 'Tambah hari libur' }).click();
  await hoursForm().getByRole('button', { name: 'Hapus 2026-12-25' }).waitFor();
  await hoursForm().getByLabel(/^Pesan saat tutup/).fill('Kami libur, tinggalkan pesan.');
  await hoursForm().getByRole('button', { name: 'Terapkan jam layanan' }).click();
  await hoursForm().getByText('Pengaturan disimpan.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'console-business-hours');
  const saved = {
    offlineMessage: 'Kami libur, tinggalkan pesan.',
    businessHours: {
      timezone: 'Asia/Jayapura',
      holidays: ['2026-12-25'],
      days: [
        { weekday: 'MONDAY', opens: '08:00', closes: '16:00' },
        { weekday: 'TUESDAY', opens: '08:00', closes: '16:00' },
        { weekday: 'THURSDAY', opens: '08:00', closes: '16:00' },
        { weekday: 'FRIDAY', opens: '22:00', closes: '06:00' },
        { weekday: 'SATURDAY', opens: '09:00', closes: '13:00' },
      ],
    },
  };
  await eventually(async () => expect(await storedHours()).toEqual(saved));

  // Opening and closing at once is refused by the server, beside the field it names; nothing is stored.
  await day('Kamis').getByLabel('Jam tutup Kamis').fill('08:00');
  await hoursForm().getByRole('button', { name: 'Terapkan jam layanan' }).click();
  const closes = day('Kamis').getByLabel('Jam tutup Kamis');
  await eventually(async () => expect(await closes.getAttribute('aria-invalid')).toBe('true'));
  expect(await day('Kamis').locator('.field-error').textContent()).toMatch(/close at another time/);
  expect(await closes.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await storedHours()).toEqual(saved);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await hoursForm().waitFor();
  expect(await hoursForm().getByLabel('Zona waktu').inputValue()).toBe('Asia/Jayapura');
  expect(await day('Rabu').getByRole('checkbox').isChecked()).toBe(false);
  expect(await day('Jumat').getByLabel('Jam tutup Jumat').inputValue()).toBe('06:00');
  expect(errors).toEqual([]);
});

it('tags a chat left through the offline form as Offline, in the inbox list and in the conversation', async () => {
  const left = await api<{ leaveOfflineMessage: { chatSession: { id: string } } }>(
    'mutation Leave($input: LeaveOfflineMessageInput!) { leaveOfflineMessage(input: $input) { chatSession { id } } }',
    { input: { name: 'Tamu Malam', email: 'malam@contoh.id', message: 'Saya tunggu balasan besok.' } },
    null,
  );
  const sessionId = left.leaveOfflineMessage.chatSession.id;
  await page.goto(`${harness.console.url}#/inbox/waiting`);
  const row = page.locator(`.session-row a[data-session-id="${sessionId}"]`);
  await row.waitFor();
  expect(await row.locator('.row-offline').textContent()).toBe('Offline');
  expect(await page.locator('.session-row .row-offline').count()).toBe(1);
  await row.click();
  await page.locator('.conversation-header .row-offline').waitFor();
  expect(await page.locator('.conversation-header .row-offline').getAttribute('title')).toBe('Ditinggalkan lewat formulir offline');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
