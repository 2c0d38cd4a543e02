import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAgent, loginAdmin, registerCustomer, type Actor } from '../../../test/support/actors';
import { chatThroughApi, type ChatFixture } from '../../../test/support/customer-data';
import { queryRows } from '../../../test/support/database';
import { SendMessage } from '../../../test/support/operations';
import {
  createTestDatabase,
  errorCode,
  graphqlRequest,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from '../../../test/support/test-app';
import { identityHash } from '../customer/identity';
import type { CustomerExport } from './customer-export';

const SECRET = 'identity-secret-of-the-host-site-for-erasure';

const EXPORT = `mutation ExportCustomerData($id: ID!) { exportCustomerData(id: $id) { url expiresAt } }`;
const ERASE = `mutation EraseCustomer($id: ID!) { eraseCustomer(id: $id) }`;
const REGISTER_VERIFIED = `
  mutation RegisterVerified($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token customer { id } } }`;
const UPDATE_CUSTOMER = `mutation SetAttributes($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const RATE = `mutation Rate($id: ID!, $rating: Int!, $comment: String) { rateChatSession(id: $id, rating: $rating, comment: $comment) { id } }`;
const READ_CHAT = `query ReadChat($id: ID!) { chatSession(id: $id) { id customer { id name erased } messages(first: 50) { totalCount } } }`;
const FIGURES = `
  query Figures($from: DateTimeISO!, $to: DateTimeISO!) {
    stats { messagesPerDay(days: 7) { date count } averageFirstResponseSeconds }
    byDay: report(from: $from, to: $to, groupBy: DAY) { rows { ...Row } totals { ...Row } }
    byAgent: report(from: $from, to: $to, groupBy: AGENT) { rows { ...Row } totals { ...Row } }
  }
  fragment Row on ReportRow {
    key label chats messages averageRating ratingCount
    firstResponseSeconds { median p90 count }
    resolutionSeconds { median p90 count }
  }`;

/** Everything of the person, each of which must be gone after the erasure. */
const PERSON = {
  name: 'Sulastri Wibisono',
  email: 'sulastri.wibisono@contoh.id',
  phone: '+6281299887766',
  externalId: 'nik-3174055511880009',
  nib: '9120001234567',
  texts: ['zebrakuda izin lokasi saya ditolak', 'pertanyaan kedua gajahterbang'],
  reply: 'Halo Bu Sulastri Wibisono, kami cek dulu',
  note: 'catatan internal tentang kupukupubiru',
  fileText: 'isi berkas rusarusa milik pelapor',
  filename: 'ktp-sulastri-wibisono.txt',
  ratingComment: 'pelayanan burungmerak memuaskan',
};
const NEEDLES = [
  PERSON.name,
  PERSON.email,
  '81299887766',
  PERSON.externalId,
  PERSON.nib,
  'zebrakuda',
  'gajahterbang',
  'kupukupubiru',
  'rusarusa',
  'sulastri',
  'burungmerak',
];

let db: TestDatabase;
let app: TestApp;
let uploadDir: string;
let admin: Actor;
let supervisor: Actor;
let agent: Actor;
let person: Actor;
let first: ChatFixture;
let second: ChatFixture;
let other: ChatFixture;

const url = () => app.httpUrl;
const sql = <Row extends Record<string, unknown>>(text: string, values: unknown[] = []) => queryRows<Row>(db.url, text, values);

async function data<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await graphqlRequest<T, Record<string, unknown>>(url(), query, variables, token);
  if (!response.data) throw new Error(`${query.slice(0, 40)} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-personal-data-'));
  app = await startTestApp(db.url, { UPLOAD_DIR: uploadDir, IDENTITY_SECRET: SECRET, RETENTION_CRON: '0 0 1 1 *' });
  admin = await loginAdmin(url());
  supervisor = await createAgent(url(), admin, 'sup-pdp@example.com', 'Sari Supervisor', 'SUPERVISOR');
  agent = await createAgent(url(), admin, 'agen-pdp@example.com', 'Agus Agen', 'AGENT');

  const registered = await data<{ registerCustomer: { token: string; customer: { id: string } } }>(
    REGISTER_VERIFIED,
    { input: { name: PERSON.name, email: PERSON.email, phone: PERSON.phone, externalId: PERSON.externalId, identityHash: identityHash(SECRET, PERSON.externalId) } },
    '',
  );
  person = { id: registered.registerCustomer.customer.id, token: registered.registerCustomer.token };
  await data(UPDATE_CUSTOMER, { id: person.id, input: { attributes: { NIB: PERSON.nib } } }, admin.token);
  first = await chatThroughApi(url(), admin, {
    customer: person,
    text: PERSON.texts[0]!,
    reply: PERSON.reply,
    fileText: PERSON.fileText,
    filename: PERSON.filename,
    close: false,
  });
  await data(SendMessage.toString(), { input: { sessionId: first.chatId, text: PERSON.note, internal: true } }, admin.token);
  await data(`mutation Close($id: ID!) { closeChatSession(id: $id) { id } }`, { id: first.chatId }, admin.token);
  await data(RATE, { id: first.chatId, rating: 4, comment: PERSON.ratingComment }, person.token);
  second = await chatThroughApi(url(), admin, { customer: person, text: PERSON.texts[1]!, reply: 'Baik, sudah selesai' });
  other = await chatThroughApi(url(), admin, { name: 'Orang Lain', email: 'orang.lain@contoh.id', text: 'rahasia orang lain', reply: 'Siap', fileText: 'berkas orang lain' });
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe('exportCustomerData', () => {
  let link: { url: string; expiresAt: string };
  let exported: CustomerExport;

  it('is ADMIN only; an unknown customer is NOT_FOUND', async () => {
    for (const token of [supervisor.token, agent.token, person.token]) {
      expect(errorCode(await graphqlRequest(url(), EXPORT, { id: person.id }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphqlRequest(url(), EXPORT, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url(), EXPORT, { id: 'nope' }, admin.token))).toBe('NOT_FOUND');
    expect(await sql(`select 1 from audit_event where action = 'customer.export'`)).toHaveLength(0);
  });

  it('gives a short-lived link to a JSON file with the profile, the chats, their messages and the files', async () => {
    link = (await data<{ exportCustomerData: { url: string; expiresAt: string } }>(EXPORT, { id: person.id }, admin.token)).exportCustomerData;
    const minutes = (new Date(link.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(20);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="data-pelanggan-.+\.json"$/);
    exported = (await response.json()) as CustomerExport;

    expect(exported.customer).toMatchObject({
      id: person.id,
      name: PERSON.name,
      email: PERSON.email,
      phone: PERSON.phone,
      externalId: PERSON.externalId,
      verified: true,
      attributes: { NIB: PERSON.nib },
      blocked: false,
    });
    expect(exported.chats.map((chat) => chat.id)).toEqual([first.chatId, second.chatId]);
    expect(exported.chats[0]).toMatchObject({ status: 'CLOSED', rating: 4, ratingComment: PERSON.ratingComment, assignedAgent: 'Admin' });
    const texts = exported.chats.flatMap((chat) => chat.messages.map((message) => message.text));
    expect(texts).toEqual(expect.arrayContaining([PERSON.texts[0], PERSON.reply, PERSON.texts[1]]));
    const fileMessage = exported.chats[0]!.messages.find((message) => message.fileId !== null);
    expect(fileMessage?.fileId).toBe(first.fileId);
    expect(exported.files).toEqual([
      expect.objectContaining({ id: first.fileId, chatId: first.chatId, filename: PERSON.filename, mimeType: 'text/plain', size: Buffer.byteLength(PERSON.fileText) }),
    ]);
  });

  it("leaves out the agents' internal notes and every other customer's data", async () => {
    const text = JSON.stringify(exported);
    expect(text).not.toContain('kupukupubiru');
    expect(text).not.toContain('rahasia orang lain');
    expect(text).not.toContain(other.chatId);
    expect(text).not.toContain('Orang Lain');
    // It could have: the note is stored in the first chat.
    expect(await sql(`select 1 from message where session_id = $1 and internal and text like '%kupukupubiru%'`, [first.chatId])).toHaveLength(1);
  });

  it("links the files for as long as the export's own link works", async () => {
    const fileUrl = new URL(exported.files[0]!.url);
    expect(fileUrl.searchParams.get('e')).toBe(new URL(link.url).searchParams.get('e'));
    const file = await fetch(fileUrl);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(PERSON.fileText);
  });

  it('refuses a link that was tampered with, or another customer put in it', async () => {
    const tampered = new URL(link.url);
    tampered.searchParams.set('e', String(Number(tampered.searchParams.get('e')) + 300));
    expect((await fetch(tampered)).status).toBe(403);
    const elsewhere = new URL(link.url.replace(person.id, other.customer.id));
    expect((await fetch(elsewhere)).status).toBe(403);
  });

  it('is recorded in the audit log: the ADMIN and the customer', async () => {
    const events = await sql(`select actor_kind, actor_id, target_type, target_id from audit_event where action = 'customer.export'`);
    expect(events).toEqual([{ actor_kind: 'AGENT', actor_id: admin.id, target_type: 'CUSTOMER', target_id: person.id }]);
  });
});

describe('eraseCustomer', () => {
  const range = { from: new Date(Date.now() - 2 * 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
  let figuresBefore: unknown;

  beforeAll(async () => {
    figuresBefore = await data(FIGURES, range, admin.token);
    // The person's data is there to find, so the scan after the erasure can fail.
    expect(await leftovers()).toEqual(expect.arrayContaining([expect.stringContaining('customer.name'), expect.stringContaining('message.text')]));
    expect(filesOnDiskHolding('rusarusa')).toHaveLength(1);
  });

  it('is ADMIN only; an unknown customer is NOT_FOUND; a refusal erases nothing', async () => {
    for (const token of [supervisor.token, agent.token]) {
      expect(errorCode(await graphqlRequest(url(), ERASE, { id: person.id }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphqlRequest(url(), ERASE, { id: person.id }, person.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), ERASE, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    expect((await sql(`select name from customer where id = $1`, [person.id]))[0]).toEqual({ name: PERSON.name });
    expect((await data<{ chatSession: { id: string } }>(READ_CHAT, { id: first.chatId }, person.token)).chatSession.id).toBe(first.chatId);
  });

  it('erases the person for good: nothing of it is left in any table or on disk', async () => {
    expect((await data<{ eraseCustomer: boolean }>(ERASE, { id: person.id }, admin.token)).eraseCustomer).toBe(true);
    expect(await leftovers()).toEqual([]);
    expect(filesOnDiskHolding('rusarusa')).toEqual([]);
    expect(fs.existsSync(path.join(uploadDir, first.fileId!))).toBe(false);
    expect(await sql(`select 1 from file_attachment where id = $1`, [first.fileId])).toHaveLength(0);
  });

  it('keeps the report figures as they were', async () => {
    expect(await data(FIGURES, range, admin.token)).toEqual(figuresBefore);
  });

  it("refuses the customer's token at once", async () => {
    expect(errorCode(await graphqlRequest(url(), READ_CHAT, { id: first.chatId }, person.token))).toBe('UNAUTHENTICATED');
  });

  it('shows the chats to the desk as those of an erased customer', async () => {
    const { chatSession } = await data<{ chatSession: { customer: { id: string; name: string; erased: boolean }; messages: { totalCount: number } } }>(
      READ_CHAT,
      { id: first.chatId },
      admin.token,
    );
    expect(chatSession.customer).toEqual({ id: person.id, name: '', erased: true });
  });

  it("leaves every other customer's data as it was", async () => {
    expect(await sql(`select name, email from customer where id = $1`, [other.customer.id])).toEqual([{ name: 'Orang Lain', email: 'orang.lain@contoh.id' }]);
    expect(await sql(`select text from message where session_id = $1 and sender = 'CUSTOMER' order by id limit 1`, [other.chatId])).toEqual([{ text: 'rahasia orang lain' }]);
    expect(fs.existsSync(path.join(uploadDir, other.fileId!))).toBe(true);
  });

  it("is recorded in the audit log with the customer's id and no personal data", async () => {
    const events = await sql<{ actor_id: string; target_id: string; details: Record<string, unknown> }>(
      `select actor_id, target_id, details from audit_event where action = 'customer.erase'`,
    );
    expect(events).toEqual([{ actor_id: admin.id, target_id: person.id, details: { chats: 2, messages: expect.any(Number), files: 1 } }]);
  });

  it('a second erasure is NOT_FOUND, and an export of an erased customer too', async () => {
    expect(errorCode(await graphqlRequest(url(), ERASE, { id: person.id }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url(), EXPORT, { id: person.id }, admin.token))).toBe('NOT_FOUND');
  });
});

/** `table.column` of every text, JSON or search column in any schema that holds one of the needles. */
async function leftovers(): Promise<string[]> {
  const columns = await sql<{ table_schema: string; table_name: string; column_name: string }>(
    `select c.table_schema, c.table_name, c.column_name
       from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
        and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY') or c.udt_name = 'tsvector')`,
  );
  const found: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    const rows = await sql<{ hit: string }>(
      `select (select string_agg(n, ',') from unnest($1::text[]) n where "${column_name}"::text ilike '%' || n || '%') as hit
         from "${table_schema}"."${table_name}" where "${column_name}"::text ilike any (select '%' || n || '%' from unnest($1::text[]) n)`,
      [NEEDLES],
    );
    for (const row of rows) found.push(`${table_schema === 'public' ? '' : `${table_schema}.`}${table_name}.${column_name}: ${row.hit}`);
  }
  return [...new Set(found)];
}

function filesOnDiskHolding(needle: string): string[] {
  return fs.readdirSync(uploadDir).filter((name) => fs.readFileSync(path.join(uploadDir, name), 'utf8').includes(needle));
}
