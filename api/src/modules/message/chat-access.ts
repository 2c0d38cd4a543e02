import type { AdminViewer, CustomerViewer } from '../../auth/viewer';
import type { PreparedStatement, Sql } from '../../db/sql';
import { appError, notFound } from '../../errors/app-error';
import { isUuid } from '../../input/text-rules';
import { AdminRole } from '../admin/admin.entity';
import { staffMaySee, type Staff } from '../admin/staff';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';

/**
 * Who may write or type in a chat, decided in one prepared statement: an agent's send and
 * everyone's typing (twice per message) go without the ORM's unit of work. The rules are those of
 * `requireStaff` (an active account, its role and teams) and `findVisible` (a visitor in its own
 * chat, an AGENT in the chats it may see).
 */
const STAFF_IN_CHAT: PreparedStatement = {
  name: 'livechat_staff_in_chat',
  text: `select s.status, s.assigned_admin_id, s.team_id, a.name, a.role, a.disabled,
  array(select m.team_id from team_member m where m.admin_id = a.id) as team_ids
from admin a left join chat_session s on s.id = $1::uuid
where a.id = $2::uuid`,
};

const CUSTOMER_IN_CHAT: PreparedStatement = {
  name: 'livechat_customer_in_chat',
  text: `select s.status, c.name
from chat_session s join customer c on c.id = s.customer_id
where s.id = $1::uuid and s.customer_id = $2::uuid`,
};

interface StaffInChatRow {
  status: ChatSessionStatus | null;
  assigned_admin_id: string | null;
  team_id: string | null;
  name: string;
  role: AdminRole;
  disabled: boolean;
  team_ids: string[];
}

export interface StaffInChat {
  staff: Staff;
  name: string;
  /** Null when there is no such chat. */
  chat: { status: ChatSessionStatus; assignedAdminId: string | null; teamId: string | null } | null;
}

/** The agent as `requireStaff` gives it (UNAUTHENTICATED once disabled or deleted), with the chat `sessionId` names. */
export async function staffInChat(sql: Sql, adminId: string, sessionId: string): Promise<StaffInChat> {
  const [row] = await sql.run<StaffInChatRow>(STAFF_IN_CHAT, [isUuid(sessionId) ? sessionId : null, adminId]);
  if (!row || row.disabled) throw appError('UNAUTHENTICATED', 'This account is no longer active. Please sign in again.');
  return {
    staff: { adminId, role: row.role, teamIds: row.role === AdminRole.AGENT ? row.team_ids : [] },
    name: row.name,
    chat: row.status ? { status: row.status, assignedAdminId: row.assigned_admin_id, teamId: row.team_id } : null,
  };
}

/** The chat, as `findVisible` would let the agent see it; NOT_FOUND otherwise. */
export function visibleChat({ staff, chat }: StaffInChat): NonNullable<StaffInChat['chat']> {
  if (!chat || !staffMaySee(staff, chat)) throw notFound('Chat session');
  return chat;
}

/** The typist's display name, once it may type in `sessionId`. */
export async function typistName(sql: Sql, viewer: AdminViewer | CustomerViewer, sessionId: string): Promise<string | null> {
  if (!isUuid(sessionId)) throw notFound('Chat session');
  if (viewer.role === 'CUSTOMER') {
    const [row] = await sql.run<{ status: ChatSessionStatus; name: string | null }>(CUSTOMER_IN_CHAT, [sessionId, viewer.customerId]);
    if (!row) throw notFound('Chat session');
    assertOpen(row.status);
    return row.name;
  }
  const access = await staffInChat(sql, viewer.adminId, sessionId);
  assertOpen(visibleChat(access).status);
  return access.name;
}

function assertOpen(status: ChatSessionStatus): void {
  if (status === ChatSessionStatus.CLOSED) throw appError('SESSION_CLOSED', 'This chat has ended.');
}
