import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import { Admin } from './admin.entity';
import { toAdminView, type AdminView } from './admin.types';

export function createAdminLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, AdminView | null>(async (ids) => {
    const admins = await entityManager().find(Admin, { id: { $in: [...ids] } });
    const byId = new Map(admins.map((admin) => [admin.id, toAdminView(admin)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** ACTIVE chats per agent, for a whole agents list in one query. */
export function createActiveChatCountLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, number>(async (ids) => {
    const rows: { assigned_admin_id: string; count: string }[] = await entityManager()
      .getConnection()
      .execute(
        `select assigned_admin_id, count(*) as count from chat_session
          where status = ? and assigned_admin_id in (?) group by assigned_admin_id`,
        [ChatSessionStatus.ACTIVE, [...ids]],
      );
    const byId = new Map(rows.map((row) => [row.assigned_admin_id, Number(row.count)]));
    return ids.map((id) => byId.get(id) ?? 0);
  });
}
