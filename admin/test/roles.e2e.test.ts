import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness, type OpenConsole, type Staff } from './support/harness';

let harness: ConsoleHarness;
let adminToken: string;
let agent: Staff;
let supervisor: Staff;

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  agent = await harness.createStaff('Sari Agen', 'sari@example.com', 'AGENT');
  supervisor = await harness.createStaff('Wulan Supervisor', 'wulan@example.com', 'SUPERVISOR');
});

afterAll(async () => {
  await harness?.close();
});

// Closed after each test even when it fails, so that no agent stays online into the next.
let opened: OpenConsole[] = [];
afterEach(async () => {
  for (const { context } of opened) await context.close().catch(() => {});
  opened = [];
});

async function consoleOf(staff?: Staff): Promise<OpenConsole> {
  const console = await harness.open();
  opened.push(console);
  await signIn(console.page, staff?.email, staff?.password);
  return console;
}

const errorCodeOf = async (query: string, variables: Record<string, unknown>, token: string) =>
  (await graphqlRequest(harness.api.httpUrl, query, variables, token)).errors?.[0]?.extensions?.code;

const navLinks = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').allTextContents();

const agentRow = (page: Page, email: string) => page.locator(`tr[data-agent-email="${email}"]`);

const UpdateAdmin = 'mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) { updateAdmin(id: $id, input: $input) { id } }';

describe('screens by role', () => {
  it('gives an AGENT its inbox, the message search and its account only, and the server refuses it the rest anyway', async () => {
    const { page, errors } = await consoleOf(agent);
    await eventually(async () => expect(await navLinks(page)).toEqual(['Kotak masuk', 'Cari pesan']));
    for (const screen of ['agents', 'teams', 'labels', 'settings', 'dashboard', 'canned']) {
      await page.goto(`${harness.console.url}#/${screen}`);
      await page.getByRole('heading', { name: 'Halaman ini bukan untuk peran Anda' }).waitFor();
    }
    await page.getByRole('link', { name: 'Kembali ke kotak masuk' }).click();
    await page.getByRole('button', { name: 'Ambil berikutnya' }).waitFor();

    expect(await errorCodeOf(UpdateAdmin, { id: supervisor.id, input: { role: 'AGENT' } }, agent.token)).toBe('FORBIDDEN');
    expect(await errorCodeOf(UpdateAdmin, { id: agent.id, input: { role: 'ADMIN' } }, agent.token)).toBe('FORBIDDEN');
    expect(
      await errorCodeOf('mutation T($input: CreateTeamInput!) { createTeam(input: $input) { id } }', { input: { name: 'X' } }, agent.token),
    ).toBe('FORBIDDEN');
    expect(
      await errorCodeOf('mutation S { updateSettings(input: { routingMode: AUTO }) { routingMode } }', {}, agent.token),
    ).toBe('FORBIDDEN');
    expect(errors).toEqual([]);
  });

  it('shows a SUPERVISOR the dashboard and the agents, read-only', async () => {
    const { page, errors } = await consoleOf(supervisor);
    await eventually(async () => expect(await navLinks(page)).toEqual(['Kotak masuk', 'Cari pesan', 'Dasbor', 'Agen', 'Label', 'Balasan cepat', 'Pelanggan diblokir']));
    await page.getByRole('link', { name: 'Agen' }).click();
    await agentRow(page, agent.email).waitFor();
    expect(await page.getByRole('button', { name: /^Ubah/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Tambah agen' }).count()).toBe(0);
    expect(await errorCodeOf(UpdateAdmin, { id: agent.id, input: { maxConcurrentChats: 9 } }, supervisor.token)).toBe('FORBIDDEN');
    await page.goto(`${harness.console.url}#/teams`);
    await page.getByRole('heading', { name: 'Halaman ini bukan untuk peran Anda' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('follows a role change at once: the promoted agent gets the screens of its new role', async () => {
    const raka = await harness.createStaff('Raka', 'raka@example.com', 'AGENT');
    const { page, errors } = await consoleOf(raka);
    await eventually(async () => expect(await navLinks(page)).toEqual(['Kotak masuk', 'Cari pesan']));
    const promoted = await graphqlRequest(harness.api.httpUrl, UpdateAdmin, { id: raka.id, input: { role: 'SUPERVISOR' } }, adminToken);
    expect(promoted.errors).toBeUndefined();
    await eventually(async () => expect(await navLinks(page)).toEqual(['Kotak masuk', 'Cari pesan', 'Dasbor', 'Agen', 'Label', 'Balasan cepat', 'Pelanggan diblokir']));
    expect(errors).toEqual([]);
  });

  it('gives an ADMIN every screen', async () => {
    const { page, errors } = await consoleOf();
    await eventually(async () =>
      expect(await navLinks(page)).toEqual(['Kotak masuk', 'Cari pesan', 'Dasbor', 'Agen', 'Tim', 'Label', 'Balasan cepat', 'Pelanggan diblokir', 'Pengaturan', 'Integrasi', 'Log audit']),
    );
    expect(errors).toEqual([]);
  });
});

describe('availability', () => {
  it('switches between ONLINE and AWAY in the header; the server and the agents list follow', async () => {
    const admin = await consoleOf();
    await admin.page.getByRole('link', { name: 'Agen' }).click();
    const row = agentRow(admin.page, agent.email);
    await row.getByRole('img', { name: 'Luring' }).waitFor();

    const { page, errors, context } = await consoleOf(agent);
    const availability = page.getByLabel('Ketersediaan');
    await eventually(async () => expect(await availability.getAttribute('data-status')).toBe('ONLINE'));
    await row.getByRole('img', { name: 'Daring' }).waitFor();

    await availability.selectOption('AWAY');
    await row.getByRole('img', { name: 'Tidak di tempat' }).waitFor();
    const status = async () =>
      (
        await graphqlRequest<{ admins: { id: string; status: string }[] }, unknown>(
          harness.api.httpUrl,
          'query Admins { admins { id status } }',
          {},
          adminToken,
        )
      ).data!.admins.find((admin) => admin.id === agent.id)?.status;
    expect(await status()).toBe('AWAY');
    await eventually(async () => expect(await availability.getAttribute('data-status')).toBe('AWAY'));

    await availability.selectOption('ONLINE');
    await row.getByRole('img', { name: 'Daring' }).waitFor();
    expect(await status()).toBe('ONLINE');
    expect(errors).toEqual([]);
    expect(admin.errors).toEqual([]);
    await context.close();
    await row.getByRole('img', { name: 'Luring' }).waitFor();
  });
});

describe('managing agents', () => {
  it('edits name, role, limit and teams, checking the limit first', async () => {
    const team = await graphqlRequest<{ createTeam: { id: string } }, unknown>(
      harness.api.httpUrl,
      'mutation T($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name: 'KBLI' } },
      adminToken,
    );
    const editable = await harness.createStaff('Bima', 'bima@example.com', 'AGENT');
    const { page, errors } = await consoleOf();
    await page.getByRole('link', { name: 'Agen' }).click();
    const row = agentRow(page, editable.email);
    await row.waitFor();
    expect(await row.locator('[data-load]').textContent()).toBe('0 / 5 (bawaan)');

    await row.getByRole('button', { name: 'Ubah Bima' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah agen Bima' });
    await dialog.getByLabel('Nama').fill('Bima Sakti');
    await dialog.getByLabel('Peran').selectOption('SUPERVISOR');
    await dialog.getByLabel('Batas chat bersamaan').fill('0');
    await dialog.getByLabel('KBLI').check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Isi angka 1 sampai 100, atau kosongkan.').waitFor();
    await dialog.getByLabel('Batas chat bersamaan').fill('3');
    await saveScreenshot(page, 'console-agent-editor');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await eventually(async () => expect(await row.locator('td').nth(1).textContent()).toBe('Bima Sakti'));
    expect(await row.locator('[data-role]').textContent()).toBe('Supervisor');
    expect(await row.locator('[data-load]').textContent()).toBe('0 / 3');
    expect(await row.locator('[data-teams]').textContent()).toBe('KBLI');
    const stored = await graphqlRequest<{ admins: { id: string; name: string; role: string; maxConcurrentChats: number; teams: { id: string }[] }[] }, unknown>(
      harness.api.httpUrl,
      'query Admins { admins { id name role maxConcurrentChats teams { id } } }',
      {},
      adminToken,
    );
    expect(stored.data!.admins.find((admin) => admin.id === editable.id)).toEqual({
      id: editable.id,
      name: 'Bima Sakti',
      role: 'SUPERVISOR',
      maxConcurrentChats: 3,
      teams: [{ id: team.data!.createTeam.id }],
    });

    // Empty again: back to the desk's default.
    await row.getByRole('button', { name: 'Ubah Bima Sakti' }).click();
    await page.getByRole('dialog', { name: 'Ubah agen Bima Sakti' }).getByLabel('Batas chat bersamaan').fill('');
    await page.getByRole('dialog', { name: 'Ubah agen Bima Sakti' }).getByRole('button', { name: 'Simpan' }).click();
    await eventually(async () => expect(await row.locator('[data-load]').textContent()).toBe('0 / 5 (bawaan)'));
    expect(errors).toEqual([]);
  });

  it("signs a disabled agent out at once, saying why, and its sign-in is refused with the same words", async () => {
    const dina = await harness.createStaff('Dina', 'dina@example.com', 'AGENT');
    const theirs = await consoleOf(dina);
    await theirs.page.getByRole('button', { name: 'Ambil berikutnya' }).waitFor();

    const { page, errors } = await consoleOf();
    await page.getByRole('link', { name: 'Agen' }).click();
    const row = agentRow(page, dina.email);
    await row.getByRole('button', { name: 'Ubah Dina' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah agen Dina' });
    await dialog.getByLabel('Nonaktifkan akun').check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await row.getByText('Nonaktif', { exact: true }).waitFor();

    const message = 'Akun Anda dinonaktifkan. Hubungi admin untuk mengaktifkannya kembali.';
    await theirs.page.getByRole('status').getByText(message).waitFor();
    await theirs.page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor();
    expect(await theirs.page.evaluate(() => localStorage.getItem('livechat-oss-admin.session'))).toBeNull();

    await theirs.page.getByLabel('Email').fill(dina.email);
    await theirs.page.getByLabel('Kata sandi').fill(dina.password);
    await theirs.page.getByRole('button', { name: 'Masuk' }).click();
    await theirs.page.getByRole('alert').getByText(message).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the profile screen', () => {
  it("lets any agent change its own name, which the header and the API then show", async () => {
    const { page, errors } = await consoleOf(agent);
    await page.getByRole('link', { name: 'Masuk sebagai Sari Agen' }).click();
    const profile = page.getByRole('region', { name: 'Profil' });
    await profile.getByLabel('Nama').fill('');
    await profile.getByRole('button', { name: 'Simpan nama' }).click();
    await profile.getByText('Isi nama agen.').waitFor();
    await profile.getByLabel('Nama').fill('Sari Lestari');
    await profile.getByRole('button', { name: 'Simpan nama' }).click();
    await profile.getByText('Nama disimpan.').waitFor();
    await page.getByRole('link', { name: 'Masuk sebagai Sari Lestari' }).waitFor();
    const me = await graphqlRequest<{ me: { name: string } }, unknown>(harness.api.httpUrl, 'query Me { me { name } }', {}, agent.token);
    expect(me.data!.me.name).toBe('Sari Lestari');
    expect(errors).toEqual([]);
  });
});
