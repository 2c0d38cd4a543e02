import type { Page } from 'playwright-core';
import { registerCustomer, startSession } from '../../api/test/support/actors';
import { signatureIsValid, startWebhookReceiver, type WebhookReceiver } from '../../api/test/support/webhook-receiver';
import { axeViolations } from './support/axe';
import { eventually, saveScreenshot, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let receiver: WebhookReceiver;

beforeAll(async () => {
  // Loopback receivers; a failed delivery waits an hour for its retry, so only "Kirim ulang" sends it again.
  harness = await startConsoleHarness({ apiEnv: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_RETRY_DELAY_SECONDS: '3600' } });
  receiver = await startWebhookReceiver();
  ({ page, errors } = await harness.open());
  await signIn(page);
});

afterAll(async () => {
  await receiver?.close();
  await harness?.close();
});

const card = () => page.locator('article[data-webhook="CRM Perizinan"]');
const deliveryRow = (id: string) => card().locator(`tr[data-delivery="${id}"]`);

it('creates a webhook to a receiver, shows its delivery log, and sends a failed delivery again with "Kirim ulang"', async () => {
  await page.getByRole('link', { name: 'Integrasi' }).first().click();
  await page.getByRole('heading', { name: 'Webhook', level: 2 }).waitFor();
  await page.getByText('Belum ada webhook.').waitFor();

  await page.getByRole('button', { name: 'Buat webhook' }).click();
  await page.getByText('Isi nama webhook.').waitFor();
  await page.getByLabel('Nama webhook').fill('CRM Perizinan');
  await page.getByLabel('URL penerima').fill('ftp://salah.example');
  await page.getByRole('button', { name: 'Buat webhook' }).click();
  await page.getByText('A webhook URL must start with https:// or http://.').waitFor();
  await page.getByLabel('URL penerima').fill(receiver.url);
  await page.getByRole('button', { name: 'Buat webhook' }).click();
  await card().waitFor();
  const secret = await card().getByLabel('Kunci rahasia penanda tangan').inputValue();
  expect(secret).toMatch(/^whsec_/);
  await card().getByText('Belum ada kiriman.').waitFor();

  // The receiver refuses the first delivery.
  receiver.answers.push(500);
  const customer = await registerCustomer(harness.api.httpUrl, 'Wati');
  await startSession(harness.api.httpUrl, customer, 'Bagaimana cara mengurus NIB?');
  const [refused] = await receiver.waitFor(1);
  expect(refused.json.data.messageAdded.text).toBe('Bagaimana cara mengurus NIB?');
  expect(signatureIsValid(refused, secret)).toBe(true);
  const row = deliveryRow(refused.json.id);
  await eventually(async () => {
    expect(await row.locator('[data-delivery-status]').innerText()).toBe('Menunggu');
    expect(await row.locator('[data-attempts]').innerText()).toBe('1');
    expect(await row.locator('[data-last-status]').innerText()).toBe('500');
  }, 20_000);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'console-webhooks');

  await row.getByRole('button', { name: 'Kirim ulang' }).click();
  const [, resent] = await receiver.waitFor(2);
  expect(resent.json.id).toBe(refused.json.id);
  expect(resent.body).toBe(refused.body);
  expect(signatureIsValid(resent, secret)).toBe(true);
  await eventually(async () => {
    expect(await row.locator('[data-delivery-status]').innerText()).toBe('Terkirim');
    expect(await row.locator('[data-attempts]').innerText()).toBe('2');
    expect(await row.locator('[data-last-status]').innerText()).toBe('200');
  }, 20_000);
  expect(errors).toEqual([]);
});
