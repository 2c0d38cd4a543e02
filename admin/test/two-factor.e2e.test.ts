import fs from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';

let harness: ConsoleHarness;
let rina: Staff;

beforeAll(async () => {
  harness = await startConsoleHarness();
  rina = await harness.createStaff('Rina Wulandari', 'rina@example.com', 'AGENT');
});
afterAll(() => harness?.close());

const MyTwoFactor = 'query MyTwoFactor { me { twoFactorEnabled } }';
const twoFactorEnabled = async () =>
  ((await graphqlRequest(harness.api.httpUrl, MyTwoFactor, {}, rina.token)).data as { me: { twoFactorEnabled: boolean } }).me.twoFactorEnabled;

/** What the agent's authenticator app shows `offsetSteps` steps of 30 s from now. */
const codeAt = (secret: string, offsetSteps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: Date.now() + offsetSteps * 30_000 });

/** Waits until the current step has a few seconds left, so that a code made now is checked in the same step. */
async function freshStep(): Promise<void> {
  while (TOTP.remaining({ period: 30 }) < 8_000) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function passwordStep(page: Page) {
  await page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor();
  await page.getByLabel('Email').fill(rina.email);
  await page.getByLabel('Kata sandi').fill(rina.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Verifikasi dua langkah' }).waitFor();
}

async function codeStep(page: Page, code: string) {
  await page.getByLabel('Kode verifikasi').fill(code);
  await page.getByRole('button', { name: 'Verifikasi' }).click();
}

const signOut = async (page: Page) => {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByRole('status').getByText('Anda telah keluar.').waitFor();
};

describe('two-step verification in the console', () => {
  it('is set up from the profile with a QR code, then asks for a code or a recovery code at sign-in, and is turned off with a code', async () => {
    const { page, context, errors } = await harness.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.console.url });
    await signIn(page, rina.email, rina.password);
    await page.getByRole('link', { name: 'Masuk sebagai Rina Wulandari' }).click();
    const section = page.getByRole('region', { name: 'Verifikasi dua langkah' });
    await section.getByText('Belum aktif.', { exact: false }).waitFor();

    // Setup: the QR code (drawn in the browser) and the secret as text.
    await section.getByRole('button', { name: 'Siapkan verifikasi dua langkah' }).click();
    const qr = section.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const secret = (await section.locator('.two-factor-secret').textContent())!.replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // A wrong code is refused under its field, and 2FA stays off.
    await freshStep();
    const right = codeAt(secret);
    await section.getByLabel('Kode dari aplikasi').fill(String((Number(right) + 1) % 1_000_000).padStart(6, '0'));
    await section.getByRole('button', { name: 'Aktifkan' }).click();
    await section.getByText('Kode salah atau sudah dipakai. Masukkan kode yang tampil sekarang.').waitFor();
    expect(await section.getByLabel('Kode dari aplikasi').getAttribute('aria-invalid')).toBe('true');
    expect(await twoFactorEnabled()).toBe(false);

    await section.getByLabel('Kode dari aplikasi').fill(right);
    await section.getByRole('button', { name: 'Aktifkan' }).click();

    // The recovery codes, shown this once, to copy or download.
    const codes = section.locator('.two-factor-codes code');
    await section.getByRole('heading', { name: 'Kode pemulihan' }).waitFor();
    const recoveryCodes = await codes.allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    expect(await twoFactorEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Salin kode' }).click();
    await section.getByText('Kode disalin.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(recoveryCodes.join('\n'));
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Unduh kode' }).click()]);
    const file = fs.readFileSync((await download.path())!, 'utf8');
    for (const code of recoveryCodes) expect(file).toContain(code);
    await section.getByRole('button', { name: 'Sudah saya simpan' }).click();
    await section.getByText('Aktif.', { exact: false }).waitFor();
    expect(await codes.count()).toBe(0);

    // Sign-in asks for the code after the password, on the same page.
    await signOut(page);
    await passwordStep(page);
    expect(await axeViolations(page)).toEqual([]);
    await codeStep(page, '000000');
    expect(await page.getByRole('alert').textContent()).toBe('Kode salah atau sudah dipakai. Masukkan kode yang tampil sekarang, atau kode pemulihan.');
    expect(await page.evaluate(() => localStorage.getItem('livechat-oss-admin.session'))).toBeNull();
    await codeStep(page, codeAt(secret, 1)); // the next step's code: the one used to turn it on is spent
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();

    // A recovery code works in its place, once.
    await signOut(page);
    await passwordStep(page);
    await codeStep(page, recoveryCodes[0]);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();

    // Turned off with a code: sign-in is one step again.
    await page.getByRole('link', { name: 'Masuk sebagai Rina Wulandari' }).click();
    await section.getByText('Aktif.', { exact: false }).waitFor();
    await section.getByLabel('Kode verifikasi atau kode pemulihan').fill(recoveryCodes[0]);
    await section.getByRole('button', { name: 'Nonaktifkan verifikasi dua langkah' }).click();
    await section.getByText('Kode salah atau sudah dipakai.', { exact: false }).waitFor();
    expect(await twoFactorEnabled()).toBe(true);
    await section.getByLabel('Kode verifikasi atau kode pemulihan').fill(recoveryCodes[1]);
    await section.getByRole('button', { name: 'Nonaktifkan verifikasi dua langkah' }).click();
    await section.getByText('Verifikasi dua langkah dinonaktifkan.').waitFor();
    await section.getByRole('button', { name: 'Siapkan verifikasi dua langkah' }).waitFor();
    expect(await twoFactorEnabled()).toBe(false);
    await signOut(page);
    await signIn(page, rina.email, rina.password);

    expect(errors.filter((error) => !/status of (400|401)/.test(error))).toEqual([]);
  });
});
