import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../../api/test/support/test-app';
import { queryRows } from '../../../api/test/support/database';
import type { Agent } from '../support/agent';
import { firstMessage } from '../support/actors';
import { widgetAxeViolations } from '../support/axe';
import { bubbles, composer, startChatting, useHarness } from '../support/harness';
import { poll } from '../support/poll';
import { operationOf } from '../support/operations';

// Read receipts on the visitor's side: what the visitor has had on screen is read, the launcher
// counts the rest from the server, and the visitor sees when the agents have read its messages.

const suite = useHarness();

const MarkRead = `mutation MarkRead($id: ID!, $messageId: ID!) {
  markChatSessionRead(id: $id, messageId: $messageId) { id agentLastReadMessageId } }`;

const customerMark = async (sessionId: string) =>
  (await queryRows<{ id: string | null }>(suite.h.db.url, 'select customer_last_read_message_id::text as id from chat_session where id = $1', [sessionId]))[0]?.id ?? null;

async function agentReads(agent: Agent, sessionId: string, messageId: string) {
  const marked = await graphqlRequest(agent.httpUrl, MarkRead, { id: sessionId, messageId }, agent.token);
  if (marked.errors) throw new Error(`markChatSessionRead failed: ${JSON.stringify(marked.errors)}`);
}

const badge = (page: Page) => page.locator('.launcher .badge');
const log = (page: Page) => page.locator('.log');

it('marks read what the visitor has seen with the panel open, and the launcher counts the rest from the server', async () => {
  const { page, context, errors } = await suite.visitor();
  await startChatting(page, { name: 'Sari Dewi' });
  const sessionId = await firstMessage(suite.admin, page, 'Sari Dewi', 'Halo, saya mau tanya izin edar');
  const seen = await suite.admin.send(sessionId, 'Baik, produk apa yang akan diedarkan?');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Baik, produk apa yang akan diedarkan?']);
  await poll(() => customerMark(sessionId)).toBe(seen.id);

  // With the panel closed nothing is seen: the server counts both as unread.
  await page.keyboard.press('Escape');
  await suite.admin.send(sessionId, 'Makanan olahan?');
  const last = await suite.admin.send(sessionId, 'Mohon siapkan NIB Anda.');
  await poll(() => badge(page).textContent()).toBe('2');
  expect(await page.locator('.launcher').getAttribute('aria-label')).toBe('Buka obrolan, 2 pesan baru');
  expect(await customerMark(sessionId)).toBe(seen.id);

  // The count is the server's: a reload still shows it.
  const url = page.url();
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await poll(() => badge(again).textContent()).toBe('2');

  await again.getByRole('button', { name: /Buka obrolan/ }).click();
  await poll(() => bubbles(again, 'admin').count()).toBe(3);
  await poll(() => customerMark(sessionId)).toBe(last.id);
  await again.keyboard.press('Escape');
  // The count follows the server's answer to the mark, which may come a moment after it is stored.
  await poll(() => badge(again).count()).toBe(0);
  expect(errors).toEqual([]);
});

it('leaves a message scrolled out of sight unread until the visitor scrolls to it', async () => {
  const { page, errors } = await suite.visitor({ viewport: { width: 1280, height: 700 } });
  const marksAsked: string[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (body && operationOf(body) === 'MarkChatSessionRead') marksAsked.push((JSON.parse(body) as { variables: { messageId: string } }).variables.messageId);
  });
  await startChatting(page, { name: 'Tono Wibowo' });
  const sessionId = await firstMessage(suite.admin, page, 'Tono Wibowo', 'Saya butuh daftar persyaratan');
  for (let step = 1; step <= 12; step++) {
    await suite.admin.send(sessionId, `Persyaratan nomor ${step}: dokumen pendukung yang dilegalisasi dan dipindai dengan jelas.`);
  }
  await poll(() => bubbles(page, 'admin').count()).toBe(12);
  const twelfth = (await suite.admin.messages(sessionId)).at(-1)!;
  await log(page).evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await poll(() => customerMark(sessionId)).toBe(twelfth.id);

  // Back at the top of the conversation, the next reply arrives below the fold.
  await log(page).evaluate((element) => element.scrollTo({ top: 0 }));
  await poll(() => log(page).evaluate((element) => element.scrollTop)).toBe(0);
  const unseen = await suite.admin.send(sessionId, 'Satu lagi: surat pernyataan bermeterai.');
  await poll(() => bubbles(page, 'admin').count()).toBe(13);
  // Intersection observers report in the frame after a change: two frames on, it has been judged.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(marksAsked).not.toContain(unseen.id);
  expect(await customerMark(sessionId)).toBe(twelfth.id);

  await log(page).evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await poll(() => customerMark(sessionId)).toBe(unseen.id);
  expect(marksAsked).toContain(unseen.id);
  expect(errors).toEqual([]);
});

it("shows Dibaca under the visitor's newest message the agents have read, and only there", async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Wulan Sari' });
  const sessionId = await firstMessage(suite.admin, page, 'Wulan Sari', 'Pertanyaan pertama');
  await composer(page).fill('Pertanyaan kedua');
  await composer(page).press('Enter');
  await poll(() => page.locator('.msg.customer [data-status]').last().textContent()).toBe('Terkirim');
  const [first, second] = (await suite.admin.messages(sessionId)).map((message) => message.id);
  expect(await page.locator('[data-read]').count()).toBe(0);

  await agentReads(suite.admin, sessionId, first);
  const firstBubble = page.locator('.msg.customer', { hasText: 'Pertanyaan pertama' });
  await poll(() => firstBubble.locator('[data-read]').textContent()).toBe('Dibaca');
  expect(await page.locator('[data-read]').count()).toBe(1);

  await agentReads(suite.admin, sessionId, second);
  await poll(() => page.locator('.msg.customer', { hasText: 'Pertanyaan kedua' }).locator('[data-read]').count()).toBe(1);
  expect(await firstBubble.locator('[data-read]').count()).toBe(0);
  expect(await page.locator('[data-read]').count()).toBe(1);
  expect({ violations: await widgetAxeViolations(page) }).toEqual({ violations: [] });
  expect(errors).toEqual([]);
});
