import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import path from 'node:path';
import { Admin } from '../modules/admin/admin.entity';
import { ChatSession } from '../modules/chat-session/chat-session.entity';
import { Customer } from '../modules/customer/customer.entity';
import { FileAttachment } from '../modules/file/file.entity';
import { ChatSessionLabel, Label } from '../modules/label/label.entity';
import { Message } from '../modules/message/message.entity';
import { Settings } from '../modules/settings/settings.entity';
import { Team } from '../modules/team/team.entity';
import { CannedResponse } from '../modules/canned-response/canned-response.entity';
import { migrationsList } from '../migrations';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { OutboxEvent, Webhook, WebhookDelivery } from '../modules/webhook/webhook.entity';
import { ApiKey } from '../modules/api-key/api-key.entity';
import { AdminRecoveryCode, AdminTwoFactor } from '../modules/two-factor/two-factor.entity';

export const entities = [Admin, Customer, ChatSession, Message, FileAttachment, Team, Settings, Label, ChatSessionLabel, CannedResponse, AuditEvent, Webhook, WebhookDelivery, OutboxEvent, ApiKey, AdminTwoFactor, AdminRecoveryCode];

const migrationsDir = path.join(__dirname, '..', 'migrations');

export function ormOptions(clientUrl: string, poolSize = 20): Options {
  return {
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    pool: { min: 0, max: poolSize },
    // Handed to pg's Pool as they are. Waiting for a free connection gives up after a minute, as
    // knex's pool did under MikroORM 6 (pg's own default waits forever).
    driverOptions: { connectionTimeoutMillis: 60_000 },
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    debug: false,
    // MikroORM 6 gave every relation `on update cascade` (inferred from its default cascade), and
    // the existing databases and the migration snapshot have it; 7 infers no rule any more. The
    // audit log's append-only triggers are hand-written in their migration, not mirrored by entities.
    schemaGenerator: { defaultUpdateRule: 'cascade', ignoreTriggers: true },
    migrations: {
      // Where `migrator.create()` writes a new migration and the snapshot lives; the migrations
      // themselves come from the list.
      path: migrationsDir,
      pathTs: migrationsDir,
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot-livechat',
      // The snapshot changes with a new migration only; MikroORM 7 would otherwise rewrite it from
      // the database after each migration run, in every instance's working tree.
      snapshotOnMigrate: false,
      emit: 'ts',
      silent: true,
    },
  };
}

export function initOrm(clientUrl: string, poolSize?: number): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, poolSize));
}

/** Applies every pending migration. Safe to run on every start and from several processes. */
export async function migrate(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  // One migrator at a time across instances: the others wait, then find nothing to do.
  await connection.execute('select pg_advisory_lock(7243001)');
  try {
    await orm.migrator.up();
  } finally {
    await connection.execute('select pg_advisory_unlock(7243001)');
  }
}

/** With MIGRATE_ON_START=false an operator migrates; an API on an older schema would fail request by request. */
export async function requireNoPendingMigrations(orm: MikroORM): Promise<void> {
  const pending = await orm.migrator.getPending();
  if (pending.length === 0) return;
  throw new Error(
    `MIGRATE_ON_START=false and ${pending.length} migration(s) are pending (${pending.map((migration) => migration.name).join(', ')}): run npm run db:migrate first.`,
  );
}
