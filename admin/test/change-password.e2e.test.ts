import { graphqlRequest } from '../../api/test/support/test-app';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
const visitors: Visitor[] = [];
const SINTA = { email: 'sinta@example.com', name: 'Sinta Maharani', password: 'Teh-Manis-Sinta-41' };
const NEW_PASSWORD = 'Kopi-Tubruk-Sinta-77';

beforeAll(async () => {
  harness = await startConsoleHarness();
  const created = await graphqlRequest(
    harness.api.httpUrl,
    'mutation CreateAdmin($input: CreateAdminInput!) { createAdmin(input: $input) { id } }',
    { input: SINTA },
    await harness.adminToken(),
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

const Me = 'query Me { me { email } }';
const storedToken = (page: import('playwright-core').Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('livechat-oss-admin.session') ?? '{}').token as string);

describe('changing the password (the console had no screen for changePassword)', () => {
  it('keeps this console signed in and live, and signs the other sessions out', async () => {
    const here = await harness.open();
    const elsewhere = await harness.open();
    await signIn(here.page, SINTA.email, SINTA.password);
    await signIn(elsewhere.page, SINTA.email, SINTA.password);
    const token = await storedToken(here.page);
    const page = here.page;

    await page.getByRole('link', { name: 'Masuk sebagai Sinta Maharani' }).click();
    const form = page.getByRole('region', { name: 'Ubah kata sandi' });
    await form.waitFor();

    // Checked here first: a confirmation that differs.
    await form.getByLabel('Kata sandi saat ini').fill(SINTA.password);
    await form.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('Ulangi kata sandi baru').fill(`${NEW_PASSWORD}x`);
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await form.getByText('Kedua kata sandi baru tidak sama.').waitFor();

    // Checked by the API: a password from the breach lists, under its field.
    await form.getByLabel('Kata sandi baru', { exact: true }).fill('password1');
    await form.getByLabel('Ulangi kata sandi baru').fill('password1');
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await form.getByText('one of the most common', { exact: false }).waitFor();
    expect(await form.getByLabel('Kata sandi baru', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);

    // Checked by the API: a wrong current password changes nothing and signs nobody out.
    await form.getByLabel('Kata sandi saat ini').fill('bukan-sandi-saya');
    await form.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await form.getByText('Kata sandi saat ini salah.').waitFor();
    expect(await form.getByLabel('Kata sandi saat ini').getAttribute('aria-invalid')).toBe('true');
    expect(await elsewhere.page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).toBe(true);

    await form.getByLabel('Kata sandi saat ini').fill(SINTA.password);
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await form.getByRole('status').getByText('Kata sandi diubah.', { exact: false }).waitFor();
    expect(await form.getByLabel('Kata sandi baru', { exact: true }).inputValue()).toBe('');

    // The other session is signed out by the server, its socket closed.
    await elsewhere.page.getByText('Sesi Anda telah berakhir. Silakan masuk lagi.').waitFor();
    // This one stays signed in with its token, which still works, and its live feed still runs.
    expect(await storedToken(page)).toBe(token);
    expect((await graphqlRequest(harness.api.httpUrl, Me, {}, token)).data).toEqual({ me: { email: SINTA.email } });
    await page.getByRole('link', { name: 'Kotak masuk' }).click();
    // The list has loaded before the visitor comes, so the row can only arrive over the socket.
    await page.getByText('Tidak ada percakapan di sini.').waitFor();
    const visitor = await Visitor.arrive(harness.api, 'Tamu Setelah Ganti', { firstMessage: 'Masih tersambung?' });
    visitors.push(visitor);
    await page.locator(`.session-row a[data-session-id="${visitor.sessionId}"]`).waitFor();
    expect(await page.getByText('Sesi Anda telah berakhir.', { exact: false }).count()).toBe(0);

    const login = (password: string) =>
      graphqlRequest<{ login: { token: string } }, unknown>(
        harness.api.httpUrl,
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: SINTA.email, password },
      );
    expect((await login(SINTA.password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await eventually(async () => expect((await login(NEW_PASSWORD)).data?.login.token).toBeTruthy());
    expect(here.errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
  });
});
