import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { MessagePayload } from '../../pubsub/topics';
import type { MessageSender } from './message.entity';

interface LastMessageRow {
  id: string;
  session_id: string;
  sender: MessageSender;
  sender_name: string | null;
  text: string | null;
  client_message_id: string | null;
  created_at: Date;
  file_id: string | null;
  file_filename: string | null;
  file_mime_type: string | null;
  file_size: string | null;
}

/**
 * The newest message of each session, for inbox rows: one query for the whole page. Notes and
 * SYSTEM messages (an agent's introduction) are left out for every viewer, as they leave
 * `lastMessageAt` alone: the preview is what the visitor and the agents said.
 */
export function createLastMessageLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, MessagePayload | null>(async (sessionIds) => {
    const rows: LastMessageRow[] = await entityManager().getConnection().execute(
      `select distinct on (m.session_id) m.id, m.session_id, m.sender, m.sender_name, m.text, m.client_message_id,
              m.created_at, f.id as file_id, f.filename as file_filename, f.mime_type as file_mime_type,
              f.size as file_size
         from message m left join file_attachment f on f.id = m.file_id
        where m.session_id in (?) and not m.internal and m.sender <> 'SYSTEM' order by m.session_id, m.id desc`,
      [[...sessionIds]],
    );
    const bySession = new Map(
      rows.map((row) => [
        row.session_id,
        {
          id: String(row.id),
          sessionId: row.session_id,
          sender: row.sender,
          senderName: row.sender_name,
          text: row.text,
          file: row.file_id
            ? { id: row.file_id, filename: row.file_filename!, mimeType: row.file_mime_type!, size: Number(row.file_size) }
            : null,
          internal: false,
          clientMessageId: row.client_message_id,
          createdAt: new Date(row.created_at).toISOString(),
        },
      ]),
    );
    return sessionIds.map((id) => bySession.get(id) ?? null);
  });
}
