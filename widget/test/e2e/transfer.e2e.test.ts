import { graphqlRequest } from '../../../api/test/support/test-app';
import { firstMessage } from '../support/actors';
import { widgetAxeViolations } from '../support/axe';
import { bubbles, startChatting, useHarness } from '../support/harness';
import { poll } from '../support/poll';

// A chat handed on to another agent, with a note only the agents may read.

const suite = useHarness();

it("shows who helps the visitor now, centred and muted, and never the transfer's note", async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Rina Wulandari' });
  const sessionId = await firstMessage(suite.admin, page, 'Rina Wulandari', 'Mau tanya izin lokasi');
  const siti = await suite.admin.createColleague('siti@oss.example.id', 'Siti Rahma', 'AGENT', []);
  const note = 'Pelanggan lama, sudah cek KBLI.';
  const moved = await graphqlRequest(
    suite.h.api.httpUrl,
    'mutation Transfer($id: ID!, $adminId: ID, $note: String) { assignChatSession(id: $id, adminId: $adminId, note: $note) { id } }',
    { id: sessionId, adminId: siti.id, note },
    suite.admin.token,
  );
  expect(moved.errors).toBeUndefined();

  await poll(() => bubbles(page, 'system').allTextContents()).toEqual(['Anda sekarang dibantu oleh Siti Rahma']);
  // Siti's reply comes after the note and the introduction: once it shows, the note would have too.
  await siti.send(sessionId, 'Halo, saya Siti, saya lanjutkan.');
  await poll(() => bubbles(page, 'admin').allTextContents()).toEqual(['Halo, saya Siti, saya lanjutkan.']);
  expect(await page.locator('livechat-oss-widget').evaluate((host) => host.shadowRoot!.textContent)).not.toContain(note);

  const system = page.locator('.log .msg.system');
  const looks = await system.evaluate((el) => {
    const style = getComputedStyle(el);
    return { alignSelf: style.alignSelf, textAlign: style.textAlign, color: style.color };
  });
  const replyColour = await bubbles(page, 'admin').first().evaluate((el) => getComputedStyle(el).color);
  expect(looks).toMatchObject({ alignSelf: 'center', textAlign: 'center' });
  expect(looks.color).not.toBe(replyColour);
  expect(await widgetAxeViolations(page)).toEqual([]);

  expect(errors).toEqual([]);
});
