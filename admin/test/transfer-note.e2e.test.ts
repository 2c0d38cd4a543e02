import { graphqlRequest } from '../../api/test/support/test-app';
import { recordAlerts, recordedAlerts } from './support/alert-recorder';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness, type Staff } from './support/harness';
import { Visitor } from './support/visitor';

let harness: ConsoleHarness;
let siti: Staff;
const visitors: Visitor[] = [];
beforeAll(async () => {
  harness = await startConsoleHarness();
  siti = await harness.createStaff('Siti Rahma', 'siti@oss.example.id', 'AGENT');
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string, firstMessage: string, listen = false) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage, listen });
  visitors.push(visitor);
  return visitor;
}

const writeNote = async (sessionId: string, text: string) => {
  const written = await graphqlRequest(
    harness.api.httpUrl,
    'mutation Note($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
    { input: { sessionId, text, internal: true } },
    await harness.adminToken(),
  );
  expect(written.errors).toBeUndefined();
};

describe('transferring with a note', () => {
  it('hands the chat on with a note the agents see, and the visitor hears only who helps it now, shown centred and muted', async () => {
    const rina = await arrive('Rina Wulandari', 'Mau tanya izin lokasi', true);
    const { page, errors } = await harness.open();
    await signIn(page);
    await page.goto(`${harness.console.url}#/inbox/waiting/${rina.sessionId}`);
    const log = page.getByRole('log', { name: 'Riwayat pesan' });
    await log.getByText('Mau tanya izin lokasi').waitFor();

    await page.getByRole('button', { name: 'Alihkan', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Alihkan percakapan' });
    await dialog.getByRole('textbox', { name: 'Catatan untuk penerima (opsional)' }).fill('Sudah cek KBLI, tinggal verifikasi lokasi.');
    await dialog.locator(`button[data-agent-id="${siti.id}"]`).waitFor();
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    await dialog.locator(`button[data-agent-id="${siti.id}"]`).click();
    await dialog.waitFor({ state: 'hidden' });

    const note = log.locator('li.bubble.note', { hasText: 'Sudah cek KBLI, tinggal verifikasi lokasi.' });
    const introduction = log.locator('li.bubble.system', { hasText: 'Anda sekarang dibantu oleh Siti Rahma' });
    await note.waitFor();
    await introduction.waitFor();
    const looks = await introduction.evaluate((el) => ({ alignSelf: getComputedStyle(el).alignSelf, color: getComputedStyle(el).color }));
    const textColour = await log.locator('li.bubble.in').first().evaluate((el) => getComputedStyle(el).color);
    expect(looks.alignSelf).toBe('center');
    expect(looks.color).not.toBe(textColour);

    // The visitor heard the introduction, never the note.
    const [heard] = await rina.messages!.waitFor(1);
    expect(heard.messageAdded).toMatchObject({ sender: 'SYSTEM', text: 'Anda sekarang dibantu oleh Siti Rahma' });
    const seen = await rina.session();
    expect(seen.messages.edges.map((edge) => edge.node.text)).toEqual(['Mau tanya izin lokasi', 'Anda sekarang dibantu oleh Siti Rahma']);
    expect(seen.assignedAdmin?.id).toBe(siti.id);
    expect(errors).toEqual([]);
  });
});

describe('@mentions in notes', () => {
  it("offers the agents after '@' in a note, and the named agent's console chimes and notifies", async () => {
    const wayan = await arrive('Wayan Sudarma', 'Halo, saya perlu bantuan NIB');
    const sitiConsole = await harness.open();
    await recordAlerts(sitiConsole.context);
    await sitiConsole.page.reload();
    await signIn(sitiConsole.page, siti.email, siti.password);
    const mentions = async () =>
      (await recordedAlerts(sitiConsole.page)).notifications.filter((notification) => notification.title.startsWith('Anda disebut'));
    // Siti's console hears mentions once a marker note naming her reaches it.
    await eventually(async () => {
      await writeNote(wayan.sessionId, '@Siti Rahma penanda');
      expect((await mentions()).length).toBeGreaterThan(0);
    });
    const before = (await mentions()).length;
    const chimesBefore = (await recordedAlerts(sitiConsole.page)).chimes;

    const { page, errors } = await harness.open();
    await signIn(page);
    await page.goto(`${harness.console.url}#/inbox/waiting/${wayan.sessionId}`);
    await page.getByRole('log', { name: 'Riwayat pesan' }).getByText('Halo, saya perlu bantuan NIB').waitFor();
    await page.getByRole('button', { name: 'Catatan internal', exact: true }).click();
    const noteBox = page.getByRole('textbox', { name: /Tulis catatan untuk sesama agen/ });
    await noteBox.pressSequentially('Tolong @sit', { delay: 10 });
    const picker = page.getByRole('listbox', { name: 'Sebut agen' });
    await picker.getByRole('option', { name: '@Siti Rahma' }).waitFor();
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    await noteBox.press('Enter');
    expect(await noteBox.inputValue()).toBe('Tolong @Siti Rahma ');
    await picker.waitFor({ state: 'hidden' });
    await noteBox.pressSequentially('cek dokumennya', { delay: 10 });
    await page.getByRole('button', { name: 'Simpan catatan' }).click();

    // Markers still on their way may arrive too: the note is the one with its text.
    await eventually(async () =>
      expect((await mentions()).slice(before)).toContainEqual({
        title: 'Anda disebut oleh Admin di percakapan dengan Wayan Sudarma',
        body: 'Tolong @Siti Rahma cek dokumennya',
      }),
    );
    expect((await recordedAlerts(sitiConsole.page)).chimes).toBeGreaterThan(chimesBefore);
    expect(errors).toEqual([]);
    expect(sitiConsole.errors).toEqual([]);
  });
});
