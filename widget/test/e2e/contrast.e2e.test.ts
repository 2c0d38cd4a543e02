import { graphqlRequest } from '../../../api/test/support/test-app';
import { firstMessage, queueStatus } from '../support/actors';
import { widgetAxeViolations } from '../support/axe';
import { borderContrastOf, focusRingContrastOf, textContrastOf } from '../support/contrast';
import { bubbles, composer, startChatting, useHarness } from '../support/harness';
import { poll } from '../support/poll';
import { screenshot } from '../support/screenshot';

// WCAG 2.1 AA whatever colour a site configures: text on the primary colour at 4.5:1, focus rings
// and state borders at 3:1, measured in the rendered widget on every screen, and axe on each.
// Then the panel's open state across a reload.

const suite = useHarness();
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

/** The parts under `minimum`, with their ratio: [] when every one passes. */
const under = (minimum: number, measured: Record<string, number>) =>
  Object.entries(measured)
    .filter(([, ratio]) => ratio < minimum)
    .map(([part, ratio]) => `${part} ${ratio.toFixed(2)}:1`);

const setStatus = (status: 'ONLINE' | 'AWAY') =>
  graphqlRequest(suite.h.api.httpUrl, 'mutation Status($status: AgentStatus!) { setMyStatus(status: $status) { id } }', { status }, suite.admin.token);

describe.each([
  ['a yellow, on which dark text reaches AA', '#FFEB3B', 'yellow'],
  ['a mid grey, on which only dark text reaches AA', '#888888', 'mid-grey'],
  ['a mid-tone on which neither white nor dark text does, so it is darkened', '#777777', 'darker-grey'],
  ['the default blue (white text on it is 3.68:1)', '#3B82F6', 'default-blue'],
  ['a violet too dark for dark text, too light for white', '#8B5CF6', 'violet'],
])('with %s: %s', (_name, primaryColor, shot) => {
  it('the pre-chat form, the queue line, the conversation and the rating prompt', async () => {
    const name = `Kontras ${shot}`;
    const { page, errors } = await suite.visitor({ config: suite.h.config({ primaryColor }) });
    await page.getByRole('button', { name: 'Buka obrolan' }).click();
    await poll(() => page.locator('.presence').textContent()).toMatch(/^Online/);
    const text: Record<string, number> = {
      launcher: await textContrastOf(page, '.launcher'),
      title: await textContrastOf(page, '#lc-title'),
      presence: await textContrastOf(page, '.presence'),
      startButton: await textContrastOf(page, '.form .primary'),
    };
    const nonText: Record<string, number> = {
      headerCloseRing: await focusRingContrastOf(page, '.head .icon-button'),
      startButtonRing: await focusRingContrastOf(page, '.form .primary'),
      nameFieldRing: await focusRingContrastOf(page, '#lc-name'),
    };
    expect({ prechat: await widgetAxeViolations(page) }).toEqual({ prechat: [] });

    await page.getByLabel(/^Nama/).fill(name);
    await page.getByRole('button', { name: 'Mulai obrolan' }).click();
    await composer(page).waitFor();
    const sessionId = await firstMessage(suite.admin, page, name, 'Apakah teks ini terbaca?');
    await poll(() => queueStatus(page).textContent()).toMatch(/^Anda di antrean ke-\d+/);
    await poll(() => page.locator('[data-status]').last().textContent()).toBe('Terkirim');
    text.queueLine = await textContrastOf(page, '.queue');
    text.visitorBubble = await textContrastOf(page, '.msg.customer .bubble');
    text.sendButton = await textContrastOf(page, '.composer .send');
    nonText.sendButtonRing = await focusRingContrastOf(page, '.composer .send');
    expect({ queue: await widgetAxeViolations(page) }).toEqual({ queue: [] });

    await suite.admin.send(sessionId, 'Terbaca dengan jelas.');
    await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Terbaca dengan jelas.']);
    text.agentBubble = await textContrastOf(page, '.msg.admin .bubble');
    await screenshot(page, `contrast-${shot}`);
    expect({ conversation: await widgetAxeViolations(page) }).toEqual({ conversation: [] });

    await suite.admin.close(sessionId);
    const scores = page.getByRole('radiogroup', { name: 'Bagaimana layanan kami?' });
    await scores.waitFor();
    await scores.getByRole('radio', { name: '4 dari 5' }).focus();
    await page.keyboard.press('Space');
    await page.locator('.rating-score.chosen').waitFor();
    text.chosenScore = await textContrastOf(page, '.rating-score.chosen');
    text.sendRating = await textContrastOf(page, '.rating .primary');
    // The chosen score is told apart from the others by more than a light fill.
    nonText.chosenScoreBorder = await borderContrastOf(page, '.rating-score.chosen');
    expect({ rating: await widgetAxeViolations(page) }).toEqual({ rating: [] });

    expect({ text: under(AA_TEXT, text), nonText: under(AA_NON_TEXT, nonText) }).toEqual({ text: [], nonText: [] });
    expect(errors).toEqual([]);
  });

  it('the offline form', async () => {
    await setStatus('AWAY');
    try {
      const { page, errors } = await suite.visitor({ config: suite.h.config({ primaryColor }) });
      await page.getByRole('button', { name: 'Buka obrolan' }).click();
      await page.getByRole('button', { name: 'Kirim pesan' }).waitFor();
      await poll(() => page.locator('.presence').textContent()).toMatch(/^Offline/);
      const text = {
        title: await textContrastOf(page, '#lc-title'),
        presence: await textContrastOf(page, '.presence'),
        sendButton: await textContrastOf(page, '.form.offline .primary'),
      };
      const nonText = { sendButtonRing: await focusRingContrastOf(page, '.form.offline .primary') };
      expect({ offline: await widgetAxeViolations(page) }).toEqual({ offline: [] });
      expect({ text: under(AA_TEXT, text), nonText: under(AA_NON_TEXT, nonText) }).toEqual({ text: [], nonText: [] });
      expect(errors).toEqual([]);
    } finally {
      await setStatus('ONLINE');
    }
  });
});

describe('the panel across a reload', () => {
  const launcher = (page: import('playwright-core').Page) => page.locator('.launcher');

  it('is open again when it was left open, without taking the focus from the page', async () => {
    const { page, errors } = await suite.visitor();
    await startChatting(page, { name: 'Rudi Muat Ulang' });
    await firstMessage(suite.admin, page, 'Rudi Muat Ulang', 'Halo sebelum muat ulang');
    await page.reload();
    await poll(() => bubbles(page, 'customer').allTextContents()).toEqual(['Halo sebelum muat ulang']);
    expect(await page.locator('.panel').isVisible()).toBe(true);
    expect(await launcher(page).getAttribute('aria-label')).toBe('Tutup obrolan');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await widgetAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("is closed again when it was closed, with the server's unread count on the launcher", async () => {
    const { page, errors } = await suite.visitor();
    await startChatting(page, { name: 'Sari Tutup' });
    const sessionId = await firstMessage(suite.admin, page, 'Sari Tutup', 'Halo, saya tutup dulu');
    await page.getByRole('button', { name: 'Tutup obrolan' }).first().click();
    await suite.admin.send(sessionId, 'Balasan saat tertutup');
    await poll(() => page.locator('.badge').textContent()).toBe('1');

    await page.reload();
    // The count comes from the server once the widget has resumed the chat: by then it was restored, or not.
    await poll(() => page.locator('.badge').textContent()).toBe('1');
    expect(await launcher(page).getAttribute('aria-label')).toBe('Buka obrolan, 1 pesan baru');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.panel').count()).toBe(0);

    // Opened, then reloaded: open, and what it shows is read.
    await launcher(page).click();
    await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Balasan saat tertutup']);
    await page.reload();
    await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Balasan saat tertutup']);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.badge').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
