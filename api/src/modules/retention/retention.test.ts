import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAgent, loginAdmin, registerCustomer, type Actor } from '../../../test/support/actors';
import { chatThroughApi, type ChatFixture } from '../../../test/support/customer-data';
import { queryRows } from '../../../test/support/database';
import { waitForValue } from '../../../test/support/live';
import {
  createTestDatabase,
  errorCode,
  graphqlRequest,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from '../../../test/support/test-app';
import { RETENTION_BATCH_SIZE } from './retention';
import { RETENTION_JOB } from './retention-job';

const RUN_RETENTION = `
  mutation RunRetention($dryRun: Boolean!) {
    runRetention(dryRun: $dryRun) {
      dryRun retentionDays cutoff chats messages files bytes customers
      sample { id closedAt customerName }
    }
  }`;

const SET_RETENTION = `
  mutation SetRetention($days: Int) {
    updateSettings(input: { retentionDays: $days }) { retentionDays }
  }`;

interface Report {
  dryRun: boolean;
  retentionDays: number | null;
  cutoff: string | null;
  chats: number;
  messages: number;
  files: number;
  bytes: number;
  customers: number;
  sample: { id: string; closedAt: string; customerName: string }[];
}

const NEVER = '0 0 1 1 *'; // no tick during the test: each run is one it asks for

let db: TestDatabase;
let app: TestApp;
let uploadDir: string;
let admin: Actor;
const extraApps: TestApp[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-retention-'));
  app = await startTestApp(db.url, { UPLOAD_DIR: uploadDir, RETENTION_CRON: NEVER });
  admin = await loginAdmin(app.httpUrl);
});

afterAll(async () => {
  await Promise.all(extraApps.map((other) => other.close()));
  await app?.close();
  await db?.drop();
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
});

const url = () => app.httpUrl;
const sql = <Row extends Record<string, unknown>>(text: string, values: unknown[] = []) => queryRows<Row>(db.url, text, values);
const count = async (text: string, values: unknown[] = []) => Number((await sql<{ count: string }>(text, values))[0]!.count);

async function runRetention(dryRun: boolean, token = admin.token, on = app): Promise<Report> {
  const response = await graphqlRequest<{ runRetention: Report }, { dryRun: boolean }>(on.httpUrl, RUN_RETENTION, { dryRun }, token);
  if (!response.data) throw new Error(`runRetention failed: ${JSON.stringify(response.errors)}`);
  return response.data.runRetention;
}

async function setRetention(days: number | null, token = admin.token) {
  return graphqlRequest<{ updateSettings: { retentionDays: number | null } }, { days: number | null }>(url(), SET_RETENTION, { days }, token);
}

/** Moves a chat (and its customer's registration) back in time, as if it had closed `days` ago. */
async function closedDaysAgo(chat: ChatFixture, days: number) {
  await sql(`update chat_session set created_at = now() - make_interval(days => $2 + 1), closed_at = now() - make_interval(days => $2) where id = $1`, [chat.chatId, days]);
  await sql(`update customer set created_at = now() - make_interval(days => $2 + 2) where id = $1 and created_at > now() - make_interval(days => $2 + 2)`, [chat.customer.id, days]);
}

const chatExists = async (id: string) => (await count(`select count(*) from chat_session where id = $1`, [id])) === 1;
const customerExists = async (id: string) => (await count(`select count(*) from customer where id = $1`, [id])) === 1;
const onDisk = (fileId: string) => fs.existsSync(path.join(uploadDir, fileId));

describe('Settings.retentionDays', () => {
  it('is null (keep everything) by default, and only an ADMIN sets it, to 1..3650 days or 0 for off', async () => {
    const supervisor = await createAgent(url(), admin, 'sup-retensi@example.com', 'Sari', 'SUPERVISOR');
    expect((await setRetention(null)).data?.updateSettings.retentionDays).toBeNull();
    expect(errorCode(await setRetention(30, supervisor.token))).toBe('FORBIDDEN');
    for (const bad of [-1, 3651]) {
      const refused = await setRetention(bad);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field).toBe('retentionDays');
    }
    expect((await sql<{ retention_days: number | null }>(`select retention_days from settings`))[0]!.retention_days).toBeNull();
    expect((await setRetention(3650)).data?.updateSettings.retentionDays).toBe(3650);
    expect((await setRetention(0)).data?.updateSettings.retentionDays).toBeNull();
  });

  it('with retention off, a run deletes nothing and says so', async () => {
    const old = await chatThroughApi(url(), admin, { text: 'Chat lama tanpa retensi' });
    await closedDaysAgo(old, 400);
    const report = await runRetention(false);
    expect(report).toMatchObject({ retentionDays: null, cutoff: null, chats: 0, customers: 0, sample: [] });
    expect(await chatExists(old.chatId)).toBe(true);
    await sql(`delete from chat_session where id = $1`, [old.chatId]);
  });
});

describe('runRetention', () => {
  let oldWithFile: ChatFixture;
  let mixedOld: ChatFixture;
  let mixedRecent: ChatFixture;
  let openOld: ChatFixture;
  let blockedOld: ChatFixture;
  let neverChatted: Actor;
  let justRegistered: Actor;

  beforeAll(async () => {
    await sql(`delete from chat_session; delete from customer`);
    oldWithFile = await chatThroughApi(url(), admin, { name: 'Lama Sekali', text: 'Izin lama saya', reply: 'Sudah kami proses', fileText: 'berkas lama' });
    await closedDaysAgo(oldWithFile, 45);
    mixedOld = await chatThroughApi(url(), admin, { name: 'Campuran', text: 'Pertanyaan pertama', reply: 'Jawaban' });
    await closedDaysAgo(mixedOld, 31);
    mixedRecent = await chatThroughApi(url(), admin, { customer: mixedOld.customer, text: 'Pertanyaan baru' });
    await sql(`update chat_session set closed_at = now() - interval '29 days' where id = $1`, [mixedRecent.chatId]);
    // Open chats are kept however old: this one has waited 100 days.
    openOld = await chatThroughApi(url(), admin, { name: 'Masih Menunggu', text: 'Tolong dibantu', close: false });
    await sql(`update chat_session set created_at = now() - interval '100 days' where id = $1`, [openOld.chatId]);
    await sql(`update customer set created_at = now() - interval '101 days' where id = $1`, [openOld.customer.id]);
    blockedOld = await chatThroughApi(url(), admin, { name: 'Diblokir', text: 'Spam spam' });
    await closedDaysAgo(blockedOld, 60);
    await sql(`update customer set blocked_at = now() where id = $1`, [blockedOld.customer.id]);
    neverChatted = await registerCustomer(url(), 'Tidak Pernah Chat');
    await sql(`update customer set created_at = now() - interval '40 days' where id = $1`, [neverChatted.id]);
    justRegistered = await registerCustomer(url(), 'Baru Daftar');
    expect((await setRetention(30)).data?.updateSettings.retentionDays).toBe(30);
  });

  it('is ADMIN only', async () => {
    const supervisor = await createAgent(url(), admin, 'sup-run@example.com', 'Sinta', 'SUPERVISOR');
    const agent = await createAgent(url(), admin, 'agen-run@example.com', 'Agus', 'AGENT');
    const customer = await registerCustomer(url(), 'Penasaran');
    for (const token of [supervisor.token, agent.token]) {
      expect(errorCode(await graphqlRequest(url(), RUN_RETENTION, { dryRun: true }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphqlRequest(url(), RUN_RETENTION, { dryRun: true }, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), RUN_RETENTION, { dryRun: true }))).toBe('UNAUTHENTICATED');
    await sql(`delete from customer where id = $1`, [customer.id]);
  });

  let dryRun: Report;
  let messagesOfOldChats: number;

  it('as a dry run reports what would go, lists the chats, and deletes nothing', async () => {
    const before = await tableCounts();
    messagesOfOldChats = await count(`select count(*) from message where session_id = any($1::uuid[])`, [[oldWithFile.chatId, mixedOld.chatId, blockedOld.chatId]]);
    // At least the visitor's messages, the agent's replies and the file's message.
    expect(messagesOfOldChats).toBeGreaterThanOrEqual(6);
    dryRun = await runRetention(true);
    expect(dryRun).toMatchObject({ dryRun: true, retentionDays: 30, chats: 3, messages: messagesOfOldChats, files: 1, bytes: 'berkas lama'.length, customers: 2 });
    expect(dryRun.sample.map((chat) => chat.id)).toEqual([blockedOld.chatId, oldWithFile.chatId, mixedOld.chatId]);
    expect(dryRun.sample.map((chat) => chat.customerName)).toEqual(['Diblokir', 'Lama Sekali', 'Campuran']);
    expect(await tableCounts()).toEqual(before);
    expect(onDisk(oldWithFile.fileId!)).toBe(true);
  });

  it('deletes the old closed chats with their messages and files (rows and bytes), then the customers left without chats', async () => {
    const report = await runRetention(false);
    const { dryRun: _wasDry, cutoff: _then, ...figures } = dryRun;
    const { dryRun: isDry, cutoff: _now, ...deleted } = report;
    expect(isDry).toBe(false);
    expect(deleted).toEqual(figures);

    for (const chat of [oldWithFile, mixedOld, blockedOld]) expect(await chatExists(chat.chatId)).toBe(false);
    expect(await count(`select count(*) from message where session_id = any($1::uuid[])`, [[oldWithFile.chatId, mixedOld.chatId, blockedOld.chatId]])).toBe(0);
    expect(await count(`select count(*) from file_attachment where id = $1`, [oldWithFile.fileId])).toBe(0);
    expect(onDisk(oldWithFile.fileId!)).toBe(false);
    expect(await customerExists(oldWithFile.customer.id)).toBe(false);
    expect(await customerExists(neverChatted.id)).toBe(false);

    // Kept: the recent closed chat and its customer, the old open chat, the blocked visitor, the new one.
    expect(await chatExists(mixedRecent.chatId)).toBe(true);
    expect(await customerExists(mixedOld.customer.id)).toBe(true);
    expect(await chatExists(openOld.chatId)).toBe(true);
    expect(await customerExists(openOld.customer.id)).toBe(true);
    expect(await customerExists(blockedOld.customer.id)).toBe(true);
    expect(await customerExists(justRegistered.id)).toBe(true);
  });

  it('records each run in the audit log, with its figures and the ADMIN who ran it', async () => {
    const events = await sql<{ actor_kind: string; actor_id: string; details: Record<string, unknown> }>(
      `select actor_kind, actor_id, details from audit_event where action = 'retention.run' order by at`,
    );
    const dry = events.filter((event) => event.details.dryRun === true && event.details.retentionDays === 30);
    const real = events.filter((event) => event.details.dryRun === false && event.details.retentionDays === 30);
    expect(dry).toHaveLength(1);
    expect(dry[0]).toMatchObject({ actor_kind: 'AGENT', actor_id: admin.id, details: { chats: 3, customers: 2 } });
    expect(real.length).toBeGreaterThan(0);
    expect(real.every((event) => event.actor_id === admin.id)).toBe(true);
    // One event per transaction, its own part of the run: together, what the run deleted.
    const sum = (key: string) => real.reduce((total, event) => total + Number(event.details[key]), 0);
    expect({ chats: sum('chats'), messages: sum('messages'), files: sum('files'), customers: sum('customers') }).toEqual({
      chats: 3,
      messages: messagesOfOldChats,
      files: 1,
      customers: 2,
    });
  });

  it('a second run finds nothing more', async () => {
    expect(await runRetention(false)).toMatchObject({ chats: 0, messages: 0, files: 0, customers: 0 });
  });
});

describe('the retention job', () => {
  it('is scheduled in PostgreSQL with RETENTION_CRON, in UTC', async () => {
    const rows = await sql<{ cron: string; timezone: string }>(`select cron, timezone from pgboss.schedule where name = $1`, [RETENTION_JOB]);
    expect(rows).toEqual([{ cron: NEVER, timezone: 'UTC' }]);
  });

  it('deletes on its own, as the system', async () => {
    const old = await chatThroughApi(url(), admin, { name: 'Untuk Job', text: 'Dihapus oleh job' });
    await closedDaysAgo(old, 90);
    await app.deps.jobs.runNow(RETENTION_JOB);
    expect(await waitForValue(() => chatExists(old.chatId), false, 20_000)).toBe(false);
    const events = await waitForValue(
      async () => count(`select count(*) from audit_event where action = 'retention.run' and actor_kind = 'SYSTEM' and (details->>'chats')::int = 1`),
      1,
      10_000,
    );
    expect(events).toBe(1);
  });
});

describe('two instances running retention at once', () => {
  it('delete each chat once: each counted once across both reports, and no error', async () => {
    const second = await startTestApp(db.url, { UPLOAD_DIR: uploadDir, RETENTION_CRON: NEVER });
    extraApps.push(second);
    const chats = RETENTION_BATCH_SIZE * 2 + 50;
    const customer = await registerCustomer(url(), 'Banyak Chat');
    await sql(
      `insert into chat_session (id, customer_id, status, created_at, closed_at, last_message_at, queued_at)
       select gen_random_uuid(), $1, 'CLOSED', now() - interval '60 days', now() - interval '50 days' + n * interval '1 second', now() - interval '55 days', now() - interval '60 days'
         from generate_series(1, $2) n`,
      [customer.id, chats],
    );
    await sql(
      `insert into message (session_id, sender, text, created_at) select id, 'CUSTOMER', 'halo', created_at from chat_session where customer_id = $1`,
      [customer.id],
    );
    await sql(`update customer set created_at = now() - interval '70 days' where id = $1`, [customer.id]);
    expect((await runRetention(true)).chats).toBe(chats);

    const [a, b] = await Promise.all([runRetention(false, admin.token, app), runRetention(false, admin.token, second)]);
    expect(a.chats + b.chats).toBe(chats);
    expect(a.messages + b.messages).toBe(chats);
    expect(a.customers + b.customers).toBe(1);
    const deleted = new Set([...a.sample, ...b.sample].map((chat) => chat.id));
    expect(deleted.size).toBe(a.sample.length + b.sample.length);
    expect(await count(`select count(*) from chat_session where customer_id = $1`, [customer.id])).toBe(0);
    expect(await customerExists(customer.id)).toBe(false);
  });
});

async function tableCounts() {
  const [row] = await sql<Record<string, string>>(
    `select (select count(*) from chat_session) as chats, (select count(*) from message) as messages,
            (select count(*) from file_attachment) as files, (select count(*) from customer) as customers`,
  );
  return { ...row, onDisk: fs.readdirSync(uploadDir).length };
}
