import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password';
import { DEVELOPMENT_ADMIN_PASSWORD } from '../config/config';

export const DEFAULT_ADMIN = { email: 'admin@example.com', password: DEVELOPMENT_ADMIN_PASSWORD, name: 'Admin' } as const;

/** Creates the default admin once, with `password`; running it again changes nothing. */
export async function seedDefaultAdmin(em: EntityManager, password: string): Promise<boolean> {
  const result = await em.getConnection().execute(
    `insert into admin (id, email, name, password_hash, role, created_at)
       values (gen_random_uuid(), ?, ?, ?, 'ADMIN', now())
       on conflict (email) do nothing`,
    [DEFAULT_ADMIN.email, DEFAULT_ADMIN.name, await hashPassword(password)],
    'run',
  );
  return (result as { affectedRows?: number }).affectedRows === 1;
}

