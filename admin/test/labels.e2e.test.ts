import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let adminToken: string;
let sari: Staff;
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  sari = await harness.createStaff('Sari Supervisor', 'sari@example.com', 'SUPERVISOR');
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphqlRequest<T, unknown>(harness.api.httpUrl, query, variables, adminToken);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

const storedLabels = async () => (await api<{ labels: { name: string; color: string }[] }>('query L { labels { name color } }')).labels;
const chatLabels = async (id: string) =>
  (await api<{ chatSession: { labels: { name: string }[] } }>('query C($id: ID!) { chatSession(id: $id) { labels { name } } }', { id }))
    .chatSession.labels.map((label) => label.name);
const labelRow = (name: string) => page.locator(`tr[data-label-name="${name}"]`);
const row = (on: Page, sessionId: string) => on.locator(`.session-row a[data-session-id="${sessionId}"]`);
const chipsOf = (on: Page, sessionId: string) => row(on, sessionId).getByRole('list', { name: 'Label percakapan' });

async function arrive(name: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage: `Halo, saya ${name}` });
  visitors.push(visitor);
  return visitor;
}

describe('labels', () => {
  it('are created, recoloured, renamed and deleted on their page, which has no axe violations', async () => {
    await page.getByRole('link', { name: 'Label', exact: true }).click();
    await page.getByText('Belum ada label.').waitFor();
    const form = page.getByRole('region', { name: 'Tambah label' });

    await form.getByRole('button', { name: 'Buat label' }).click();
    await form.getByText('Isi nama label.').waitFor();
    await form.getByLabel('Nama label').fill('NIB');
    await form.getByLabel('Warna').fill('#d1242f');
    await form.getByRole('button', { name: 'Buat label' }).click();
    await form.getByText('Label NIB dibuat.').waitFor();
    await form.getByLabel('Nama label').fill('KBLI');
    await form.getByLabel('Warna').fill('#1f6feb');
    await form.getByRole('button', { name: 'Buat label' }).click();
    await labelRow('KBLI').waitFor();
    expect(await storedLabels()).toEqual([
      { name: 'KBLI', color: '#1F6FEB' },
      { name: 'NIB', color: '#D1242F' },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-labels');

    // A name the API refuses (taken, whatever the case) lands under the field.
    await form.getByLabel('Nama label').fill('nib');
    await form.getByRole('button', { name: 'Buat label' }).click();
    await form.locator('.field-error').waitFor();
    expect(await storedLabels()).toHaveLength(2);

    await form.getByLabel('Nama label').fill('Hapus Saya');
    await form.getByRole('button', { name: 'Buat label' }).click();
    await labelRow('Hapus Saya').getByRole('button', { name: 'Ubah Hapus Saya' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah label Hapus Saya' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel('Nama label').fill('Segera Dihapus');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await labelRow('Segera Dihapus').getByRole('button', { name: 'Hapus label Segera Dihapus' }).click();
    await page.getByRole('dialog', { name: 'Hapus label Segera Dihapus?' }).getByRole('button', { name: 'Ya, hapus' }).click();
    await labelRow('Segera Dihapus').waitFor({ state: 'detached' });
    expect((await storedLabels()).map((label) => label.name)).toEqual(['KBLI', 'NIB']);
    expect(errors).toEqual([]);
  });

  it('are set from the conversation header, shown as chips on the row, and reach another console live', async () => {
    const rina = await arrive('Rina Wati');
    const budi = await arrive('Budi Santoso');
    const other = await harness.open();
    await signIn(other.page, sari.email, sari.password);
    await row(other.page, rina.sessionId).waitFor();

    await page.getByRole('link', { name: 'Kotak masuk' }).click();
    await row(page, rina.sessionId).click();
    await page.getByRole('button', { name: 'Atur label' }).click();
    const picker = page.getByRole('group', { name: 'Label percakapan' });
    await picker.getByLabel('NIB').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await picker.getByLabel('NIB').check();

    await eventually(async () => expect(await chipsOf(page, rina.sessionId).getByRole('listitem').allTextContents()).toEqual(['NIB ']));
    await eventually(async () => expect(await chatLabels(rina.sessionId)).toEqual(['NIB']));
    // The supervisor's console hears it without reloading.
    await eventually(async () => expect(await chipsOf(other.page, rina.sessionId).getByRole('listitem').allTextContents()).toEqual(['NIB ']));

    await picker.getByLabel('KBLI').check();
    await eventually(async () =>
      expect(await chipsOf(other.page, rina.sessionId).getByRole('listitem').allTextContents()).toEqual(['KBLI ', 'NIB ']),
    );
    await picker.getByLabel('KBLI').uncheck();
    await eventually(async () => expect(await chipsOf(other.page, rina.sessionId).getByRole('listitem').allTextContents()).toEqual(['NIB ']));
    expect(await chipsOf(page, budi.sessionId).count()).toBe(0);
    await saveScreenshot(page, 'console-label-picker');
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('filter the inbox to the chats having the chosen label', async () => {
    const [rina, budi] = visitors;
    await page.getByRole('link', { name: 'Kotak masuk' }).click();
    await row(page, budi!.sessionId).waitFor();
    const filter = page.getByLabel('Saring menurut label');

    await filter.selectOption({ label: 'NIB' });
    await row(page, budi!.sessionId).waitFor({ state: 'detached' });
    await row(page, rina!.sessionId).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await filter.selectOption({ label: 'KBLI' });
    await row(page, rina!.sessionId).waitFor({ state: 'detached' });
    await filter.selectOption({ label: 'Semua label' });
    await row(page, budi!.sessionId).waitFor();
    await row(page, rina!.sessionId).waitFor();
    expect(errors).toEqual([]);
  });
});
