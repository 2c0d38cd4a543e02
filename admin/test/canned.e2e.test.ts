import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';

let harness: ConsoleHarness;
let adminToken: string;
let supervisor: Staff;

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  supervisor = await harness.createStaff('Wulan Supervisor', 'wulan@example.com', 'SUPERVISOR');
});

afterAll(async () => {
  await harness?.close();
});

type Stored = { shortcut: string; title: string; text: string };
async function storedReplies(): Promise<Stored[]> {
  const response = await graphqlRequest<{ cannedResponses: Stored[] }, unknown>(
    harness.api.httpUrl,
    'query C { cannedResponses { shortcut title text } }',
    {},
    adminToken,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.cannedResponses;
}

const replyRow = (page: Page, shortcut: string) => page.locator(`tr[data-shortcut="${shortcut}"]`);

describe('canned replies page', () => {
  it('lets a SUPERVISOR create, edit and delete replies, placeholders kept, refusing bad input under its field', async () => {
    const { page, errors } = await harness.open();
    await signIn(page, supervisor.email, supervisor.password);
    await page.getByRole('link', { name: 'Balasan cepat' }).click();
    await page.getByText('Belum ada balasan cepat.').waitFor();
    const form = page.getByRole('region', { name: 'Tambah balasan cepat' });

    await form.getByRole('button', { name: 'Simpan balasan' }).click();
    await form.getByText('Isi judul.').waitFor();
    await form.getByText('Isi teks balasan.').waitFor();
    expect(await form.getByLabel('Pintasan').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Pintasan').fill('Salam Pagi');
    await form.getByLabel('Judul').fill('Salam pembuka');
    await form.getByLabel('Teks').fill('Halo {{customer.name}}, saya {{agent.name}} dari OSS.');
    await form.getByRole('button', { name: 'Simpan balasan' }).click();
    await form.getByText('Pintasan berisi 1 sampai 30 huruf kecil, angka, atau tanda "-".').waitFor();
    expect(await storedReplies()).toEqual([]);

    await form.getByLabel('Pintasan').fill('salam');
    await form.getByRole('button', { name: 'Simpan balasan' }).click();
    await form.getByText('Balasan /salam disimpan.').waitFor();
    await replyRow(page, 'salam').waitFor();
    expect(await storedReplies()).toEqual([
      { shortcut: 'salam', title: 'Salam pembuka', text: 'Halo {{customer.name}}, saya {{agent.name}} dari OSS.' },
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // A shortcut another reply has is refused by the API, under the field.
    await form.getByLabel('Pintasan').fill('salam');
    await form.getByLabel('Judul').fill('Dua');
    await form.getByLabel('Teks').fill('Dua');
    await form.getByRole('button', { name: 'Simpan balasan' }).click();
    await form.getByText('Pintasan ini sudah dipakai balasan lain.').waitFor();
    expect(await storedReplies()).toHaveLength(1);

    await replyRow(page, 'salam').getByRole('button', { name: 'Ubah /salam' }).click();
    const editor = page.getByRole('dialog', { name: 'Ubah balasan /salam' });
    await editor.getByLabel('Judul').fill('Salam pagi');
    expect(await axeViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Simpan' }).click();
    await editor.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await replyRow(page, 'salam').textContent()).toContain('Salam pagi'));
    expect((await storedReplies())[0]?.title).toBe('Salam pagi');

    await replyRow(page, 'salam').getByRole('button', { name: 'Hapus /salam' }).click();
    const confirm = page.getByRole('dialog', { name: 'Hapus balasan /salam?' });
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ya, hapus' }).click();
    await page.getByText('Belum ada balasan cepat.').waitFor();
    expect(await storedReplies()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
