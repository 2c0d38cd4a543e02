import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAdmin } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';
import { Admin, AdminRole } from './admin.entity';

/** A signed-in agent with its role as stored now: a token says who, never what it may do. */
export interface Staff {
  adminId: string;
  role: AdminRole;
}

/**
 * The caller's role, read on every request (the identity map answers repeats within one), so that
 * an `updateAdmin` applies to the agent's next request on every instance. FORBIDDEN unless the
 * role is one of `roles`.
 */
export async function requireStaff(em: EntityManager, viewer: Viewer | null, roles?: readonly AdminRole[]): Promise<Staff> {
  const { adminId } = requireAdmin(viewer);
  const admin = await em.findOne(Admin, adminId);
  if (!admin || admin.disabled) throw appError('UNAUTHENTICATED', 'This account is no longer active. Please sign in again.');
  if (roles && !roles.includes(admin.role)) throw appError('FORBIDDEN', 'Your role may not do this.');
  return { adminId, role: admin.role };
}

export const MANAGERS = [AdminRole.ADMIN] as const;
export const SUPERVISORS = [AdminRole.ADMIN, AdminRole.SUPERVISOR] as const;

/** An AGENT sees the waiting queue and its own chats; the other roles see every chat. */
export function staffMaySee(staff: Staff, session: { status: ChatSessionStatus; assignedAdminId: string | null }): boolean {
  if (staff.role !== AdminRole.AGENT) return true;
  return session.status === ChatSessionStatus.WAITING || session.assignedAdminId === staff.adminId;
}
