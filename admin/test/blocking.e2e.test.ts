import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness();
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

const panelOf = (on: Page) => on.getByRole('complementary', { name: 'Pelanggan' });
const OwnChat = 'query OwnChat($id: ID!) { chatSession(id: $id) { id } }';
const visitorCanRead = async (visitor: Visitor) => {
  const response = await graphqlRequest<{ chatSession: { id: string } | null }, unknown>(harness.api.httpUrl, OwnChat, { id: visitor.sessionId }, visitor.token);
  return response.data?.chatSession?.id === visitor.sessionId ? 'reads' : (response.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
};

async function arrivingCustomer(name: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage: 'Halo, saya butuh bantuan' });
  visitors.push(visitor);
  const [row] = await harness.sql('select customer_id from chat_session where id = $1', [visitor.sessionId]);
  return { visitor, customerId: row!.customer_id as string };
}

it("shows a verified visitor's badge and external id, blocks it with a reason, and unblocks it from the blocked list", async () => {
  const { visitor, customerId } = await arrivingCustomer('Bambang Pamungkas');
  await harness.sql("update customer set external_id = 'akun-oss-77', verified = true where id = $1", [customerId]);
  await page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
  const panel = panelOf(page);
  await panel.getByText('Terverifikasi').waitFor();
  await panel.getByText('akun-oss-77').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await visitorCanRead(visitor)).toBe('reads');

  await panel.getByRole('button', { name: 'Blokir', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Blokir Bambang Pamungkas?' });
  await dialog.getByLabel('Alasan (opsional)').fill('Mengirim tautan penipuan');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Blokir pelanggan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await panel.getByText('Pelanggan ini diblokir: Mengirim tautan penipuan').waitFor();
  expect(await visitorCanRead(visitor)).toBe('BLOCKED');

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelanggan diblokir' }).click();
  const row = page.locator('tr[data-customer-name="Bambang Pamungkas"]');
  await row.getByText('Mengirim tautan penipuan').waitFor();
  expect(await row.textContent()).toContain('akun-oss-77');
  expect(await axeViolations(page)).toEqual([]);
  await row.getByRole('button', { name: 'Buka blokir Bambang Pamungkas' }).click();
  await row.waitFor({ state: 'detached' });
  await page.getByText('Tidak ada pelanggan yang diblokir.').waitFor();
  await eventually(async () => expect(await visitorCanRead(visitor)).toBe('reads'));
  expect(errors).toEqual([]);
});

it('offers the blocked list to ADMIN and SUPERVISOR only; an AGENT may still block a visitor it serves', async () => {
  const agent = await harness.createStaff('Agen Biasa', 'agen-biasa@example.com', 'AGENT');
  const supervisor = await harness.createStaff('Supervisor Sari', 'supervisor-sari@example.com', 'SUPERVISOR');
  const { visitor } = await arrivingCustomer('Tamu Usil');

  const asAgent = await harness.open();
  await signIn(asAgent.page, agent.email, agent.password);
  const nav = asAgent.page.getByRole('navigation', { name: 'Navigasi utama' });
  await nav.getByRole('link', { name: 'Kotak masuk' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Pelanggan diblokir' }).count()).toBe(0);
  await asAgent.page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
  await panelOf(asAgent.page).getByRole('button', { name: 'Blokir', exact: true }).click();
  await asAgent.page.getByRole('dialog', { name: 'Blokir Tamu Usil?' }).getByRole('button', { name: 'Blokir pelanggan' }).click();
  await panelOf(asAgent.page).getByText('Pelanggan ini diblokir.').waitFor();
  // Lifting it is not the agent's: no button for it.
  expect(await panelOf(asAgent.page).getByRole('button', { name: /Buka blokir/ }).count()).toBe(0);
  expect(await visitorCanRead(visitor)).toBe('BLOCKED');

  const asSupervisor = await harness.open();
  await signIn(asSupervisor.page, supervisor.email, supervisor.password);
  await asSupervisor.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelanggan diblokir' }).click();
  await asSupervisor.page.locator('tr[data-customer-name="Tamu Usil"]').waitFor();
  expect(asAgent.errors).toEqual([]);
  expect(asSupervisor.errors).toEqual([]);
});

it('lets an ADMIN require verified visitors in Settings, stored and read back after a reload', async () => {
  const stored = async () => (await harness.sql('select identity_required from settings'))[0]!.identity_required;
  expect(await stored()).toBe(false);
  await page.goto(`${harness.console.url}#/settings`);
  const section = page.getByRole('region', { name: 'Identitas pengunjung' });
  const box = section.getByRole('checkbox', { name: 'Hanya pengguna yang masuk di situs Anda yang bisa mengobrol' });
  await box.check();
  await section.getByRole('button', { name: 'Terapkan identitas' }).click();
  await section.getByText('Pengaturan disimpan.').waitFor();
  expect(await stored()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await eventually(async () => expect(await page.getByRole('checkbox', { name: 'Hanya pengguna yang masuk di situs Anda yang bisa mengobrol' }).isChecked()).toBe(true));
  await harness.sql('update settings set identity_required = false');
  expect(errors).toEqual([]);
});
