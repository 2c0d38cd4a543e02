import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let adminToken: string;
let supervisor: Staff;

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  supervisor = await harness.createStaff('Wulan Supervisor', 'wulan@example.com', 'SUPERVISOR');
});

const visitors: Visitor[] = [];

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

type Stored = { shortcut: string; title: string; text: string };
async function createReply(input: Stored): Promise<void> {
  const response = await graphqlRequest(
    harness.api.httpUrl,
    'mutation C($input: CannedResponseInput!) { createCannedResponse(input: $input) { id } }',
    { input },
    adminToken,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

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

describe('the composer\'s canned reply picker', () => {
  it('opens on "/", moves with the arrow keys, closes with Escape, and inserts the reply with its placeholders filled', async () => {
    await createReply({ shortcut: 'kbli', title: 'Kode KBLI', text: 'Cari kode KBLI di oss.go.id.' });
    await createReply({ shortcut: 'nib', title: 'Nomor Induk Berusaha', text: 'NIB terbit otomatis.' });
    await createReply({
      shortcut: 'salam-penutup',
      title: 'Salam penutup',
      text: 'Terima kasih, {{customer.name}}. Salam, {{agent.name}}. Tiket {{ticket.id}}',
    });
    const rina = await Visitor.arrive(harness.api, 'Rina Wati', { firstMessage: 'Halo, soal NIB', listen: true });
    visitors.push(rina);
    const { page, errors } = await harness.open();
    await signIn(page);
    await page.goto(`${harness.console.url}#/inbox/waiting/${rina.sessionId}`);
    await page.getByRole('log', { name: 'Riwayat pesan' }).getByText('Halo, soal NIB').waitFor();

    const composer = page.getByRole('textbox', { name: 'Tulis balasan' });
    const listbox = page.getByRole('listbox', { name: 'Balasan cepat' });
    const active = async () => {
      const id = await composer.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"]`).getAttribute('data-shortcut') : null;
    };
    expect(await composer.getAttribute('aria-controls')).toBeNull();
    await composer.press('/');
    await listbox.waitFor();
    expect(await composer.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    await eventually(async () =>
      expect(await listbox.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('data-shortcut')))).toEqual([
        'kbli',
        'nib',
        'salam-penutup',
      ]),
    );
    expect(await active()).toBe('kbli');
    expect(await listbox.getByRole('option', { selected: true }).getAttribute('data-shortcut')).toBe('kbli');
    expect(await axeViolations(page)).toEqual([]);

    await composer.press('ArrowDown');
    await composer.press('ArrowDown');
    expect(await active()).toBe('salam-penutup');
    await composer.press('ArrowDown');
    expect(await active()).toBe('kbli');
    await composer.press('ArrowUp');
    expect(await active()).toBe('salam-penutup');

    await composer.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await composer.getAttribute('aria-activedescendant')).toBeNull();
    expect(await composer.inputValue()).toBe('/');

    // Typing searches again: shortcut, title and text.
    await composer.pressSequentially('penutup');
    await eventually(async () =>
      expect(await listbox.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('data-shortcut')))).toEqual([
        'salam-penutup',
      ]),
    );
    await composer.press('Enter');
    await listbox.waitFor({ state: 'hidden' });
    expect(await composer.inputValue()).toBe('Terima kasih, Rina Wati. Salam, Admin. Tiket {{ticket.id}}');

    // Inserting sent nothing: the next Enter sends the filled-in reply, and it is the first the visitor hears.
    await composer.press('Enter');
    const [received] = await rina.messages!.waitFor(1);
    expect(received.messageAdded).toMatchObject({ sender: 'ADMIN', text: 'Terima kasih, Rina Wati. Salam, Admin. Tiket {{ticket.id}}' });
    expect(errors).toEqual([]);
  });
});
