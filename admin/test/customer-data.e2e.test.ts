import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
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

async function arriving(name: string, firstMessage: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage });
  visitors.push(visitor);
  const [row] = await harness.sql('select customer_id from chat_session where id = $1', [visitor.sessionId]);
  return { visitor, customerId: row!.customer_id as string };
}

it("downloads a customer's data as JSON with its chat, then erases the customer", async () => {
  const { visitor, customerId } = await arriving('Ratna Sari Dewi', 'Saya ingin mengurus izin usaha kopi');
  await page.goto(`${harness.console.url}#/inbox/waiting/${visitor.sessionId}`);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Ekspor data' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Ekspor data' }).click()]);
  expect(download.suggestedFilename()).toBe(`data-pelanggan-${customerId}.json`);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported.customer).toMatchObject({ id: customerId, name: 'Ratna Sari Dewi' });
  expect(exported.chats.map((chat: { id: string }) => chat.id)).toEqual([visitor.sessionId]);
  expect(exported.chats[0].messages.map((message: { text: string }) => message.text)).toContain('Saya ingin mengurus izin usaha kopi');

  await panel.getByRole('button', { name: 'Hapus data pelanggan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus data Ratna Sari Dewi untuk selamanya?' });
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Hapus untuk selamanya' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await panel.getByText('Data pelanggan ini telah dihapus.').waitFor();
  expect(await panel.getByRole('button', { name: 'Ekspor data' }).count()).toBe(0);
  expect(await harness.sql('select name, email, erased_at is not null as erased from customer where id = $1', [customerId])).toEqual([
    { name: '', email: null, erased: true },
  ]);
  expect(await harness.sql("select count(*)::int as count from message where session_id = $1 and text like '%kopi%'", [visitor.sessionId])).toEqual([{ count: 0 }]);
  expect(errors).toEqual([]);
});

it('sets the retention period, and its dry run lists a chat that would go while deleting nothing', async () => {
  const { visitor } = await arriving('Joko Lama', 'Pertanyaan dari tahun lalu');
  await harness.sql(
    `update chat_session set status = 'CLOSED', created_at = now() - interval '41 days', closed_at = now() - interval '40 days' where id = $1`,
    [visitor.sessionId],
  );
  await page.goto(`${harness.console.url}#/settings`);
  const section = page.getByRole('region', { name: 'Retensi data' });
  await section.getByLabel('Simpan percakapan yang ditutup selama (hari)').fill('30');
  await section.getByRole('button', { name: 'Terapkan retensi' }).click();
  await section.getByText('Pengaturan disimpan.').waitFor();
  expect(await harness.sql('select retention_days from settings')).toEqual([{ retention_days: 30 }]);

  await section.getByRole('button', { name: 'Uji coba' }).click();
  const result = section.getByRole('region', { name: 'Hasil retensi' });
  await result.getByText(/^Akan dihapus: 1 percakapan/).waitFor();
  await result.getByRole('listitem').filter({ hasText: 'Joko Lama' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await harness.sql('select count(*)::int as count from chat_session where id = $1', [visitor.sessionId])).toEqual([{ count: 1 }]);

  await section.getByRole('button', { name: 'Jalankan sekarang' }).click();
  await result.getByText(/^Dihapus: 1 percakapan/).waitFor();
  expect(await harness.sql('select count(*)::int as count from chat_session where id = $1', [visitor.sessionId])).toEqual([{ count: 0 }]);
  expect(errors).toEqual([]);
});
