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
}

/** The newest message of each session, for inbox rows: one query for the whole page. */
export function createLastMessageLoader(em: EntityManager) {
  return new DataLoader<string, MessagePayload | null>(async (sessionIds) => {
    const rows: LastMessageRow[] = await em.getConnection().execute(
      `select distinct on (session_id) id, session_id, sender, sender_name, text, client_message_id, created_at
         from message where session_id = any(?) order by session_id, id desc`,
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
          clientMessageId: row.client_message_id,
          createdAt: new Date(row.created_at).toISOString(),
        },
      ]),
    );
    return sessionIds.map((id) => bySession.get(id) ?? null);
  });
}
