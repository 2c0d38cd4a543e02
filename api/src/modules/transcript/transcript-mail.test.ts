import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { graphql } from '../../../test/gql';
import { loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { SendMessage } from '../../../test/support/operations';
import { mailsArrived as mailsArrivedIn, startSmtpServer, type ReceivedMail } from '../../../test/support/smtp';
import { errorCode, graphqlRequest, startTestApp, type TestApp } from '../../../test/support/test-app';

const EmailTranscript = graphql(`
  mutation EmailTranscript($id: ID!) {
    emailTranscript(id: $id)
  }
`);

const CanEmail = graphql(`
  query CanEmail($id: ID!) {
    chatSession(id: $id) {
      canEmailTranscript
    }
  }
`);

const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let db: TestDatabase;
let app: TestApp;
let admin: Actor;
beforeAll(async () => {
  smtp = await startSmtpServer(received);
  db = await createTestDatabase();
  app = await startTestApp(db.url, { SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, MAIL_FROM: 'Bantuan OSS <bantuan@contoh.id>' });
  admin = await loginAdmin(app.httpUrl);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

const mailsArrived = (count: number) => mailsArrivedIn(received, count);

async function chatWithNote(name: string, email?: string) {
  const customer = await registerCustomer(app.httpUrl, name, email);
  const sessionId = await startSession(app.httpUrl, customer, 'Bagaimana cara mengurus NIB?');
  for (const [text, internal] of [['Silakan daftar di oss.go.id.', false], ['Catatan: pelanggan prioritas', true]] as const) {
    const sent = await graphqlRequest(app.httpUrl, SendMessage, { input: { sessionId, text, internal } }, admin.token);
    expect(sent.errors).toBeUndefined();
  }
  return { customer, sessionId };
}

const emailTranscript = (actor: Actor | null, id: string) => graphqlRequest(app.httpUrl, EmailTranscript, { id }, actor?.token);

describe('emailTranscript', () => {
  it("sends the customer's copy, without notes, to the customer's email, once however often it is asked within a minute", async () => {
    const { customer, sessionId } = await chatWithNote('Rina Wulandari', 'rina@contoh.id');
    expect((await graphqlRequest(app.httpUrl, CanEmail, { id: sessionId }, customer.token)).data?.chatSession?.canEmailTranscript).toBe(true);
    // The three asks fall in one minute's window, not across the turn of a minute.
    while (Math.floor(Date.now() / 1000) % 60 >= 50) await new Promise((resolve) => setTimeout(resolve, 200));
    for (let ask = 0; ask < 3; ask += 1) expect((await emailTranscript(customer, sessionId)).data?.emailTranscript).toBe(true);

    // A second chat's email is the marker: the queue runs jobs in order, so any repeat would come before or with it.
    const marker = await chatWithNote('Penanda', 'penanda@contoh.id');
    await emailTranscript(admin, marker.sessionId);
    const mails = await mailsArrived(2);
    expect(received.map((mail) => mail.to)).toEqual([['rina@contoh.id'], ['penanda@contoh.id']]);
    const [mail] = mails;
    expect(mail.subject).toContain('Transkrip percakapan Anda');
    expect(mail.body).toContain('Rina Wulandari: Bagaimana cara mengurus NIB?');
    expect(mail.body).toContain('Admin: Silakan daftar di oss.go.id.');
    expect(mail.body).not.toContain('pelanggan prioritas');
  });

  it('refuses a customer without an email (reason NO_EMAIL), a stranger (NOT_FOUND) and nobody (UNAUTHENTICATED)', async () => {
    const { customer, sessionId } = await chatWithNote('Tanpa Email');
    expect((await graphqlRequest(app.httpUrl, CanEmail, { id: sessionId }, customer.token)).data?.chatSession?.canEmailTranscript).toBe(false);
    const refused = await emailTranscript(customer, sessionId);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.reason).toBe('NO_EMAIL');
    const stranger = await registerCustomer(app.httpUrl, 'Orang Lain', 'lain@contoh.id');
    expect(errorCode(await emailTranscript(stranger, sessionId))).toBe('NOT_FOUND');
    expect(errorCode(await emailTranscript(null, sessionId))).toBe('UNAUTHENTICATED');
  });
});
