import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Admin } from './admin.entity';
import { toAdminView, type AdminView } from './admin.types';

export function createAdminLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, AdminView | null>(async (ids) => {
    const admins = await entityManager().find(Admin, { id: { $in: [...ids] } });
    const byId = new Map(admins.map((admin) => [admin.id, toAdminView(admin)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
