import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { openDatabase } from './database';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase(config, logger, { migrate: true });
  const applied = await database.orm.migrator.getExecuted();
  logger.info({ migrations: applied.map((migration) => migration.name) }, 'database is migrated');
  await database.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
