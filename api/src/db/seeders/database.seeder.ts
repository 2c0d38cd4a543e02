import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { loadConfig } from '../../config/config';
import { seedCannedResponses, seedDefaultAdmin } from '../seed';

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await seedDefaultAdmin(em, loadConfig().seedAdminPassword);
    await seedCannedResponses(em);
  }
}
