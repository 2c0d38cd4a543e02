import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrationsList } from '../src/migrations';
import { initOrm, migrate } from '../src/db/orm';
import { Admin } from '../src/modules/admin/admin.entity';
import { Message } from '../src/modules/message/message.entity';
import { createTestDatabase, type TestDatabase } from './support/database';

const migrationsDir = path.join(__dirname, '..', 'src', 'migrations');
const migrationNames = migrationsList.map((migration) => migration.name);
const snapshotFile = path.join(migrationsDir, '.snapshot-livechat.json');

let db: TestDatabase;
let orm: MikroORM | undefined;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await orm?.close(true);
  orm = undefined;
  await db.drop();
});

async function load(url: string, file: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(fs.readFileSync(file, 'utf8'));
  } finally {
    await client.end();
  }
}

/** What would still change: the statements that bring the database to the entities, and whether the snapshot lags. */
async function schemaDrift(orm: MikroORM) {
  return { database: (await orm.schema.getUpdateSchemaSQL()).trim(), snapshotBehind: await orm.migrator.checkSchema() };
}

it('migrates a database that MikroORM 6 migrated without running anything again, and finds no schema difference', async () => {
  await load(db.url, path.join(__dirname, 'fixtures', 'mikro-orm-6-database.sql'));
  orm = await initOrm(db.url, 2);
  // The fixture was made before the last migrations of this list, if any: those, and only those, run.
  const recordedBefore = (await orm.migrator.getExecuted()).map((migration) => migration.name);
  expect(recordedBefore).toEqual(migrationNames.slice(0, recordedBefore.length));
  expect(recordedBefore.length).toBeGreaterThan(0);

  await migrate(orm);

  expect((await orm.migrator.getExecuted()).map((migration) => migration.name)).toEqual(migrationNames);
  expect(await orm.migrator.getPending()).toEqual([]);
  expect(await schemaDrift(orm)).toEqual({ database: '', snapshotBehind: false });
  // Every admin could do everything before roles: each one is an ADMIN, enabled and ONLINE.
  const admins = await orm.em.fork().find(Admin, {});
  expect(admins.map((admin) => [admin.name, admin.role, admin.disabled, admin.status, admin.maxConcurrentChats])).toEqual([
    ['Agen Lama', 'ADMIN', false, 'ONLINE', null],
  ]);
  // What MikroORM 6 stored reads back through the current ORM.
  const messages = await orm.em.fork().find(Message, {}, { orderBy: { id: 'asc' }, populate: ['session'] });
  expect(messages.map((message) => [message.senderName, message.text, message.session.getEntity().status])).toEqual([
    ['Pelanggan Lama', 'Halo, izin usaha saya?', 'ACTIVE'],
    ['Agen Lama', 'Sedang kami periksa.', 'ACTIVE'],
  ]);
});

it('builds a fresh database from the migrations that matches the entities and the snapshot, leaving the snapshot as committed', async () => {
  const snapshot = fs.readFileSync(snapshotFile, 'utf8');
  orm = await initOrm(db.url, 2);
  await migrate(orm);
  expect(fs.readFileSync(snapshotFile, 'utf8')).toBe(snapshot);
  expect((await orm.migrator.getExecuted()).map((migration) => migration.name)).toEqual(migrationNames);
  expect(await schemaDrift(orm)).toEqual({ database: '', snapshotBehind: false });
});

it('lists every migration file of the folder, oldest first, under its file name', () => {
  const files = fs
    .readdirSync(migrationsDir)
    .filter((file) => /^Migration\w+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  expect(files.length).toBeGreaterThan(0);
  expect(migrationNames).toEqual(files);
  for (const migration of migrationsList) expect(migration.class.name).toBe(migration.name);
});
