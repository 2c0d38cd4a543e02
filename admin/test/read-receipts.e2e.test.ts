import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

const MarkRead = `mutation MarkRead($id: ID!, $messageId: ID!) {
  markChatSessionRead(id: $id, messageId: $messageId) { id customerLastReadMessageId } }`;

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
const visitors: Visitor[] = [];
beforeAll(async () => {
  harness = await startConsoleHarness();
  ({ page, errors } = await signedInConsole());
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string, firstMessage: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage, listen: true });
  visitors.push(visitor);
  return visitor;
}

async function signedInConsole() {
  const opened = await harness.open();
  await signIn(opened.page);
  return opened;
}

const row = (page: Page, sessionId: string) => page.locator(`.session-row a[data-session-id="${sessionId}"]`);
const badge = (page: Page, sessionId: string) => row(page, sessionId).locator('.unread-badge');
const messageLog = (page: Page) => page.getByRole('log', { name: 'Riwayat pesan' });

const agentMark = async (sessionId: string) =>
  (await harness.sql('select agent_last_read_message_id::text as id from chat_session where id = $1', [sessionId]))[0]?.id ?? null;

async function visitorReads(visitor: Visitor, messageId: string) {
  const marked = await graphqlRequest(harness.api.httpUrl, MarkRead, { id: visitor.sessionId, messageId }, visitor.token);
  if (marked.errors) throw new Error(`markChatSessionRead failed: ${JSON.stringify(marked.errors)}`);
}

describe('read receipts in the console', () => {
  it("counts a chat's unread messages from the server, and marks them read when the agent views the chat", async () => {
    const rina = await arrive('Rina Wati', 'Halo, saya butuh NIB');
    await rina.say('Untuk usaha katering');
    await page.goto(`${harness.console.url}#/inbox/waiting`);

    await eventually(async () => expect(await badge(page, rina.sessionId).textContent()).toBe('2'));
    expect(await row(page, rina.sessionId).getByRole('img', { name: '2 pesan belum dibaca' }).count()).toBe(1);
    expect(await row(page, rina.sessionId).locator('.row-name').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    // A message arriving while the list is open counts live.
    await rina.say('Apakah bisa hari ini?');
    await eventually(async () => expect(await badge(page, rina.sessionId).textContent()).toBe('3'));

    await row(page, rina.sessionId).click();
    await messageLog(page).getByText('Apakah bisa hari ini?').waitFor();
    const newest = (await rina.session()).messages.edges.at(-1)!.node.id;
    await eventually(async () => expect(await agentMark(rina.sessionId)).toBe(newest));

    // A message coming in while the agent has the chat open is read at once.
    const later = await rina.say('Saya tunggu ya');
    await messageLog(page).getByText('Saya tunggu ya').waitFor();
    await eventually(async () => expect(await agentMark(rina.sessionId)).toBe(later));

    // Another console (a browser that never opened the chat) has nothing unread: the mark is the server's.
    const other = await signedInConsole();
    await other.page.goto(`${harness.console.url}#/inbox/waiting`);
    await row(other.page, rina.sessionId).waitFor();
    expect(await badge(other.page, rina.sessionId).count()).toBe(0);
    expect(await row(other.page, rina.sessionId).locator('.row-name').evaluate((el) => getComputedStyle(el).fontWeight)).not.toBe('700');
    // With the chat closed in both, the next message is unread in both; reading it in one clears both.
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    const unseen = await rina.say('Halo?');
    await eventually(async () => expect(await badge(page, rina.sessionId).textContent()).toBe('1'));
    await eventually(async () => expect(await badge(other.page, rina.sessionId).textContent()).toBe('1'));
    await row(page, rina.sessionId).click();
    await eventually(async () => expect(await agentMark(rina.sessionId)).toBe(unseen));
    await eventually(async () => expect(await badge(other.page, rina.sessionId).count()).toBe(0));
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it("shows Dibaca under the agent's newest reply the visitor has read, and only there", async () => {
    const budi = await arrive('Budi Santoso', 'Selamat siang');
    await page.goto(`${harness.console.url}#/inbox/waiting/${budi.sessionId}`);
    const log = messageLog(page);
    await log.getByText('Selamat siang').waitFor();
    const composer = page.getByLabel('Tulis balasan');
    for (const text of ['Selamat siang, Pak Budi.', 'Ada yang bisa kami bantu?']) {
      await composer.fill(text);
      await composer.press('Enter');
      await log.locator('[data-delivery="sent"]', { hasText: text }).waitFor();
    }
    const replies = (await budi.messages!.waitFor(2)).map((event) => event.messageAdded);
    expect(await log.locator('[data-read]').count()).toBe(0);

    await visitorReads(budi, replies[0].id);
    const first = log.locator('li.bubble.out', { hasText: 'Selamat siang, Pak Budi.' });
    await first.locator('[data-read]').getByText('Dibaca').waitFor();
    expect(await log.locator('[data-read]').count()).toBe(1);

    await visitorReads(budi, replies[1].id);
    await log.locator('li.bubble.out', { hasText: 'Ada yang bisa kami bantu?' }).locator('[data-read]').waitFor();
    await eventually(async () => expect(await first.locator('[data-read]').count()).toBe(0));
    expect(await log.locator('[data-read]').count()).toBe(1);
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    expect(errors).toEqual([]);
  });
});
