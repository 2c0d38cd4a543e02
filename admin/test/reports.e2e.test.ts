import fs from 'node:fs';
import { parseCsv, reportRowAsCsv, type ReportRowFields } from '../../api/test/support/csv';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';

// The dashboard's report: a range of days in the desk's zone (Asia/Jakarta by default), a grouping,
// the API's rows in a table, and the CSV that the link downloads.

const REPORT = `query ReportOfTest($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {
  report(from: $from, to: $to, groupBy: $groupBy) {
    rows { ...Figures }
    totals { ...Figures }
  }
}
fragment Figures on ReportRow {
  key label chats messages
  firstResponseSeconds { median p90 count }
  resolutionSeconds { median p90 count }
  averageRating ratingCount
}`;

// 9 to 11 November 2026 in WIB: from 00:00 on the 9th to 00:00 on the 12th.
const FROM = '2026-11-08T17:00:00.000Z';
const TO = '2026-11-11T17:00:00.000Z';

let harness: ConsoleHarness;
let sari: Staff;
let budi: Staff;

async function insertChat(chat: { createdAt: string; agent?: Staff; messages: [string, number][]; closedAfter?: number; rating?: number }) {
  const created = new Date(chat.createdAt);
  const after = (seconds: number) => new Date(created.getTime() + seconds * 1000);
  const [customer] = await harness.sql(`insert into customer (id, name, created_at) values (gen_random_uuid(), 'Pelanggan', $1) returning id`, [created]);
  const last = Math.max(...chat.messages.map(([, seconds]) => seconds));
  const [session] = await harness.sql(
    `insert into chat_session (id, customer_id, assigned_admin_id, status, created_at, queued_at, last_message_at, closed_at, rating, rated_at)
     values (gen_random_uuid(), $1, $2, $3, $4, $4, $5, $6, $7, $6) returning id`,
    [
      customer.id,
      chat.agent?.id ?? null,
      chat.closedAfter !== undefined ? 'CLOSED' : chat.agent ? 'ACTIVE' : 'WAITING',
      created,
      after(last),
      chat.closedAfter === undefined ? null : after(chat.closedAfter),
      chat.rating ?? null,
    ],
  );
  for (const [sender, seconds] of chat.messages) {
    await harness.sql(`insert into message (session_id, sender, sender_admin_id, text, created_at) values ($1, $2, $3, 'pesan', $4)`, [
      session.id,
      sender,
      sender === 'ADMIN' ? chat.agent!.id : null,
      after(seconds),
    ]);
  }
}

beforeAll(async () => {
  harness = await startConsoleHarness();
  sari = await harness.createStaff('Sari Dewi', 'sari@example.com', 'AGENT');
  budi = await harness.createStaff('Budi Santoso', 'budi@example.com', 'AGENT');
  // 23:30 WIB on the 9th: answered after 40 s (the system line at 5 s is no answer), closed after 10 min.
  await insertChat({ createdAt: '2026-11-09T16:30:00Z', agent: sari, messages: [['CUSTOMER', 0], ['SYSTEM', 5], ['ADMIN', 40], ['CUSTOMER', 60]], closedAfter: 600, rating: 5 });
  // The 10th: answered after 130 s, closed after 4,000 s.
  await insertChat({ createdAt: '2026-11-10T03:00:00Z', agent: budi, messages: [['CUSTOMER', 0], ['ADMIN', 130]], closedAfter: 4000, rating: 4 });
  // 22:30 WIB on the 11th, waiting.
  await insertChat({ createdAt: '2026-11-11T15:30:00Z', messages: [['CUSTOMER', 0]] });
  // 00:30 WIB on the 12th: outside the range.
  await insertChat({ createdAt: '2026-11-11T17:30:00Z', agent: sari, messages: [['CUSTOMER', 0], ['ADMIN', 1]] });
});
afterAll(async () => {
  await harness?.close();
});

async function apiReport(groupBy: 'DAY' | 'AGENT'): Promise<{ rows: ReportRowFields[]; totals: ReportRowFields }> {
  const response = await graphqlRequest<{ report: { rows: ReportRowFields[]; totals: ReportRowFields } }, unknown>(
    harness.api.httpUrl,
    REPORT,
    { from: FROM, to: TO, groupBy },
    await harness.adminToken(),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.report;
}

const todayInJakarta = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

it('shows the rows of the picked range and grouping as the API computes them, and the CSV link downloads the same rows', async () => {
  const { page, errors } = await harness.open();
  await signIn(page);
  await page.goto(`${harness.console.url}#/dashboard`);
  const section = page.locator('section.report-card');
  await section.getByRole('heading', { name: 'Laporan percakapan' }).waitFor();
  const from = section.getByLabel('Dari tanggal');
  const to = section.getByLabel('Sampai tanggal');
  const presets = section.getByRole('group', { name: 'Rentang cepat' });

  // The last 7 days of the desk's calendar by default; 30 at a click.
  await section.locator('table.report-table').waitFor();
  const today = todayInJakarta();
  expect([await from.inputValue(), await to.inputValue()]).toEqual([daysBefore(today, 6), today]);
  expect(await presets.getByRole('button', { name: '7 hari' }).getAttribute('aria-pressed')).toBe('true');
  await presets.getByRole('button', { name: '30 hari' }).click();
  expect([await from.inputValue(), await to.inputValue()]).toEqual([daysBefore(today, 29), today]);
  await eventually(async () => expect(await section.locator('tbody tr').count()).toBe(30));

  await from.fill('2026-11-09');
  await to.fill('2026-11-11');
  const table = section.locator('table.report-table');
  const cells = async () =>
    table.locator('tbody tr, tfoot tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
    );
  const keys = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
  await eventually(async () => expect(await keys()).toEqual(['2026-11-09', '2026-11-10', '2026-11-11']));
  expect(await cells()).toEqual([
    ['2026-11-09', '1', '3', '40 dtk', '40 dtk', '10 mnt', '5,0', '1'],
    ['2026-11-10', '1', '2', '2 mnt 10 dtk', '2 mnt 10 dtk', '1 j 7 mnt', '4,0', '1'],
    ['2026-11-11', '1', '1', '—', '—', '—', '—', '0'],
    // First responses 40 and 130 s: median 85, p90 40 + 0.9 × 90 = 121; resolutions 600 and 4,000 s.
    ['Total', '3', '6', '1 mnt 25 dtk', '2 mnt 1 dtk', '38 mnt 20 dtk', '4,5', '2'],
  ]);
  const byDay = await apiReport('DAY');
  expect(byDay.rows.map((row) => [row.key, row.chats, row.messages, row.ratingCount])).toEqual([
    ['2026-11-09', 1, 3, 1],
    ['2026-11-10', 1, 2, 1],
    ['2026-11-11', 1, 1, 0],
  ]);

  await section.getByRole('group', { name: 'Kelompokkan menurut' }).getByRole('button', { name: 'Agen' }).click();
  await eventually(async () => expect(await keys()).toEqual([budi.id, sari.id, '']));
  expect(await cells()).toEqual([
    ['Budi Santoso', '1', '2', '2 mnt 10 dtk', '2 mnt 10 dtk', '1 j 7 mnt', '4,0', '1'],
    ['Sari Dewi', '1', '3', '40 dtk', '40 dtk', '10 mnt', '5,0', '1'],
    ['Belum ditugaskan', '1', '1', '—', '—', '—', '—', '0'],
    ['Total', '3', '6', '1 mnt 25 dtk', '2 mnt 1 dtk', '38 mnt 20 dtk', '4,5', '2'],
  ]);
  expect(await table.locator('thead th').first().innerText()).toBe('Agen');
  expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Unduh CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('laporan-agent-2026-11-09-2026-11-11.csv');
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [, ...records] = parseCsv(bytes.subarray(3).toString('utf8'));
  const byAgent = await apiReport('AGENT');
  expect(records).toEqual([...byAgent.rows, byAgent.totals].map(reportRowAsCsv));
  expect(records.map((record) => record[1])).toEqual(['Budi Santoso', 'Sari Dewi', 'Belum ditugaskan', 'Total']);
  expect(errors).toEqual([]);
});

it('says what is wrong with a range that ends before it starts, and asks for nothing', async () => {
  const { page, errors } = await harness.open();
  await signIn(page);
  await page.goto(`${harness.console.url}#/dashboard`);
  const section = page.locator('section.report-card');
  await section.locator('table.report-table').waitFor();

  await section.getByLabel('Dari tanggal').fill('2026-11-12');
  await section.getByLabel('Sampai tanggal').fill('2026-11-09');

  await section.getByRole('alert').filter({ hasText: 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.' }).waitFor();
  expect(await section.locator('table.report-table').count()).toBe(0);
  expect(errors).toEqual([]);
});
