import { graphqlRequest } from '../../api/test/support/test-app';
import { saveScreenshot, SEEDED_ADMIN, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';

let harness: ConsoleHarness;
beforeAll(async () => {
  harness = await startConsoleHarness();
});
afterAll(() => harness?.close());

const Me = 'query Me { me { id email } }';

describe('login', () => {
  it('says in words that the password is wrong, and stays on the login screen', async () => {
    const { page, errors } = await harness.open();
    await page.getByLabel('Email').fill(SEEDED_ADMIN.email);
    await page.getByLabel('Kata sandi').fill('not-the-password');
    await saveScreenshot(page, 'console-login');
    await page.getByRole('button', { name: 'Masuk' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Email atau kata sandi salah.');
    expect(await page.evaluate(() => localStorage.getItem('livechat-oss-admin.session'))).toBeNull();
    // The API answers a refused login with HTTP 401, which Chromium logs; nothing else may be logged.
    expect(errors.filter((error) => !error.includes('status of 401'))).toEqual([]);
  });

  it('asks for both fields before sending anything', async () => {
    const { page } = await harness.open();
    await page.getByRole('button', { name: 'Masuk' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Isi email dan kata sandi.');
  });

  it('signs in, keeps the token over a reload, and logout revokes it on the server', async () => {
    const { page, errors } = await harness.open();
    await signIn(page);
    expect(await page.getByText('Masuk sebagai Admin').count()).toBeGreaterThan(0);
    const token = await page.evaluate(
      () => JSON.parse(localStorage.getItem('livechat-oss-admin.session') ?? '{}').token as string,
    );
    expect((await graphqlRequest(harness.api.httpUrl, Me, {}, token)).data).toMatchObject({ me: { email: SEEDED_ADMIN.email } });

    await page.reload();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Anda telah keluar.');
    expect(await page.evaluate(() => localStorage.getItem('livechat-oss-admin.session'))).toBeNull();
    const after = await graphqlRequest(harness.api.httpUrl, Me, {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors).toEqual([]);
  });

  it('sends the agent back to login with a message when the token is revoked elsewhere', async () => {
    const { page } = await harness.open();
    await signIn(page);
    const token = await page.evaluate(
      () => JSON.parse(localStorage.getItem('livechat-oss-admin.session') ?? '{}').token as string,
    );
    // Revoking the console's own token (as a logout in another tab would) closes its socket with 4401.
    await graphqlRequest(harness.api.httpUrl, 'mutation Logout { logout }', {}, token);
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk lagi.').waitFor();
    expect(await page.getByLabel('Kata sandi').isVisible()).toBe(true);
  });

  it('signs in with the keyboard alone', async () => {
    const { page } = await harness.open();
    // The email field has the focus on arrival.
    await page.getByLabel('Email').waitFor();
    expect(await page.getByLabel('Email').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type(SEEDED_ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SEEDED_ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
  });

  it('speaks English when asked, and remembers it', async () => {
    const { page } = await harness.open();
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByLabel('Password').waitFor();
    await page.getByLabel('Language').selectOption('id');
    await page.getByLabel('Kata sandi').waitFor();
  });
});
