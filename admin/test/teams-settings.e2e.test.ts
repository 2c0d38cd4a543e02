import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let adminToken: string;
let rudi: Staff;

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  rudi = await harness.createStaff('Rudi Hartono', 'rudi@example.com', 'AGENT');
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  await harness?.close();
});

async function api<T>(query: string): Promise<T> {
  const response = await graphqlRequest<T, unknown>(harness.api.httpUrl, query, {}, adminToken);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

type StoredTeam = { name: string; showInWidget: boolean; members: { name: string }[] };
const storedTeams = async () =>
  (await api<{ teams: StoredTeam[] }>('query Teams { teams { name showInWidget members { name } } }')).teams;
const teamRow = (name: string) => page.locator(`tr[data-team-name="${name}"]`);

describe('teams', () => {
  it('creates, renames and deletes a team with its members and widget topic', async () => {
    await page.getByRole('link', { name: 'Tim' }).click();
    await page.getByText('Belum ada tim. Semua percakapan masuk satu antrean.').waitFor();
    const form = page.getByRole('region', { name: 'Tambah tim' });

    await form.getByRole('button', { name: 'Buat tim' }).click();
    await form.getByText('Isi nama tim.').waitFor();
    await form.getByLabel('Nama tim').fill('NIB');
    await form.getByLabel('Tampilkan sebagai topik di widget').check();
    await form.getByLabel('Rudi Hartono').check();
    await form.getByRole('button', { name: 'Buat tim' }).click();
    await form.getByText('Tim NIB dibuat.').waitFor();
    await teamRow('NIB').waitFor();
    expect(await teamRow('NIB').locator('[data-members]').textContent()).toBe('Rudi Hartono');
    await saveScreenshot(page, 'console-teams');
    expect(await storedTeams()).toEqual([{ name: 'NIB', showInWidget: true, members: [{ name: 'Rudi Hartono' }] }]);
    // The topic reaches the widget.
    const config = await api<{ widgetConfig: { topics: { name: string }[] } }>('query W { widgetConfig { topics { name } } }');
    expect(config.widgetConfig.topics).toEqual([{ name: 'NIB' }]);

    // A name the API refuses (taken, whatever the case) lands under the field.
    await form.getByLabel('Nama tim').fill('nib');
    await form.getByRole('button', { name: 'Buat tim' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.getByLabel('Nama tim').getAttribute('aria-invalid')).toBe('true');
    expect(await storedTeams()).toHaveLength(1);

    await teamRow('NIB').getByRole('button', { name: 'Ubah NIB' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah tim NIB' });
    await dialog.getByLabel('Nama tim').fill('NIB dan OSS');
    await dialog.getByLabel('Tampilkan sebagai topik di widget').uncheck();
    await dialog.getByLabel('Rudi Hartono').uncheck();
    await dialog.getByLabel('Admin').check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await teamRow('NIB dan OSS').waitFor();
    expect(await storedTeams()).toEqual([{ name: 'NIB dan OSS', showInWidget: false, members: [{ name: 'Admin' }] }]);

    await teamRow('NIB dan OSS').getByRole('button', { name: 'Hapus NIB dan OSS' }).click();
    const confirm = page.getByRole('dialog', { name: 'Hapus tim NIB dan OSS?' });
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await storedTeams()).toHaveLength(1);
    await teamRow('NIB dan OSS').getByRole('button', { name: 'Hapus NIB dan OSS' }).click();
    await confirm.getByRole('button', { name: 'Ya, hapus' }).click();
    await teamRow('NIB dan OSS').waitFor({ state: 'detached' });
    expect(await storedTeams()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('settings', () => {
  it('switches routing to AUTO and sets the default limit, which the agents page then shows', async () => {
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    const manual = page.getByLabel('Manual');
    await manual.waitFor();
    expect(await manual.isChecked()).toBe(true);
    const limit = page.getByLabel('Batas chat bersamaan bawaan per agen');
    expect(await limit.inputValue()).toBe('5');

    await limit.fill('101');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Isi angka 1 sampai 100.').waitFor();
    await page.getByLabel('Otomatis').check();
    await limit.fill('4');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pengaturan disimpan.').waitFor();
    await saveScreenshot(page, 'console-settings');
    await eventually(async () =>
      expect(
        (await api<{ settings: unknown }>('query S { settings { routingMode defaultMaxConcurrentChats } }')).settings,
      ).toEqual({ routingMode: 'AUTO', defaultMaxConcurrentChats: 4 }),
    );

    await page.reload();
    await page.getByLabel('Otomatis').waitFor();
    expect(await page.getByLabel('Otomatis').isChecked()).toBe(true);
    expect(await page.getByLabel('Batas chat bersamaan bawaan per agen').inputValue()).toBe('4');
    await page.getByRole('link', { name: 'Agen' }).click();
    await page.locator(`tr[data-agent-email="${rudi.email}"] [data-load]`).getByText('0 / 4 (bawaan)').waitFor();
    expect(errors).toEqual([]);
  });
});
