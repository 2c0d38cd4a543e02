import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { recordAlerts, recordedAlerts } from './support/alert-recorder';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let adminToken: string;
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness();
  adminToken = await harness.adminToken();
  const opened = await harness.open();
  ({ page, errors } = opened);
  await recordAlerts(opened.context);
  await page.reload();
  await signIn(page);
});

afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage: `Halo, saya ${name}` });
  visitors.push(visitor);
  return visitor;
}

async function api<T>(query: string, variables: Record<string, unknown>, token = adminToken): Promise<T> {
  const response = await graphqlRequest<T, unknown>(harness.api.httpUrl, query, variables, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** As if the visitor had written that many minutes ago: the queue orders by the first message. */
const waitedSince = (sessionId: string, minutes: number) =>
  harness.sql(
    `update chat_session set created_at = now() - make_interval(mins => $2), queued_at = now() - make_interval(mins => $2) where id = $1`,
    [sessionId, minutes],
  );

const rowIds = () =>
  page.locator('.session-row a[data-session-id]').evaluateAll((links) => links.map((a) => a.getAttribute('data-session-id')));
const row = (sessionId: string) => page.locator(`.session-row a[data-session-id="${sessionId}"]`);
const takeNext = () => page.getByRole('button', { name: 'Ambil berikutnya' });

describe('the waiting queue in the console', () => {
  it('lists waiting chats oldest first with how long each waited, live; Milik saya by last activity', async () => {
    await page.locator('a.queue-tab[data-queue="waiting"] .count').getByText('0').waitFor();
    expect(await takeNext().isDisabled()).toBe(true);

    const ani = await arrive('Ani');
    const bayu = await arrive('Bayu');
    const citra = await arrive('Citra');
    await waitedSince(ani.sessionId, 12);
    await waitedSince(bayu.sessionId, 6);
    await page.reload();
    await row(citra.sessionId).waitFor();
    expect(await rowIds()).toEqual([ani.sessionId, bayu.sessionId, citra.sessionId]);
    expect(await row(ani.sessionId).locator('[data-waited]').textContent()).toContain('menunggu 12 mnt');
    expect(await row(bayu.sessionId).locator('[data-waited]').textContent()).toContain('menunggu 6 mnt');
    expect(await row(citra.sessionId).locator('[data-waited]').textContent()).toContain('menunggu < 1 mnt');
    expect(await takeNext().isEnabled()).toBe(true);

    // A newcomer joins at the end of the line, without a reload.
    const dodi = await arrive('Dodi');
    await row(dodi.sessionId).waitFor();
    expect(await rowIds()).toEqual([ani.sessionId, bayu.sessionId, citra.sessionId, dodi.sessionId]);

    // Mine: the chat whose customer wrote last is on top, and moves there live.
    for (const visitor of [ani, bayu]) {
      await api('mutation Assign($id: ID!) { assignChatSession(id: $id) { id } }', { id: visitor.sessionId });
    }
    await bayu.say('Masih di sana?');
    await page.locator('a.queue-tab[data-queue="mine"]').click();
    await row(ani.sessionId).waitFor();
    expect(await rowIds()).toEqual([bayu.sessionId, ani.sessionId]);
    await ani.say('Saya tunggu ya');
    await eventually(async () => expect(await rowIds()).toEqual([ani.sessionId, bayu.sessionId]));
    expect(errors).toEqual([]);
  });

  it('takes the next chat with one button, oldest first, and says so when the limit is reached', async () => {
    const tari: Staff = await harness.createStaff('Tari Wulandari', 'tari@example.com', 'AGENT');
    await api('mutation Limit($id: ID!) { updateAdmin(id: $id, input: { maxConcurrentChats: 2 }) { id } }', { id: tari.id });
    await arrive('Eko');
    await arrive('Fitri');
    const { context, page: tariPage, errors: tariErrors } = await harness.open();
    await signIn(tariPage, tari.email, tari.password);
    const button = tariPage.getByRole('button', { name: 'Ambil berikutnya' });

    const waitingAsTari = async () =>
      (
        await api<{ chatSessions: { edges: { node: { id: string } }[] } }>(
          'query Waiting { chatSessions(filter: { status: WAITING }, first: 50) { edges { node { id } } } }',
          {},
          tari.token,
        )
      ).chatSessions.edges.map((edge) => edge.node.id);
    const assignee = async (id: string) =>
      (await api<{ chatSession: { assignedAdmin: { id: string } | null } }>(
        'query Chat($id: ID!) { chatSession(id: $id) { assignedAdmin { id } } }',
        { id },
      )).chatSession.assignedAdmin?.id;

    for (let taken = 0; taken < 2; taken++) {
      const [oldest] = await waitingAsTari();
      await eventually(async () => expect(await button.isEnabled()).toBe(true));
      await button.click();
      await tariPage.waitForURL((url) => url.hash === `#/inbox/mine/${oldest}`);
      await tariPage.getByText('Ditangani oleh Tari Wulandari').waitFor();
      expect(await assignee(oldest)).toBe(tari.id);
    }

    const [next] = await waitingAsTari();
    await button.click();
    await tariPage.getByRole('alert').getByText('Batas chat aktif sudah tercapai. Selesaikan percakapan lain dulu.').waitFor();
    expect(await assignee(next)).toBeUndefined();
    expect(tariErrors).toEqual([]);
    await context.close();
  });

  it("transfers a chat to a team's queue, where it waits with the team on its row", async () => {
    const { createTeam } = await api<{ createTeam: { id: string } }>(
      'mutation Team($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name: 'Izin usaha', showInWidget: true } },
    );
    const gita = await arrive('Gita');
    await api('mutation Assign($id: ID!) { assignChatSession(id: $id) { id } }', { id: gita.sessionId });
    await page.goto(`${harness.console.url}#/inbox/mine/${gita.sessionId}`);
    await page.getByText('Ditangani oleh Admin').waitFor();

    await page.getByRole('button', { name: 'Alihkan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alihkan percakapan' });
    await dialog.locator(`button[data-team-id="${createTeam.id}"]`).click();
    await dialog.waitFor({ state: 'hidden' });
    const stored = await api<{ chatSession: { status: string; assignedAdmin: unknown; team: { name: string } } }>(
      'query Chat($id: ID!) { chatSession(id: $id) { status assignedAdmin { id } team { name } } }',
      { id: gita.sessionId },
    );
    expect(stored.chatSession).toEqual({ status: 'WAITING', assignedAdmin: null, team: { name: 'Izin usaha' } });

    await page.locator('.conversation-header [data-team="Izin usaha"]').waitFor();
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await row(gita.sessionId).locator('[data-team="Izin usaha"]').waitFor();
    expect(errors).toEqual([]);
  });

  it("lets an AGENT hand a chat to another team's queue, after which it leaves the agent's lists", async () => {
    const yuni = await harness.createStaff('Yuni Agen', 'yuni@example.com', 'AGENT');
    await api('mutation Team($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
      input: { name: 'NIB', memberIds: [yuni.id] },
    });
    const { createTeam: kbli } = await api<{ createTeam: { id: string } }>(
      'mutation Team($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name: 'KBLI' } },
    );
    const hana = await arrive('Hana');
    const { context, page: yuniPage, errors: yuniErrors } = await harness.open();
    await signIn(yuniPage, yuni.email, yuni.password);
    const hanaRow = yuniPage.locator(`.session-row a[data-session-id="${hana.sessionId}"]`);
    await hanaRow.click();
    await yuniPage.getByRole('button', { name: 'Ambil', exact: true }).click();
    await yuniPage.getByText('Ditangani oleh Yuni Agen').waitFor();

    await yuniPage.getByRole('button', { name: 'Alihkan' }).click();
    await yuniPage.getByRole('dialog', { name: 'Alihkan percakapan' }).locator(`button[data-team-id="${kbli.id}"]`).click();
    await yuniPage.getByText('Pilih percakapan di sebelah kiri.').waitFor();
    await hanaRow.waitFor({ state: 'detached' });
    await yuniPage.locator('a.queue-tab[data-queue="mine"]').click();
    await yuniPage.locator('a.queue-tab[data-queue="mine"] .count').getByText('0').waitFor();
    expect(await hanaRow.count()).toBe(0);
    const stored = await api<{ chatSession: { status: string; team: { name: string } } }>(
      'query Chat($id: ID!) { chatSession(id: $id) { status team { name } } }',
      { id: hana.sessionId },
    );
    expect(stored.chatSession).toEqual({ status: 'WAITING', team: { name: 'KBLI' } });

    // Moved by someone else, a waiting chat leaves the AGENT's queue live.
    const ira = await arrive('Ira');
    await yuniPage.locator('a.queue-tab[data-queue="waiting"]').click();
    const iraRow = yuniPage.locator(`.session-row a[data-session-id="${ira.sessionId}"]`);
    await iraRow.waitFor();
    await api('mutation Move($id: ID!, $teamId: ID) { assignChatSession(id: $id, teamId: $teamId) { id } }', {
      id: ira.sessionId,
      teamId: kbli.id,
    });
    await iraRow.waitFor({ state: 'detached' });
    expect(yuniErrors).toEqual([]);
    await context.close();
  });

  it('lists a chat opened early but written in late behind one written first, its wait counted from its first message', async () => {
    // Opened without a message, as the widget does when the visitor opens it, 20 minutes ago.
    const joko = await Visitor.arrive(harness.api, 'Joko');
    visitors.push(joko);
    await harness.sql(`update chat_session set created_at = now() - interval '20 minutes' where id = $1`, [joko.sessionId]);
    const kartika = await arrive('Kartika');
    await waitedSince(kartika.sessionId, 8);
    await page.goto(`${harness.console.url}#/inbox/waiting`);
    await page.reload();
    await row(kartika.sessionId).waitFor();
    expect(await row(kartika.sessionId).locator('[data-waited]').textContent()).toContain('menunggu 8 mnt');
    // The reloaded console hears session events again before Joko writes.
    await page.locator('.availability select[data-status="ONLINE"]').waitFor();
    await kartika.say('Saya masih menunggu');
    await row(kartika.sessionId).getByText('Saya masih menunggu').waitFor();

    // Joko's first message queues him now, behind Kartika and everyone else already waiting.
    await joko.say('Halo, masih bisa dibantu?');
    await row(joko.sessionId).waitFor();
    const live = await rowIds();
    expect(live.indexOf(kartika.sessionId)).toBeLessThan(live.indexOf(joko.sessionId));
    expect(live.at(-1)).toBe(joko.sessionId);
    expect(await row(joko.sessionId).locator('[data-waited]').textContent()).toContain('menunggu < 1 mnt');
    // A chat that just joined the queue is a new visitor to announce, however long ago it was opened.
    await eventually(async () =>
      expect((await recordedAlerts(page)).notifications).toContainEqual({
        title: 'Pengunjung baru menunggu',
        body: 'Joko memulai percakapan.',
      }),
    );

    // The API lists the queue in the order the console kept live.
    await page.reload();
    await row(joko.sessionId).waitFor();
    expect(await rowIds()).toEqual(live);
    expect(await row(joko.sessionId).locator('[data-waited]').textContent()).toContain('menunggu < 1 mnt');
    expect(errors).toEqual([]);
  });
});
