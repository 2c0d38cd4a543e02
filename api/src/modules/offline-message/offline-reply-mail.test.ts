import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { DEFAULT_ADMIN } from '../../db/seed';
import { graphql } from '../../../test/gql';
import { loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { SendMessage } from '../../../test/support/operations';
import { mailsArrived as mailsArrivedIn, startSmtpServer, type ReceivedMail, type SmtpFaults } from '../../../test/support/smtp';
import { dataOf } from '../../../test/support/queue';
import { graphqlRequest, startTestApp, type TestApp } from '../../../test/support/test-app';
import { OFFLINE_REPLY_MAIL_JOB, queueOfflineReplyMail } from './offline-reply-mail';

const LeaveOfflineForMail = graphql(`
  mutation LeaveOfflineForMail($input: LeaveOfflineMessageInput!) {
    leaveOfflineMessage(input: $input) {
      token
      chatSession {
        id
      }
    }
  }
`);

/** Deliveries the SMTP server refuses next, with a temporary 451, as a server that is briefly down would. */
const faults: SmtpFaults = { refusals: 0, attempts: 0 };
const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let db: TestDatabase;
let app: TestApp;
let admin: Actor;
beforeAll(async () => {
  smtp = await startSmtpServer(received, faults);
  db = await createTestDatabase();
  app = await startTestApp(db.url, { SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, MAIL_FROM: 'Bantuan OSS <bantuan@contoh.id>', MAIL_RETRY_DELAY_SECONDS: '1' });
  admin = await loginAdmin(app.httpUrl);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

const mailsArrived = (count: number, timeoutMs?: number) => mailsArrivedIn(received, count, timeoutMs);

async function offlineChat(email: string): Promise<string> {
  const input = { name: 'Wulan Sari', email, message: 'Kapan izin saya terbit?' };
  return dataOf(await graphqlRequest(app.httpUrl, LeaveOfflineForMail, { input })).leaveOfflineMessage.chatSession.id;
}
const reply = async (sessionId: string, text: string, internal = false) =>
  dataOf(await graphqlRequest(app.httpUrl, SendMessage, { input: { sessionId, text, internal } }, admin.token)).sendMessage;

/** The messages among `messageIds` whose email was queued, once each or more. */
async function jobsFor(messageIds: string[]): Promise<string[]> {
  const rows = await app.deps.orm.em.getConnection().execute<{ message_id: string }[]>(
    `select data->>'messageId' as message_id from pgboss.job where name = ? and data->>'messageId' in (?) order by created_on`,
    [OFFLINE_REPLY_MAIL_JOB, messageIds],
  );
  return rows.map((row) => row.message_id);
}

beforeEach(() => {
  received.length = 0;
  faults.attempts = 0;
});

it("emails an agent's reply in an offline chat to the visitor's address, in Indonesian", async () => {
  const chat = await offlineChat('wulan@contoh.id');
  await reply(chat, 'Izin Anda terbit besok pagi.');
  const [mail] = await mailsArrived(1);
  expect(mail.to).toEqual(['wulan@contoh.id']);
  expect(mail.raw).toMatch(/^From: Bantuan OSS <bantuan@contoh\.id>$/m);
  expect(mail.subject).toBe('Balasan untuk pesan Anda - Bantuan OSS Perizinan');
  expect(mail.body).toContain('Halo Wulan Sari,');
  expect(mail.body).toContain(`${DEFAULT_ADMIN.name} membalas pesan yang Anda tinggalkan:`);
  expect(mail.body).toContain('Izin Anda terbit besok pagi.');
});

it('never mails an internal note, nor a reply in a chat that was not left offline', async () => {
  const chat = await offlineChat('catatan@contoh.id');
  const note = await reply(chat, 'Catatan rahasia untuk tim.', true);
  const visitor = await registerCustomer(app.httpUrl, 'Biasa Saja', 'biasa@contoh.id');
  const live = await startSession(app.httpUrl, visitor, 'Halo, saya di sini');
  const elsewhere = await reply(live, 'Balasan di obrolan biasa.');
  // The marker: a reply that is mailed, sent after the two that must not be.
  const marker = await reply(chat, 'Balasan yang boleh dikirim.');
  const mails = await mailsArrived(1);
  expect(await jobsFor([note.id, elsewhere.id, marker.id])).toEqual([marker.id]);
  expect(received).toHaveLength(1);
  expect(mails[0].to).toEqual(['catatan@contoh.id']);
  expect(mails[0].body).toContain('Balasan yang boleh dikirim.');
  expect(received.map((mail) => mail.raw).join('\n')).not.toMatch(/rahasia|obrolan biasa/);
});

it('mails each reply once, however often its email is queued', async () => {
  const chat = await offlineChat('sekali@contoh.id');
  const first = await reply(chat, 'Balasan pertama.');
  await mailsArrived(1);
  await queueOfflineReplyMail(app.deps, first.id);
  await reply(chat, 'Balasan kedua.');
  const mails = await mailsArrived(2);
  expect(mails.map((mail) => (mail.body.includes('Balasan pertama.') ? 'first' : 'second'))).toEqual(['first', 'second']);
  expect(await jobsFor([first.id])).toEqual([first.id]);
  expect(received).toHaveLength(2);
});

it('tries again with backoff when the SMTP server refuses for a while, and delivers the reply once', async () => {
  const chat = await offlineChat('sabar@contoh.id');
  faults.refusals = 2;
  const sent = await reply(chat, 'Maaf menunggu, ini jawabannya.');
  const [mail] = await mailsArrived(1, 60_000);
  expect(mail.to).toEqual(['sabar@contoh.id']);
  expect(mail.body).toContain('Maaf menunggu, ini jawabannya.');
  expect(faults.attempts).toBe(3);
  const [job] = await app.deps.orm.em.getConnection().execute<{ retry_count: number }[]>(
    `select retry_count from pgboss.job where name = ? and data->>'messageId' = ?`,
    [OFFLINE_REPLY_MAIL_JOB, sent.id],
  );
  expect(job).toEqual({ retry_count: 2 });
});
