import type { Page } from 'playwright-core';
import { connectSocket, graphqlRequest } from '../../api/test/support/test-app';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let adminToken: string;
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

interface Stats {
  activeSessions: number;
  waitingSessions: number;
  averageFirstResponseSeconds: number | null;
  messagesPerDay: { date: string; count: number }[];
}

async function apiStats(days: number): Promise<Stats> {
  const response = await graphqlRequest<{ stats: Stats }, unknown>(
    harness.api.httpUrl,
    'query Stats($days: Int!) { stats { activeSessions waitingSessions averageFirstResponseSeconds messagesPerDay(days: $days) { date count } } }',
    { days },
    adminToken,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.stats;
}

const card = (name: string) => page.locator(`[data-stat="${name}"] .stat-value`);
const tableRows = () =>
  page.locator('.chart-data tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({ date: row.children[0].textContent, count: Number(row.children[1].textContent) })),
  );

describe('dashboard', () => {
  it('shows the numbers the API gives, for 7 and 30 days, and follows new visitors live', async () => {
    const first = await Visitor.arrive(harness.api, 'Lina Marlina', { firstMessage: 'Halo' });
    const second = await Visitor.arrive(harness.api, 'Made Wirawan', { firstMessage: 'Permisi' });
    visitors.push(first, second);
    await first.say('Ada yang bisa bantu?');
    await graphqlRequest(
      harness.api.httpUrl,
      'mutation Reply($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
      { input: { sessionId: first.sessionId, text: 'Tentu, silakan' } },
      adminToken,
    );

    await page.getByRole('link', { name: 'Dasbor' }).click();
    await page.getByRole('heading', { name: 'Dasbor' }).waitFor();
    const week = await apiStats(7);
    expect(week).toMatchObject({ activeSessions: 1, waitingSessions: 1 });
    await eventually(async () => {
      expect(await card('active').textContent()).toBe(String(week.activeSessions));
      expect(await card('waiting').textContent()).toBe(String(week.waitingSessions));
    });
    const minutes = (week.averageFirstResponseSeconds! / 60).toFixed(1).replace('.', ',');
    expect(await card('first-response').textContent()).toBe(`${minutes} menit`);
    expect(await page.locator('.chart canvas').count()).toBe(1);
    await saveScreenshot(page, 'console-dashboard');
    await page.getByText('Jumlah pesan per tanggal').click();
    expect(await tableRows()).toEqual(week.messagesPerDay);
    expect(week.messagesPerDay.at(-1)!.count).toBe(4);

    // The chart's own range: the report below has presets of the same names.
    const chartRange = page.getByRole('group', { name: 'Rentang', exact: true });
    await chartRange.getByRole('button', { name: '30 hari' }).click();
    const month = await apiStats(30);
    await eventually(async () => expect(await tableRows()).toEqual(month.messagesPerDay));
    expect(month.messagesPerDay).toHaveLength(30);
    expect(await chartRange.getByRole('button', { name: '30 hari' }).getAttribute('aria-pressed')).toBe('true');

    // A new visitor: the waiting card follows without a reload (live, not the 30 s poll).
    visitors.push(await Visitor.arrive(harness.api, 'Nur Aini', { firstMessage: 'Halo dasbor' }));
    await eventually(async () => expect(await card('waiting').textContent()).toBe('2'), 8000);
    expect(errors).toEqual([]);
  });
});

describe('agents', () => {
  it('lists agents with online dots and creates one, showing field errors in words', async () => {
    await page.getByRole('link', { name: 'Agen' }).click();
    await page.getByRole('heading', { name: 'Agen', exact: true }).waitFor();
    const adminRow = page.locator('tr[data-agent-email="admin@example.com"]');
    await adminRow.waitFor();
    // This console's own socket makes the seeded admin online.
    expect(await adminRow.getByRole('img', { name: 'Daring' }).count()).toBe(1);

    const form = page.getByRole('region', { name: 'Tambah agen' });
    await form.getByRole('button', { name: 'Buat agen' }).click();
    expect(await form.getByText('Isi nama agen.').count()).toBe(1);
    expect(await form.getByText('Masukkan alamat email yang valid, misalnya nama@contoh.id.').count()).toBe(1);
    expect(await form.getByText('Kata sandi minimal 8 karakter.').count()).toBe(1);
    expect(await form.getByLabel('Nama').evaluate((input) => input === document.activeElement)).toBe(true);

    // A rule only the API knows: the email is taken. Its field error lands under Email.
    await form.getByLabel('Nama').fill('Admin Kedua');
    await form.getByLabel('Email').fill('admin@example.com');
    await form.getByLabel('Kata sandi').fill('rahasia-panjang');
    await form.getByRole('button', { name: 'Buat agen' }).click();
    const emailError = form.locator('.field-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toBe('An agent with this email already exists.');
    expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Nama').fill('Agen Baru');
    await form.getByLabel('Email').fill('agen.baru@example.com');
    await form.getByRole('button', { name: 'Buat agen' }).click();
    await form.getByText('Agen Agen Baru dibuat.').waitFor();
    const newRow = page.locator('tr[data-agent-email="agen.baru@example.com"]');
    await newRow.waitFor();
    expect(await newRow.getByRole('img', { name: 'Luring' }).count()).toBe(1);

    // The new agent can sign in, and their console coming online shows here live.
    const token = await harness.adminToken('agen.baru@example.com', 'rahasia-panjang');
    const socket = connectSocket(harness.api.wsUrl, token);
    await newRow.getByRole('img', { name: 'Daring' }).waitFor();
    await socket.dispose();
    await newRow.getByRole('img', { name: 'Luring' }).waitFor();
    expect(errors).toEqual([]);
  });
});
