import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAdmin } from '../../auth/guards';
import type { ApiKeyViewer, Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';
import { Admin, AdminRole } from './admin.entity';
import { notForApiKeys, requireKeyScope, type KeyOperation } from '../api-key/api-scope';

/** A signed-in agent with its role as stored now: a token says who, never what it may do. */
export interface Staff {
  adminId: string;
  role: AdminRole;
  /** An AGENT's teams (read for an AGENT only: the other roles see every chat). */
  teamIds: string[];
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
  return { adminId, role: admin.role, teamIds: admin.role === AdminRole.AGENT ? await teamIdsOf(em, adminId) : [] };
}

/**
 * An API key admitted to an operation its scopes allow: it sees what a SUPERVISOR sees, and it is
 * no agent (`adminId` is null: it is never an assignee, an author of notes or "me").
 */
export interface KeyStaff {
  adminId: null;
  role: AdminRole.SUPERVISOR;
  teamIds: [];
  apiKey: ApiKeyViewer;
}

export type StaffOrKey = Staff | KeyStaff;

/**
 * As `requireStaff`, and an API key holding the scope `operation` needs (api-key/api-scope.ts) passes
 * as a SUPERVISOR would; a key without it, or where no operation is named, is FORBIDDEN. The only
 * way a key is let into a service.
 */
export async function requireStaffOrKey(
  em: EntityManager,
  viewer: Viewer | null,
  operation: KeyOperation | undefined,
  roles?: readonly AdminRole[],
): Promise<StaffOrKey> {
  if (viewer?.role !== 'API_KEY') return requireStaff(em, viewer, roles);
  if (!operation) throw notForApiKeys();
  const apiKey = requireKeyScope(viewer, operation);
  if (roles && !roles.includes(AdminRole.SUPERVISOR)) throw appError('FORBIDDEN', 'Your role may not do this.');
  return { adminId: null, role: AdminRole.SUPERVISOR, teamIds: [], apiKey };
}

async function teamIdsOf(em: EntityManager, adminId: string): Promise<string[]> {
  const rows = await em.execute<{ team_id: string }[]>('select team_id from team_member where admin_id = ?', [adminId]);
  return rows.map((row) => row.team_id);
}

export const MANAGERS = [AdminRole.ADMIN] as const;
export const SUPERVISORS = [AdminRole.ADMIN, AdminRole.SUPERVISOR] as const;

/**
 * An AGENT sees its own chats and the waiting queues it works: its teams' (every team's while it
 * has none) and the one of chats without a team. The other roles see every chat.
 */
export function staffMaySee(
  staff: StaffOrKey,
  session: { status: ChatSessionStatus; assignedAdminId: string | null; teamId: string | null },
): boolean {
  if (staff.role !== AdminRole.AGENT || session.assignedAdminId === staff.adminId) return true;
  return session.status === ChatSessionStatus.WAITING && worksQueueOf(staff, session.teamId);
}

export function worksQueueOf(staff: Staff, teamId: string | null): boolean {
  return teamId === null || staff.teamIds.length === 0 || staff.teamIds.includes(teamId);
}

/** The chats `staff` may see, as `staffMaySee` decides for one, in SQL on the alias `s`; every chat for the other roles. */
export function staffSightSql(staff: StaffOrKey): { sql: string; values: string[] } {
  if (staff.role !== AdminRole.AGENT) return { sql: 'true', values: [] };
  const queues = staff.teamIds.length ? `and (s.team_id is null or s.team_id in (${staff.teamIds.map(() => '?').join(', ')}))` : '';
  return {
    sql: `(s.assigned_admin_id = ? or (s.status = '${ChatSessionStatus.WAITING}' ${queues}))`,
    values: [staff.adminId, ...staff.teamIds],
  };
}
