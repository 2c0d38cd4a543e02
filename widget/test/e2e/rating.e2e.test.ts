import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { queryRows } from '../../../api/test/support/database';
import { startSmtpServer, type ReceivedMail } from '../../../api/test/support/smtp';
import { graphqlRequest } from '../../../api/test/support/test-app';
import { firstMessage } from '../support/actors';
import { widgetAxeViolations } from '../support/axe';
import { startChatting, useHarness } from '../support/harness';
import { poll } from '../support/poll';

// After the agent closes the chat: "Bagaimana layanan kami?" and the transcript link.

const received: ReceivedMail[] = [];
let smtp: SMTPServer;
const env: Record<string, string> = {};
// Registered before the harness's own beforeAll, which reads `env` when it starts the API.
beforeAll(async () => {
  smtp = await startSmtpServer(received);
  env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

const suite = useHarness(env);

const storedRating = async (sessionId: string) =>
  (
    await queryRows<{ rating: number | null; comment: string | null }>(
      suite.h.db.url,
      'select rating, rating_comment as comment from chat_session where id = $1',
      [sessionId],
    )
  )[0];

it('asks the visitor to rate the closed chat from the keyboard, thanks it, and offers the transcript without notes', async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Dewi Lestari' });
  const sessionId = await firstMessage(suite.admin, page, 'Dewi Lestari', 'Bagaimana cara mengurus NIB?');
  await suite.admin.send(sessionId, 'Silakan daftar di oss.go.id.');
  const note = await graphqlRequest(
    suite.h.api.httpUrl,
    'mutation Note($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
    { input: { sessionId, text: 'Catatan: pelanggan baru', internal: true } },
    suite.admin.token,
  );
  expect(note.errors).toBeUndefined();
  await suite.admin.close(sessionId);

  const scores = page.getByRole('radiogroup', { name: 'Bagaimana layanan kami?' });
  await scores.waitFor();
  expect(await scores.getByRole('radio').count()).toBe(5);
  expect(await widgetAxeViolations(page)).toEqual([]);

  // Keyboard only: into the group, arrows to 4, Tab to the comment and to the button.
  await scores.getByRole('radio', { name: '1 dari 5' }).focus();
  await page.keyboard.press('Space');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  expect(await scores.getByRole('radio', { name: '4 dari 5' }).isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Jawabannya jelas');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await page.getByText('Terima kasih atas penilaian Anda!').waitFor();
  await poll(() => storedRating(sessionId)).toEqual({ rating: 4, comment: 'Jawabannya jelas' });
  expect(await widgetAxeViolations(page)).toEqual([]);

  const link = page.getByRole('link', { name: 'Unduh transkrip' });
  const href = await link.getAttribute('href');
  const transcript = await (await fetch(href!)).text();
  expect(transcript).toContain('Dewi Lestari: Bagaimana cara mengurus NIB?');
  expect(transcript).toContain('Silakan daftar di oss.go.id.');
  expect(transcript).not.toContain('pelanggan baru');

  // After a reload the chat stays rated: the prompt says so instead of asking again.
  // Left open, so open again after the reload.
  await page.reload();
  await page.getByText('Anda memberi nilai 4 dari 5.').waitFor();
  expect(await page.getByRole('radiogroup').count()).toBe(0);
  expect(errors).toEqual([]);
});

it('says so when no score is chosen, and stores nothing', async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Agus Salim' });
  const sessionId = await firstMessage(suite.admin, page, 'Agus Salim', 'Halo');
  await suite.admin.close(sessionId);
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('alert').filter({ hasText: 'Pilih nilai 1 sampai 5.' }).waitFor();
  expect(await storedRating(sessionId)).toEqual({ rating: null, comment: null });
  expect(await widgetAxeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('emails the transcript to a visitor who gave an email, when asked, without the notes', async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Nur Aini', email: 'nur@contoh.id' });
  const sessionId = await firstMessage(suite.admin, page, 'Nur Aini', 'Apakah izin saya sudah terbit?');
  const note = await graphqlRequest(
    suite.h.api.httpUrl,
    'mutation Note($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
    { input: { sessionId, text: 'Catatan: cek ulang besok', internal: true } },
    suite.admin.token,
  );
  expect(note.errors).toBeUndefined();
  await suite.admin.close(sessionId);

  await page.getByRole('button', { name: 'Kirim transkrip ke email saya' }).click();
  await page.getByRole('status').filter({ hasText: 'Transkrip dikirim ke email Anda.' }).waitFor();
  await poll(() => received.map((mail) => mail.to), 30_000).toEqual([['nur@contoh.id']]);
  expect(received[0].body).toContain('Nur Aini: Apakah izin saya sudah terbit?');
  expect(received[0].body).not.toContain('cek ulang besok');
  expect(await widgetAxeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('offers no email to a visitor who gave none', async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Tanpa Email' });
  const sessionId = await firstMessage(suite.admin, page, 'Tanpa Email', 'Halo');
  await suite.admin.close(sessionId);
  await page.getByRole('link', { name: 'Unduh transkrip' }).waitFor();
  expect(await page.getByRole('button', { name: 'Kirim transkrip ke email saya' }).count()).toBe(0);
  expect(errors).toEqual([]);
});
