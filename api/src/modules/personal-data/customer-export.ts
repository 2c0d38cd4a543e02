import type { EntityManager } from '@mikro-orm/postgresql';
import type { AdminViewer } from '../../auth/viewer';
import type { FileLinks } from '../file/file-links';

export interface ExportedFile {
  id: string;
  chatId: string;
  filename: string;
  mimeType: string;
  size: number;
  createdAt: string;
  /** Signed for the ADMIN who exported, and expires with the export's own link. */
  url: string;
}

export interface ExportedMessage {
  id: string;
  createdAt: string;
  sender: string;
  senderName: string | null;
  text: string | null;
  fileId: string | null;
}

export interface ExportedChat {
  id: string;
  status: string;
  createdAt: string;
  closedAt: string | null;
  team: string | null;
  assignedAgent: string | null;
  offline: boolean;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: string | null;
  messages: ExportedMessage[];
}

export interface CustomerExport {
  format: 'livechat-oss.customer-data.v1';
  exportedAt: string;
  customer: {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    createdAt: string;
    attributes: Record<string, string>;
    externalId: string | null;
    verified: boolean;
    blocked: boolean;
    blockedAt: string | null;
  };
  chats: ExportedChat[];
  files: ExportedFile[];
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Everything the desk holds of one person, as JSON: the profile, each chat with its messages
 * (oldest first), and the files. Agents' internal notes are left out (see the README's
 * "A person's data"); so is a block's reason, the desk's own note. Null for an unknown or erased customer.
 */
export async function exportCustomer(
  em: EntityManager,
  customerId: string,
  links: { files: FileLinks; reader: AdminViewer; issuedAt: number },
): Promise<CustomerExport | null> {
  const connection = em.getConnection();
  const [customer] = await connection.execute<
    { id: string; name: string; email: string | null; phone: string | null; created_at: Date; attributes: Record<string, string>; external_id: string | null; verified: boolean; blocked_at: Date | null }[]
  >(`select id, name, email, phone, created_at, attributes, external_id, verified, blocked_at from customer where id = ? and erased_at is null`, [customerId]);
  if (!customer) return null;
  const chats = await connection.execute<
    { id: string; status: string; created_at: Date; closed_at: Date | null; team: string | null; agent: string | null; offline: boolean; rating: number | null; rating_comment: string | null; rated_at: Date | null }[]
  >(
    `select s.id, s.status, s.created_at, s.closed_at, t.name as team, a.name as agent, s.offline, s.rating, s.rating_comment, s.rated_at
       from chat_session s left join team t on t.id = s.team_id left join admin a on a.id = s.assigned_admin_id
      where s.customer_id = ? order by s.created_at, s.id`,
    [customerId],
  );
  const messages = await connection.execute<
    { id: string; session_id: string; created_at: Date; sender: string; sender_name: string | null; text: string | null; file_id: string | null }[]
  >(
    `select m.id::text, m.session_id, m.created_at, m.sender, m.sender_name, m.text, m.file_id
       from message m join chat_session s on s.id = m.session_id
      where s.customer_id = ? and not m.internal order by m.session_id, m.id`,
    [customerId],
  );
  const files = await connection.execute<{ id: string; session_id: string; filename: string; mime_type: string; size: string; created_at: Date }[]>(
    `select f.id, f.session_id, f.filename, f.mime_type, f.size, f.created_at
       from file_attachment f join chat_session s on s.id = f.session_id
      where s.customer_id = ? and not exists (select 1 from message m where m.file_id = f.id and m.internal)
      order by f.created_at, f.id`,
    [customerId],
  );
  const messagesOf = new Map<string, typeof messages>();
  for (const message of messages) {
    const ofChat = messagesOf.get(message.session_id);
    if (ofChat) ofChat.push(message);
    else messagesOf.set(message.session_id, [message]);
  }
  return {
    format: 'livechat-oss.customer-data.v1',
    exportedAt: new Date().toISOString(),
    customer: {
      id: customer.id,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
      createdAt: iso(customer.created_at)!,
      attributes: customer.attributes,
      externalId: customer.external_id,
      verified: customer.verified,
      blocked: customer.blocked_at !== null,
      blockedAt: iso(customer.blocked_at),
    },
    chats: chats.map((chat) => ({
      id: chat.id,
      status: chat.status,
      createdAt: iso(chat.created_at)!,
      closedAt: iso(chat.closed_at),
      team: chat.team,
      assignedAgent: chat.agent,
      offline: chat.offline,
      rating: chat.rating,
      ratingComment: chat.rating_comment,
      ratedAt: iso(chat.rated_at),
      messages: (messagesOf.get(chat.id) ?? []).map((message) => ({
        id: message.id,
        createdAt: iso(message.created_at)!,
        sender: message.sender,
        senderName: message.sender_name,
        text: message.text,
        fileId: message.file_id,
      })),
    })),
    files: files.map((file) => ({
      id: file.id,
      chatId: file.session_id,
      filename: file.filename,
      mimeType: file.mime_type,
      size: Number(file.size),
      createdAt: iso(file.created_at)!,
      url: links.files.urlFor(file.id, links.reader, links.issuedAt),
    })),
  };
}
