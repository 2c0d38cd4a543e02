import type { AdminViewer, CustomerViewer } from '../../auth/viewer';
import type { PreparedStatement, Sql } from '../../db/sql';
import { appError, notFound } from '../../errors/app-error';
import { isUuid } from '../../input/text-rules';
import { AdminRole } from '../admin/admin.entity';
import { staffMaySee, type Staff } from '../admin/staff';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';

/**
 * Who may type in a chat, and under which name, decided in one prepared statement: typing is sent
 * twice per message, so it goes without the ORM's unit of work. The rules are those of
 * `findVisible` (a visitor in its own chat, an agent in the chats it may see) and `requireStaff`.
 */
const CUSTOMER_TYPIST: PreparedStatement = {
  name: 'livechat_customer_typist',
  text: `select s.status, c.name
from chat_session s join customer c on c.id = s.customer_id
where s.id = $1::uuid and s.customer_id = $2::uuid`,
};

const ADMIN_TYPIST: PreparedStatement = {
  name: 'livechat_admin_typist',
  text: `select s.status, s.assigned_admin_id, s.team_id, a.name, a.role, a.disabled,
  array(select m.team_id from team_member m where m.admin_id = a.id) as team_ids
from admin a left join chat_session s on s.id = $1::uuid
where a.id = $2::uuid`,
};

interface CustomerTypistRow {
  status: ChatSessionStatus;
  name: string | null;
}

interface AdminTypistRow {
  status: ChatSessionStatus | null;
  assigned_admin_id: string | null;
  team_id: string | null;
  name: string;
  role: AdminRole;
  disabled: boolean;
  team_ids: string[];
}

/** The typist's display name, once it may type in `sessionId`; the errors `findVisible` would give otherwise. */
export async function typistName(sql: Sql, viewer: AdminViewer | CustomerViewer, sessionId: string): Promise<string | null> {
  if (!isUuid(sessionId)) throw notFound('Chat session');
  if (viewer.role === 'CUSTOMER') {
    const [row] = await sql.run<CustomerTypistRow>(CUSTOMER_TYPIST, [sessionId, viewer.customerId]);
    if (!row) throw notFound('Chat session');
    assertOpen(row.status);
    return row.name;
  }
  const [row] = await sql.run<AdminTypistRow>(ADMIN_TYPIST, [sessionId, viewer.adminId]);
  if (!row || row.disabled) throw appError('UNAUTHENTICATED', 'This account is no longer active. Please sign in again.');
  if (!row.status) throw notFound('Chat session');
  const staff: Staff = { adminId: viewer.adminId, role: row.role, teamIds: row.role === AdminRole.AGENT ? row.team_ids : [] };
  if (!staffMaySee(staff, { status: row.status, assignedAdminId: row.assigned_admin_id, teamId: row.team_id })) throw notFound('Chat session');
  assertOpen(row.status);
  return row.name;
}

function assertOpen(status: ChatSessionStatus): void {
  if (status === ChatSessionStatus.CLOSED) throw appError('SESSION_CLOSED', 'This chat has ended.');
}
