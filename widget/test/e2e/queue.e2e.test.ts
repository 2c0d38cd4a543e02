import { Client } from 'pg';
import { widgetAxeViolations } from '../support/axe';
import { poll } from '../support/poll';
import { chatFromApi, firstMessage, FIRST_USERS_TOPICS, queueStatus } from '../support/actors';
import { screenshot } from '../support/screenshot';
import { bubbles, startChatting, useHarness } from '../support/harness';
import { operationOf } from '../support/operations';

// The visitor's place in its queue, live: chats ahead of it started and taken through the real
// API (an admin assigning, an AGENT taking the next one), and what the widget says of it.

const suite = useHarness();
const { visitor } = suite;
const teams: Record<string, string> = {};


/**
 * The estimate comes from how long recent chats waited for their first agent. A test cannot wait
 * minutes, so it writes in the database that these (already assigned) chats waited `seconds`.
 */
async function sayTheyWaited(sessionIds: string[], seconds: number) {
  const client = new Client({ connectionString: suite.h.db.url });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      'update chat_session set queued_at = first_assigned_at - make_interval(secs => $2) where id = any($1::uuid[]) and first_assigned_at is not null',
      [sessionIds, seconds],
    );
    expect(rowCount).toBe(sessionIds.length);
  } finally {
    await client.end();
  }
}

// First, while no team exists: then every chat is in the one queue without a team.
it('counts the chats without a team as one queue, when the widget offers no topics', async () => {
  const admin = suite.admin;
  const ahead = await chatFromApi(suite.h, 'Tanpa Tim Dulu', null);
  const { page, errors } = await visitor();
  await startChatting(page, { name: 'Budi Tanpa Tim' });
  const sessionId = await firstMessage(admin, page, 'Budi Tanpa Tim', 'Halo, saya perlu bantuan.');
  await poll(() => queueStatus(page).textContent()).toBe('Anda di antrean ke-2');
  await admin.assign(ahead);
  await poll(() => queueStatus(page).textContent()).toMatch(/^Anda di antrean ke-1( · |$)/);
  await admin.close(sessionId);
  await poll(() => queueStatus(page).textContent()).toBe('');
  expect(errors).toEqual([]);
});

it('shows its place in the queue live as agents take the chats ahead, with the estimate, again after a reload, and not once taken', async () => {
  const admin = suite.admin;
  for (const name of FIRST_USERS_TOPICS) teams[name] = await admin.createTeam(name, true);
  const agentOfNib = await admin.createColleague('agen.nib@example.com', 'Agen NIB', 'AGENT', [teams.NIB!]);
  const ahead = [await chatFromApi(suite.h, 'Antre Satu', teams.NIB!), await chatFromApi(suite.h, 'Antre Dua', teams.NIB!)];
  // Other queues do not count: another team's chat.
  await chatFromApi(suite.h, 'Lain Tim', teams.KBLI!);

  const { page, errors } = await visitor();
  await startChatting(page, { name: 'Agus Salim', topic: 'NIB' });
  const sessionId = await firstMessage(admin, page, 'Agus Salim', 'Bagaimana cara membuat NIB?');
  // No NIB chat has been taken yet: a place, and nothing to estimate from.
  await poll(() => queueStatus(page).textContent()).toBe('Anda di antrean ke-3');
  expect(await queueStatus(page).getAttribute('role')).toBe('status');
  expect(await widgetAxeViolations(page)).toEqual([]);
  await screenshot(page, 'queue-place');

  await admin.assign(ahead[0]!);
  // Taken within seconds, so the estimate is short.
  await poll(() => queueStatus(page).textContent()).toBe('Anda di antrean ke-2 · perkiraan kurang dari 1 menit');

  // The subscription surely runs by now (the first move came through it, or through the catch-up
  // the widget makes 1.5 s after subscribing). From here on only the subscription can bring a new
  // place: the widget's session queries fail.
  const refused: string[] = [];
  await page.route(`${suite.h.api.httpUrl}**`, (route) => {
    const body = route.request().postData() ?? '';
    if (!/^(GetMessagesAfter|GetRecentMessages)$/.test(operationOf(body) ?? '')) return route.continue();
    refused.push(body);
    return route.abort();
  });
  expect(await agentOfNib.takeNext()).toBe(ahead[1]);
  await poll(() => queueStatus(page).textContent()).toBe('Anda di antrean ke-1 · perkiraan kurang dari 1 menit');
  await page.unrouteAll();

  // After a reload the place comes from the query, before any event.
  await sayTheyWaited(ahead, 240);
  // Left open, so open again after the reload.
  await page.reload();
  await poll(() => queueStatus(page).textContent()).toBe('Anda di antrean ke-1 · perkiraan 4 menit');

  expect(await agentOfNib.takeNext()).toBe(sessionId);
  await poll(() => queueStatus(page).textContent()).toBe('');
  await agentOfNib.send(sessionId, 'Halo Pak Agus, saya bantu.');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Halo Pak Agus, saya bantu.']);
  expect(await queueStatus(page).textContent()).toBe('');
  await agentOfNib.dispose();
  // Only the refused queries (if the widget asked at all meanwhile) failed.
  expect(errors.filter((error) => !error.includes('net::ERR_FAILED'))).toEqual([]);
  expect(errors.length).toBeLessThanOrEqual(refused.length);
});

it('in English: "You are number 2 in the queue · about 4 min", moving up, then gone', async () => {
  const admin = suite.admin;
  // One Akun OSS chat that waited two minutes for its agent: the estimate is place × 2 min.
  const served = await chatFromApi(suite.h, 'Sudah Dilayani', teams['Akun OSS']!);
  await admin.assign(served);
  await sayTheyWaited([served], 120);
  const ahead = await chatFromApi(suite.h, 'Di Depan', teams['Akun OSS']!);

  const { page, errors } = await visitor({ config: suite.h.config({ locale: 'en' }) });
  await startChatting(page, { name: 'Sarah Connor', topic: 'Akun OSS' });
  const sessionId = await firstMessage(admin, page, 'Sarah Connor', 'I cannot sign in to my OSS account.');
  await poll(() => queueStatus(page).textContent()).toBe('You are number 2 in the queue · about 4 min');
  expect(await widgetAxeViolations(page)).toEqual([]);
  expect(await admin.queuePlace(sessionId)).toEqual({ queuePosition: 2, estimatedWaitSeconds: 240 });

  await admin.assign(ahead);
  await poll(() => queueStatus(page).textContent()).toMatch(/^You are number 1 in the queue · /);
  await admin.assign(sessionId);
  await poll(() => queueStatus(page).textContent()).toBe('');
  expect(errors).toEqual([]);
});
