import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { initOrm, migrate, requireNoPendingMigrations } from './orm';

export interface Database {
  orm: MikroORM;
  /** The connection string, the embedded database's too, for what keeps connections of its own (the job queue). */
  url: string;
  /** Where the database lives; embedded when no DATABASE_URL was given. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, and applies pending migrations
 * unless MIGRATE_ON_START=false (then pending migrations stop the start); `migrate` overrides it.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { migrate: boolean } = { migrate: config.database.migrateOnStart },
): Promise<Database> {
  const embedded = config.database.url
    ? undefined
    : await startEmbeddedPostgres(config.database.embeddedDir, config.database.embeddedPort, logger);
  const url = config.database.url ?? embedded!.url;
  const orm = await initOrm(url, config.database.poolSize);
  try {
    if (options.migrate) await migrate(orm);
    else await requireNoPendingMigrations(orm);
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    url,
    embedded: Boolean(embedded),
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
