import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  harness = await startConsoleHarness();
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  await harness?.close();
});

const rows = (on: Page) => on.locator('table.audit-table tbody tr');
const countOf = async (action?: string) =>
  Number((await harness.sql('select count(*) from audit_event where $1::text is null or action = $1', [action ?? null]))[0]!.count);

it('lists the events newest first, loads more, and narrows them by action, actor, target and date', async () => {
  const agent = await harness.createStaff('Agen Audit', 'agen-audit@example.com', 'AGENT');
  // More than a page: an hour of earlier settings changes, older than anything the steps above wrote.
  const [{ id: adminId }] = (await harness.sql("select id from admin where email = 'admin@example.com'")) as [{ id: string }];
  await harness.sql(
    `insert into audit_event (id, at, actor_kind, actor_id, action, target_type, target_id, details)
     select gen_random_uuid(), now() - interval '1 hour' - n * interval '1 second', 'AGENT', $1, 'settings.update', 'SETTINGS', '1', '{"keys": ["routingMode"]}'
       from generate_series(1, 60) n`,
    [adminId],
  );
  const total = await countOf();
  expect(total).toBeGreaterThan(60);

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Log audit' }).click();
  await page.getByRole('heading', { name: `Kejadian (${total})` }).waitFor();
  await eventually(async () => expect(await rows(page).count()).toBe(50));
  // Newest first: the agent's sign-in came after the seeded settings changes.
  expect(await rows(page).first().getAttribute('data-action')).not.toBe('settings.update');
  expect(await rows(page).last().getAttribute('data-action')).toBe('settings.update');
  expect(await page.locator('tr[data-action="agent.create"]').first().textContent()).toContain('Agen dibuat');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Muat lagi' }).click();
  await eventually(async () => expect(await rows(page).count()).toBe(total));
  expect(await page.getByRole('button', { name: 'Muat lagi' }).count()).toBe(0);

  await page.getByLabel('Tindakan').selectOption({ label: 'Masuk' });
  await page.getByRole('button', { name: 'Terapkan saringan' }).click();
  const signIns = await countOf('auth.sign_in');
  await page.getByRole('heading', { name: `Kejadian (${signIns})` }).waitFor();
  expect(await rows(page).count()).toBe(signIns);
  for (const action of await rows(page).evaluateAll((found) => found.map((row) => row.getAttribute('data-action')))) expect(action).toBe('auth.sign_in');

  await page.getByLabel('Pelaku').selectOption({ label: 'Agen Audit' });
  await page.getByRole('button', { name: 'Terapkan saringan' }).click();
  await page.getByRole('heading', { name: 'Kejadian (1)' }).waitFor();
  const only = rows(page).first();
  expect(await only.textContent()).toContain('Agen Audit');
  expect(await only.textContent()).toContain(agent.id);

  await page.getByRole('button', { name: 'Hapus saringan' }).click();
  await page.getByLabel('ID sasaran').fill(agent.id);
  await page.getByRole('button', { name: 'Terapkan saringan' }).click();
  await page.getByRole('heading', { name: 'Kejadian (2)' }).waitFor();
  expect(new Set(await rows(page).evaluateAll((found) => found.map((row) => row.getAttribute('data-action'))))).toEqual(new Set(['agent.create', 'auth.sign_in']));

  const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('sv-SE');
  await page.getByLabel('Dari tanggal').fill(tomorrow);
  await page.getByRole('button', { name: 'Terapkan saringan' }).click();
  await page.getByText('Tidak ada kejadian yang cocok.').waitFor();
  expect(errors).toEqual([]);
});

it('is not offered to a SUPERVISOR, and its address shows that the page is not for that role', async () => {
  const supervisor = await harness.createStaff('Supervisor Audit', 'supervisor-audit@example.com', 'SUPERVISOR');
  const asSupervisor = await harness.open();
  await signIn(asSupervisor.page, supervisor.email, supervisor.password);
  const nav = asSupervisor.page.getByRole('navigation', { name: 'Navigasi utama' });
  await nav.getByRole('link', { name: 'Dasbor' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Log audit' }).count()).toBe(0);
  await asSupervisor.page.goto(`${harness.console.url}#/audit`);
  await asSupervisor.page.getByRole('heading', { name: 'Halaman ini bukan untuk peran Anda' }).waitFor();
  expect(await asSupervisor.page.locator('table.audit-table').count()).toBe(0);
  expect(asSupervisor.errors).toEqual([]);
});
