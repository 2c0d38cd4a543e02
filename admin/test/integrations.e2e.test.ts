import type { Page } from 'playwright-core';
import { errorCode, graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  harness = await startConsoleHarness();
  const opened = await harness.open();
  ({ page, errors } = opened);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.console.url });
  await signIn(page);
});

afterAll(async () => {
  await harness?.close();
});

const stats = (secret: string) => graphqlRequest(harness.api.httpUrl, 'query KeyStats { stats { waitingSessions } }', {}, secret);
const keyRow = (name: string) => page.locator(`tr[data-api-key="${name}"]`);

describe('the Integrations page', () => {
  it('makes an API key whose secret is shown once, that works against the API until it is revoked', async () => {
    await page.getByRole('link', { name: 'Integrasi' }).first().click();
    await page.getByRole('heading', { name: 'Integrasi', level: 1 }).waitFor();
    await page.getByText('Belum ada kunci API.').waitFor();

    await page.getByRole('button', { name: 'Buat kunci' }).click();
    await page.getByText('Isi nama kunci.').waitFor();
    await page.getByLabel('Nama kunci').fill('Bot Jam Buka');
    await page.getByLabel('Baca laporan').check();
    await page.getByRole('button', { name: 'Buat kunci' }).click();

    const secretField = page.getByLabel('Kunci rahasia');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^lco_/);
    await page.getByText('Salin kunci ini sekarang: kunci tidak akan ditampilkan lagi.').waitFor();
    await page.getByRole('button', { name: 'Salin kunci' }).click();
    await page.getByText(/Kunci disalin\.|Kunci sudah dipilih/).waitFor();
    await keyRow('Bot Jam Buka').waitFor();
    expect(await keyRow('Bot Jam Buka').locator('td').nth(1).innerText()).toBe(secret.slice(0, 12));
    expect(await keyRow('Bot Jam Buka').locator('td').nth(2).innerText()).toBe('Baca laporan');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-integrations');

    // The key works against the API.
    expect(errorCode(await stats(secret))).toBeUndefined();

    // Once dismissed, and after a reload, the secret is nowhere on the page.
    await page.getByRole('button', { name: 'Selesai' }).click();
    await secretField.waitFor({ state: 'detached' });
    const adminToken = await harness.adminToken();
    await eventually(async () => {
      const listed = await graphqlRequest<{ apiKeys: { lastUsedAt: string | null }[] }, unknown>(harness.api.httpUrl, 'query Keys { apiKeys { lastUsedAt } }', {}, adminToken);
      expect(listed.data!.apiKeys[0]!.lastUsedAt).not.toBeNull();
    });
    await page.reload();
    await keyRow('Bot Jam Buka').waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await keyRow('Bot Jam Buka').locator('[data-last-used]').innerText()).not.toBe('Belum pernah');

    await keyRow('Bot Jam Buka').getByRole('button', { name: 'Cabut Bot Jam Buka' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cabut kunci Bot Jam Buka?' });
    await dialog.getByRole('button', { name: 'Cabut kunci' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await keyRow('Bot Jam Buka').locator('[data-status]').innerText()).toMatch(/^Dicabut /));
    expect(await keyRow('Bot Jam Buka').getByRole('button', { name: 'Cabut Bot Jam Buka' }).count()).toBe(0);

    // And it stops.
    expect(errorCode(await stats(secret))).toBe('UNAUTHENTICATED');
    expect(errors).toEqual([]);
  });

  it('is not offered to a SUPERVISOR', async () => {
    const sari = await harness.createStaff('Sari Supervisor', 'sari@example.com', 'SUPERVISOR');
    const other = await harness.open();
    await signIn(other.page, sari.email, sari.password);
    expect(await other.page.getByRole('link', { name: 'Integrasi' }).count()).toBe(0);
    const refused = await graphqlRequest(harness.api.httpUrl, 'query Keys { apiKeys { id } }', {}, sari.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
