import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, type ApiProcess } from '../../api/test/support/api-process';
import { registerCustomer, startSession } from '../../api/test/support/actors';
import { SendMessage } from '../../api/test/support/operations';
import { graphqlRequest } from '../../api/test/support/test-app';
import { multipartRequest } from '../../api/test/support/upload';
import { createTestDatabase, instanceEnv, loginFirstAdmin, run, startInstances, stopInstances, tempDir, uniquePrefix, type TestDatabase } from './support/stack';

// backup.sh and restore.sh against the machine's PostgreSQL: a database filled through the real
// API, backed up (with rotation), restored into a new database and a new upload directory.
const SendFileMessage = `mutation SendFileMessage($input: SendFileMessageInput!) { sendFileMessage(input: $input) { id } }`;
const RESTORED_DB = `livechat_restored_${process.pid}`;

let db: TestDatabase;
let api: ApiProcess[] = [];
let work: string;
let messageId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  work = tempDir('livechat-backup-');
  const port = await freePort();
  const env = instanceEnv({ databaseUrl: db.url, redisPrefix: uniquePrefix(), uploadDir: path.join(work, 'uploads'), publicUrl: `http://127.0.0.1:${port}` });
  api = await startInstances(env, [port]);
  const url = `http://127.0.0.1:${port}/graphql`;
  const admin = await loginFirstAdmin(url);
  const customer = await registerCustomer(url, 'Dewi Lestari');
  const sessionId = await startSession(url, customer, 'Izin usaha saya belum terbit');
  const reply = await graphqlRequest(url, SendMessage, { input: { sessionId, text: 'Kami cek sekarang, Bu Dewi' } }, admin.token);
  messageId = reply.data!.sendMessage.id;
  const upload = await multipartRequest(url, SendFileMessage, { input: { sessionId, file: null } }, 'variables.input.file', {
    content: new TextEncoder().encode('surat izin\n'),
    filename: 'izin.txt',
  }, { token: customer.token });
  expect(upload.errors).toBeUndefined();
  await stopInstances(api);
}, 90_000);

afterAll(async () => {
  await stopInstances(api);
  await withDatabase('postgres', (client) => client.query(`drop database if exists "${RESTORED_DB}" with (force)`));
  await db?.drop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

it('backs up the database and the uploads, keeping the newest BACKUP_KEEP', async () => {
  const env = { DATABASE_URL: db.url, BACKUP_DIR: path.join(work, 'backups'), BACKUP_KEEP: '2', UPLOAD_DIR: path.join(work, 'uploads') };
  for (let i = 0; i < 3; i++) {
    run('deploy/backup.sh', [], env);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // backups are named by the second
  }
  const files = fs.readdirSync(env.BACKUP_DIR).sort();
  expect(files.filter((file) => file.endsWith('.dump'))).toHaveLength(2);
  expect(files.filter((file) => file.endsWith('-uploads.tar.gz'))).toHaveLength(2);
  expect(files.some((file) => file.endsWith('.partial'))).toBe(false);
});

it('restores the newest backup into a fresh database and upload directory, row for row', async () => {
  const backups = path.join(work, 'backups');
  const dump = path.join(backups, fs.readdirSync(backups).filter((file) => file.endsWith('.dump')).sort().at(-1)!);
  const uploads = dump.replace(/\.dump$/, '-uploads.tar.gz');
  const restoredUploads = path.join(work, 'restored-uploads');
  run('deploy/restore.sh', [dump, RESTORED_DB, uploads], { DATABASE_URL: db.url, UPLOAD_DIR: restoredUploads });

  const original = await withDatabase(dbName(db.url), rowCounts);
  const restored = await withDatabase(RESTORED_DB, rowCounts);
  expect(restored).toEqual(original);
  expect(original).toMatchObject({ admin: 1, customer: 1, chat_session: 1 });
  expect(original.message).toBeGreaterThanOrEqual(3);

  const text = await withDatabase(RESTORED_DB, async (client) => (await client.query('select text from message where id = $1', [messageId])).rows[0]?.text);
  expect(text).toBe('Kami cek sekarang, Bu Dewi');

  const originalFiles = fs.readdirSync(path.join(work, 'uploads')).sort();
  expect(fs.readdirSync(restoredUploads).sort()).toEqual(originalFiles);
  for (const file of originalFiles) {
    expect(fs.readFileSync(path.join(restoredUploads, file))).toEqual(fs.readFileSync(path.join(work, 'uploads', file)));
  }
});

it('refuses to restore over an existing database', () => {
  const backups = path.join(work, 'backups');
  const dump = path.join(backups, fs.readdirSync(backups).find((file) => file.endsWith('.dump'))!);
  expect(() => run('deploy/restore.sh', [dump, RESTORED_DB], { DATABASE_URL: db.url })).toThrow(/already exists/);
});

async function rowCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) counts[name] = Number((await client.query(`select count(*) from "${name}"`)).rows[0].count);
  return counts;
}

const dbName = (url: string) => new URL(url).pathname.slice(1);

async function withDatabase<T>(name: string, work: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(db.url);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
