import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

// The visitor's rating on the closed chat, the desk's transcript, and the dashboard's average.

let harness: ConsoleHarness;
const visitors: Visitor[] = [];
beforeAll(async () => {
  harness = await startConsoleHarness();
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function rate(visitor: Visitor, rating: number, comment?: string) {
  const rated = await graphqlRequest(
    harness.api.httpUrl,
    'mutation Rate($id: ID!, $rating: Int!, $comment: String) { rateChatSession(id: $id, rating: $rating, comment: $comment) { id } }',
    { id: visitor.sessionId, rating, comment },
    visitor.token,
  );
  expect(rated.errors).toBeUndefined();
}

async function closedChat(name: string, firstMessage: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage });
  visitors.push(visitor);
  const closed = await graphqlRequest(
    harness.api.httpUrl,
    'mutation Close($id: ID!) { closeChatSession(id: $id) { id } }',
    { id: visitor.sessionId },
    await harness.adminToken(),
  );
  expect(closed.errors).toBeUndefined();
  return visitor;
}

it("shows the customer's rating on the closed chat as it arrives, and the transcript link gives the desk's copy with notes", async () => {
  const rina = await Visitor.arrive(harness.api, 'Rina Wulandari', { firstMessage: 'Bagaimana cara mengurus NIB?' });
  visitors.push(rina);
  const token = await harness.adminToken();
  const note = await graphqlRequest(
    harness.api.httpUrl,
    'mutation Note($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
    { input: { sessionId: rina.sessionId, text: 'Sudah dicek di sistem', internal: true } },
    token,
  );
  expect(note.errors).toBeUndefined();
  const closed = await graphqlRequest(harness.api.httpUrl, 'mutation Close($id: ID!) { closeChatSession(id: $id) { id } }', { id: rina.sessionId }, token);
  expect(closed.errors).toBeUndefined();

  const { page, errors } = await harness.open();
  await signIn(page);
  await page.goto(`${harness.console.url}#/inbox/closed/${rina.sessionId}`);
  const header = page.locator('.conversation-header');
  await header.getByRole('heading', { name: 'Rina Wulandari' }).waitFor();
  const link = header.getByRole('link', { name: 'Unduh transkrip' });
  await link.waitFor();
  expect(await header.locator('.chat-rating').count()).toBe(0);

  await rate(rina, 4, 'Cepat dan ramah');
  const shown = header.locator('.chat-rating');
  await eventually(async () => expect(await shown.innerText()).toContain('4 dari 5'));
  expect(await shown.innerText()).toContain('Cepat dan ramah');
  expect(await shown.locator('.chat-rating-stars').innerText()).toBe('★★★★☆');
  expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });

  const transcript = await (await fetch((await link.getAttribute('href'))!)).text();
  expect(transcript).toContain('Rina Wulandari: Bagaimana cara mengurus NIB?');
  expect(transcript).toMatch(/\(catatan internal\): Sudah dicek di sistem/);
  expect(errors).toEqual([]);
});

it('shows the average rating on the dashboard', async () => {
  const { page, errors } = await harness.open();
  await signIn(page);
  await page.goto(`${harness.console.url}#/dashboard`);
  const card = page.locator('[data-stat="rating"]');
  await card.getByRole('heading', { name: 'Rata-rata penilaian' }).waitFor();
  const detail = card.locator('.stat-detail');
  const shown = async () =>
    [await card.locator('.stat-value').innerText(), ...((await detail.count()) ? [await detail.innerText()] : [])].join(' ');
  // Loaded: '…' until the first answer.
  const before = await eventually(async () => {
    const text = await shown();
    expect(text).not.toBe('…');
    return text;
  });

  await rate(await closedChat('Budi Santoso', 'Halo'), 5);
  await rate(await closedChat('Sari Dewi', 'Permisi'), 2);
  // The dashboard refreshes on session events; the ratings above are announced as such.
  const counted = await harness.sql("select count(*)::int as count, avg(rating)::float8 as average from chat_session where rating is not null");
  const { count, average } = counted[0] as { count: number; average: number };
  const expected = `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)} / 5 dari ${count} penilaian`;
  expect(before).not.toBe(expected);
  await eventually(async () => expect(await shown()).toBe(expected));
  expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
  expect(errors).toEqual([]);
});
