import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
const visitors: Visitor[] = [];
beforeAll(async () => {
  harness = await startConsoleHarness();
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

describe('internal notes in the conversation', () => {
  it('an agent writes a note, sees it marked, and the visitor never gets it nor sees typing for it', async () => {
    const rina = await Visitor.arrive(harness.api, 'Rina Wulandari', { firstMessage: 'Paket saya tertahan di gudang', listen: true });
    visitors.push(rina);
    const { page, errors } = await harness.open();
    await signIn(page);
    await page.goto(`${harness.console.url}#/inbox/waiting/${rina.sessionId}`);
    const log = page.getByRole('log', { name: 'Riwayat pesan' });
    await log.getByText('Paket saya tertahan di gudang').waitFor();

    const reply = page.getByRole('button', { name: 'Balas', exact: true });
    const note = page.getByRole('button', { name: 'Catatan internal', exact: true });
    expect(await reply.getAttribute('aria-pressed')).toBe('true');
    await note.click();
    expect(await note.getAttribute('aria-pressed')).toBe('true');
    const noteBox = page.getByRole('textbox', { name: /Tulis catatan untuk sesama agen/ });
    await noteBox.pressSequentially('Sudah dicek: kurir minta alamat ulang', { delay: 10 });
    // Notes are text only: the file picker is not offered while writing one.
    expect(await page.locator('.composer input[type="file"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Simpan catatan' }).click();

    const noteBubble = log.locator('li.bubble.note', { hasText: 'Sudah dicek: kurir minta alamat ulang' });
    await noteBubble.waitFor();
    await eventually(async () => expect(await noteBubble.getAttribute('data-delivery')).toBe('sent'));
    expect(await noteBubble.locator('.bubble-author').innerText()).toContain('Catatan internal');
    expect(await noteBubble.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      await log.locator('li.bubble.in').first().evaluate((el) => getComputedStyle(el).backgroundColor),
    );
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });

    // Back to replying: typing now reaches the visitor, and the reply arrives; these prove its
    // subscriptions were live while the note was written.
    await reply.click();
    const replyBox = page.getByRole('textbox', { name: 'Tulis balasan' });
    await replyBox.pressSequentially('Mohon kirim alamat lengkap', { delay: 10 });
    // Had the note's typing been sent, it would have come first, and there would be more than this.
    const typingSeen = (await rina.typing!.waitFor(1)).map(({ typingChanged: { sender, isTyping } }) => ({ sender, isTyping }));
    expect(typingSeen).toEqual([{ sender: 'ADMIN', isTyping: true }]);
    await replyBox.press('Enter');
    await rina.messages!.waitFor(1);
    await log.locator('li.bubble.out', { hasText: 'Mohon kirim alamat lengkap' }).waitFor();

    expect(rina.messages!.events.map((event) => event.messageAdded.text)).toEqual(['Mohon kirim alamat lengkap']);
    const seenByVisitor = await rina.session();
    expect(seenByVisitor.messages.edges.map((edge) => edge.node.text)).toEqual([
      'Paket saya tertahan di gudang',
      'Mohon kirim alamat lengkap',
    ]);
    expect(seenByVisitor.messages.totalCount).toBe(2);

    // After a reload the note is read back from the API, still marked, in its place.
    await page.reload();
    await log.getByText('Mohon kirim alamat lengkap').waitFor();
    const bubbles = await log.locator('li.bubble').evaluateAll((items) =>
      items.map((item) => ({ text: item.querySelector('.bubble-text')?.textContent, note: item.classList.contains('note') })),
    );
    expect(bubbles).toEqual([
      { text: 'Paket saya tertahan di gudang', note: false },
      { text: 'Sudah dicek: kurir minta alamat ulang', note: true },
      { text: 'Mohon kirim alamat lengkap', note: false },
    ]);
    await note.click();
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    expect(errors).toEqual([]);
  });

  it('in English: Reply / Internal note, a stored note labelled, no axe violations', async () => {
    const budi = await Visitor.arrive(harness.api, 'Budi Hartono', { firstMessage: 'Is my refund processed?' });
    visitors.push(budi);
    const noted = await graphqlRequest(
      harness.api.httpUrl,
      'mutation Note($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
      { input: { sessionId: budi.sessionId, text: 'Refund approved by finance', internal: true } },
      await harness.adminToken(),
    );
    expect(noted.errors).toBeUndefined();
    const { page, errors } = await harness.open();
    await signIn(page);
    await page.getByLabel('Bahasa').selectOption('en');
    await page.goto(`${harness.console.url}#/inbox/waiting/${budi.sessionId}`);
    const log = page.getByRole('log', { name: 'Message history' });
    const note = log.locator('li.bubble.note', { hasText: 'Refund approved by finance' });
    await note.waitFor();
    expect(await note.locator('.bubble-author').innerText()).toContain('Internal note');
    expect(await page.getByRole('button', { name: 'Reply', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Internal note', exact: true }).click();
    await page.getByRole('textbox', { name: /Write a note for other agents/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Add note' }).isDisabled()).toBe(true);
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    // A note in a waiting chat claims nothing: the chat still waits.
    expect((await budi.session()).status).toBe('WAITING');
    expect(errors).toEqual([]);
  });
});
