import type { EntityManager } from '@mikro-orm/postgresql';
import { appError } from '../../errors/app-error';
import type { Admin } from '../admin/admin.entity';
import { currentSettings } from '../settings/settings.service';
import { ChatSession, ChatSessionStatus } from './chat-session.entity';

/**
 * Serialises the assignments to one agent, on every instance, until the transaction ends: two
 * takes at once must not both see the last free slot. The agent's row, as AUTO routing locks it
 * (queue/routing.ts), and before any chat's row.
 */
export async function lockAgentSlots(em: EntityManager, adminId: string): Promise<void> {
  await em.execute('select 1 from admin where id = ? for update', [adminId]);
}

/** The agent's own limit, or the desk's default. */
export async function chatLimitOf(em: EntityManager, admin: Admin): Promise<number> {
  return admin.maxConcurrentChats ?? (await currentSettings(em)).defaultMaxConcurrentChats;
}

/** How many more ACTIVE chats the agent may take now; call it under `lockAgentSlots`. */
export async function freeSlotsOf(em: EntityManager, admin: Admin): Promise<number> {
  const active = await em.count(ChatSession, { assignedAdmin: admin.id, status: ChatSessionStatus.ACTIVE });
  return (await chatLimitOf(em, admin)) - active;
}

export async function requireFreeSlot(em: EntityManager, admin: Admin): Promise<void> {
  if ((await freeSlotsOf(em, admin)) > 0) return;
  throw appError('FORBIDDEN', 'This agent already has as many chats as its limit allows.', { reason: 'LIMIT_REACHED' });
}
