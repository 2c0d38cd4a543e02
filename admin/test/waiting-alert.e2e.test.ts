import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { recordAlerts, recordedAlerts } from './support/alert-recorder';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

// The console repeats its alert every 30 s; here, as often as this, so the test waits for
// repetitions rather than for half-minutes.
const INTERVAL_MS = 500;

let harness: ConsoleHarness;
let page: Page;
let errors: string[];
let adminToken: string;
const visitors: Visitor[] = [];

beforeAll(async () => {
  harness = await startConsoleHarness({ waitingAlertIntervalMs: INTERVAL_MS });
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

const assign = (sessionId: string) =>
  graphqlRequest(
    harness.api.httpUrl,
    'mutation Assign($id: ID!) { assignChatSession(id: $id) { id status } }',
    { id: sessionId },
    adminToken,
  );

const title = () => page.title();
const chimes = async () => (await recordedAlerts(page)).chimes;

/** Lets several alert intervals pass on the page's clock, for asserting that none rang. */
const intervalsPass = (count: number) =>
  page.waitForFunction((until) => Date.now() >= until, Date.now() + count * INTERVAL_MS, { polling: 100 });

const serverStatus = async () => {
  const response = await graphqlRequest<{ me: { status: string } }, unknown>(
    harness.api.httpUrl,
    'query Me { me { status } }',
    {},
    adminToken,
  );
  return response.data?.me.status;
};

describe('the repeating waiting alert', () => {
  it('rings, notifies and counts in the title while chats wait, and stops once they are taken', async () => {
    await page.getByRole('navigation', { name: 'Antrean' }).waitFor();
    expect(await title()).toBe('Livechat OSS');
    expect(await chimes()).toBe(0);

    const rina = await arrive('Rina');
    await eventually(async () => expect(await title()).toBe('(1) Livechat OSS'));
    // The arrival is announced by name, then the reminder repeats at the interval.
    await eventually(async () => expect(await chimes()).toBeGreaterThanOrEqual(3));
    const { notifications } = await recordedAlerts(page);
    expect(notifications[0]).toEqual({ title: 'Pengunjung baru menunggu', body: 'Rina memulai percakapan.' });
    expect(notifications[1]).toEqual({ title: '1 percakapan menunggu', body: 'Ambil percakapan dari antrean Menunggu.' });

    const budi = await arrive('Budi');
    await eventually(async () => expect(await title()).toBe('(2) Livechat OSS'));
    await eventually(async () =>
      expect((await recordedAlerts(page)).notifications.at(-1)?.title).toBe('2 percakapan menunggu'),
    );

    // One taken in the console, the other by a colleague through the API.
    await page.locator(`.session-row a[data-session-id="${rina.sessionId}"]`).click();
    await page.getByRole('button', { name: 'Ambil', exact: true }).click();
    await eventually(async () => expect(await title()).toBe('(1) Livechat OSS'));
    expect((await assign(budi.sessionId)).errors).toBeUndefined();
    await eventually(async () => expect(await title()).toBe('Livechat OSS'));

    const rung = await chimes();
    await intervalsPass(4);
    expect(await chimes()).toBe(rung);
    expect(errors).toEqual([]);
  });

  it('keeps quiet while the agent is away, and resumes when it is online again', async () => {
    await arrive('Citra');
    await eventually(async () => expect(await title()).toBe('(1) Livechat OSS'));
    const before = await chimes();
    await eventually(async () => expect(await chimes()).toBeGreaterThan(before + 1));

    const availability = page.getByLabel('Ketersediaan');
    await availability.selectOption('AWAY');
    await eventually(async () => expect(await serverStatus()).toBe('AWAY'));
    await eventually(async () => expect(await title()).toBe('Livechat OSS'));
    expect(await availability.inputValue()).toBe('AWAY');
    const away = await chimes();
    await intervalsPass(4);
    expect(await chimes()).toBe(away);

    await availability.selectOption('ONLINE');
    await eventually(async () => expect(await serverStatus()).toBe('ONLINE'));
    await eventually(async () => expect(await title()).toBe('(1) Livechat OSS'));
    await eventually(async () => expect(await chimes()).toBeGreaterThan(away));
    expect(errors).toEqual([]);
  });
});
