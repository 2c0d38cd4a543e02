import type { Page } from 'playwright-core';
import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let agent: Staff;
let visitor: Visitor;

beforeAll(async () => {
  harness = await startConsoleHarness();
  const adminToken = await harness.adminToken();
  agent = await harness.createStaff('Ayu Agen', 'ayu@example.com', 'AGENT');
  await graphqlRequest(
    harness.api.httpUrl,
    'mutation T($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
    { input: { name: 'Akun OSS', showInWidget: true, memberIds: [agent.id] } },
    adminToken,
  );
  visitor = await Visitor.arrive(harness.api, 'Putri Ayu', { email: 'putri@example.com', firstMessage: 'Halo, akun OSS saya terkunci' });
});

afterAll(async () => {
  await visitor?.leave();
  await harness?.close();
});

const LOCALES = [
  { locale: 'id', language: 'Bahasa', heading: { agents: 'Agen', teams: 'Tim', labels: 'Label', settings: 'Pengaturan', canned: 'Balasan cepat', account: 'Akun saya', dashboard: 'Dasbor', search: 'Cari pesan' } },
  { locale: 'en', language: 'Language', heading: { agents: 'Agents', teams: 'Teams', labels: 'Labels', settings: 'Settings', canned: 'Canned replies', account: 'My account', dashboard: 'Dashboard', search: 'Search messages' } },
] as const;

/** Every screen, checked by axe-core as it stands once its content has arrived. */
async function expectAccessible(page: Page, screen: string) {
  expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });
}

it('finds a violation where there is one, so a clean report means something', async () => {
  const { page } = await harness.open();
  await page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor();
  await page.evaluate(() => document.querySelector('form')?.append(document.createElement('button')));
  expect((await axeViolations(page)).join('\n')).toContain('button-name');
});

describe.each(LOCALES)('every screen in $locale has no axe violations', ({ locale, language, heading }) => {
  it('as an ADMIN: login, inbox, conversation, dialogs, search, dashboard, agents, teams, settings, account', async () => {
    const { page, errors } = await harness.open();
    await page.getByLabel('Bahasa').selectOption(locale);
    await page.getByLabel(language).waitFor();
    await expectAccessible(page, 'login');
    await page.getByLabel(language).selectOption('id');
    await signIn(page);
    await page.getByLabel('Bahasa').selectOption(locale);

    await page.locator(`.session-row a[data-session-id="${visitor.sessionId}"]`).click();
    await page.getByText('Halo, akun OSS saya terkunci').waitFor();
    await expectAccessible(page, 'inbox with a conversation');
    await page.locator('.conversation-actions .button').nth(1).click();
    await page.locator('dialog[open] [data-team-id]').waitFor();
    await expectAccessible(page, 'transfer dialog');
    await page.keyboard.press('Escape');

    for (const screen of ['search', 'dashboard', 'agents', 'teams', 'labels', 'settings', 'canned', 'account'] as const) {
      await page.goto(`${harness.console.url}#/${screen}`);
      await page.getByRole('heading', { name: heading[screen], exact: true, level: 1 }).waitFor();
      await page.waitForFunction(() => !document.body.textContent?.includes('…'));
      await expectAccessible(page, screen);
    }
    await page.goto(`${harness.console.url}#/agents`);
    await page.locator(`tr[data-agent-email="${agent.email}"] button`).click();
    await page.locator('dialog[open] form').waitFor();
    await expectAccessible(page, 'agent editor');
    await page.keyboard.press('Escape');
    await page.goto(`${harness.console.url}#/teams`);
    await page.locator('tr[data-team-name="Akun OSS"] button').first().click();
    await page.locator('dialog[open] form').waitFor();
    await expectAccessible(page, 'team editor');
    expect(errors).toEqual([]);
  });

  it('as an AGENT: the inbox with Ambil berikutnya, and a screen not for its role', async () => {
    const takeNext = locale === 'id' ? 'Ambil berikutnya' : 'Take next';
    const { page, errors } = await harness.open();
    await signIn(page, agent.email, agent.password);
    await page.getByLabel('Bahasa').selectOption(locale);
    await page.locator(`.session-row a[data-session-id="${visitor.sessionId}"]`).waitFor();
    await page.getByRole('button', { name: takeNext }).waitFor();
    await expectAccessible(page, 'agent inbox');
    await page.goto(`${harness.console.url}#/settings`);
    await page.locator('main .card h1').waitFor();
    await expectAccessible(page, 'not for this role');
    expect(errors).toEqual([]);
  });
});
