import type { Locator, Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
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

interface StoredProfile {
  name: string;
  email: string | null;
  attributes: Record<string, string>;
}

async function storedProfile(sessionId: string): Promise<StoredProfile> {
  const response = await graphqlRequest<{ chatSession: { customer: StoredProfile } }, unknown>(
    harness.api.httpUrl,
    'query P($id: ID!) { chatSession(id: $id) { customer { name email attributes } } }',
    { id: sessionId },
    adminToken,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.chatSession.customer;
}

const panelOf = (on: Page) => on.getByRole('complementary', { name: 'Pelanggan' });
const formOf = (on: Page) => panelOf(on).getByRole('form', { name: 'Ubah profil pelanggan' });
const messageLog = (on: Page) => on.getByRole('log');
/** The text an input's aria-describedby points at: its error. */
const describedText = async (input: Locator) =>
  page.locator(`[id="${await input.getAttribute('aria-describedby')}"]`).textContent();

/** A returning visitor: a closed first chat, and the waiting one it came back with. */
async function returningVisitor(name: string, email: string) {
  const first = await Visitor.arrive(harness.api, name, { email, firstMessage: 'Bagaimana cara membuat NIB?' });
  const again = await first.returnLater('Saya kembali, soal NPWP');
  visitors.push(first, again);
  return { first, again };
}

describe('the customer profile', () => {
  it('edits name and attributes, shown at once here and live in another console', async () => {
    const { again } = await returningVisitor('Rudi Hartono', 'rudi@example.com');
    const other = await harness.open();
    await signIn(other.page);
    for (const on of [page, other.page]) {
      await on.goto(`${harness.console.url}#/inbox/waiting/${again.sessionId}`);
      await panelOf(on).getByText('rudi@example.com').waitFor();
    }

    await panelOf(page).getByRole('button', { name: 'Ubah profil' }).click();
    const form = formOf(page);
    await form.getByLabel('Nama', { exact: true }).fill('Rudi H.');
    await form.getByRole('button', { name: 'Tambah atribut' }).click();
    await form.getByLabel('Nama atribut 1').fill('NIB');
    await form.getByLabel('Nilai atribut 1').fill('9120001234567');
    await form.getByRole('button', { name: 'Tambah atribut' }).click();
    await form.getByLabel('Nama atribut 2').fill('Perusahaan');
    await form.getByLabel('Nilai atribut 2').fill('PT Maju Jaya');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-customer-profile-form');
    await form.getByRole('button', { name: 'Simpan' }).click();

    await form.waitFor({ state: 'detached' });
    const panel = panelOf(page);
    await panel.getByText('9120001234567').waitFor();
    expect(await panel.locator('dl').textContent()).toContain('Rudi H.');
    expect(await storedProfile(again.sessionId)).toEqual({
      name: 'Rudi H.',
      email: 'rudi@example.com',
      attributes: { NIB: '9120001234567', Perusahaan: 'PT Maju Jaya' },
    });
    // The other console hears of it without reloading.
    await panelOf(other.page).getByText('PT Maju Jaya').waitFor();
    await eventually(async () => expect(await panelOf(other.page).locator('dl').textContent()).toContain('Rudi H.'));

    // Removing a row removes the attribute.
    await panel.getByRole('button', { name: 'Ubah profil' }).click();
    await formOf(page).getByRole('button', { name: 'Hapus atribut Perusahaan' }).click();
    await formOf(page).getByRole('button', { name: 'Simpan' }).click();
    await formOf(page).waitFor({ state: 'detached' });
    await eventually(async () => expect((await storedProfile(again.sessionId)).attributes).toEqual({ NIB: '9120001234567' }));
    await panel.getByText('PT Maju Jaya').waitFor({ state: 'detached' });
    await panelOf(other.page).getByText('PT Maju Jaya').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it("shows the server's refusal beside the field it names, and stores nothing", async () => {
    const { again } = await returningVisitor('Sinta Dewi', 'sinta@example.com');
    await page.goto(`${harness.console.url}#/inbox/waiting/${again.sessionId}`);
    await panelOf(page).getByText('sinta@example.com').waitFor();
    const before = await storedProfile(again.sessionId);

    await panelOf(page).getByRole('button', { name: 'Ubah profil' }).click();
    const form = formOf(page);
    const email = form.getByLabel('Email');
    await email.fill('sinta@');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await eventually(async () => expect(await email.getAttribute('aria-invalid')).toBe('true'));
    expect(await describedText(email)).toMatch(/valid email/);
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);

    // A value without a name: the API names the attribute, and the error lands on its row.
    await email.fill('sinta@example.com');
    await form.getByRole('button', { name: 'Tambah atribut' }).click();
    await form.getByLabel('Nilai atribut 1').fill('01.234.567.8-901.000');
    await form.getByRole('button', { name: 'Simpan' }).click();
    const value = form.getByLabel('Nilai atribut 1');
    await eventually(async () => expect(await value.getAttribute('aria-invalid')).toBe('true'));
    expect(await describedText(value)).toMatch(/needs a name/);
    expect(await email.getAttribute('aria-invalid')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    expect(await storedProfile(again.sessionId)).toEqual(before);

    await form.getByRole('button', { name: 'Batal' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await storedProfile(again.sessionId)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('lists the earlier chats with their status, date and last message, and opens one', async () => {
    const { first, again } = await returningVisitor('Wawan Setiawan', 'wawan@example.com');
    await page.goto(`${harness.console.url}#/inbox/waiting/${again.sessionId}`);
    const chats = panelOf(page).getByRole('region', { name: 'Percakapan sebelumnya' });
    const earlier = chats.getByRole('link');
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(1);
    expect(await earlier.getAttribute('href')).toMatch(new RegExp(`/${first.sessionId}$`));
    const text = await earlier.textContent();
    expect(text).toContain('Selesai');
    expect(text).toContain('Bagaimana cara membuat NIB?');
    expect(await earlier.locator('time').getAttribute('datetime')).toEqual(expect.any(String));
    expect(await axeViolations(page)).toEqual([]);

    await earlier.click();
    await messageLog(page).getByText('Bagaimana cara membuat NIB?').waitFor();
    await page.getByText('Percakapan ini telah ditutup.').waitFor();
    // From the earlier chat, the panel lists the newer one.
    await chats.locator(`a[href$="/${again.sessionId}"]`).waitFor();
    expect(errors).toEqual([]);
  });
});
