import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { openDatabase } from './database';
import { DatabaseSeeder } from './seeders/database.seeder';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase(config, logger);
  await database.orm.seeder.seed(DatabaseSeeder);
  logger.info('seeded the default admin (admin@example.com) and the example canned responses, unless they already existed');
  await database.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
