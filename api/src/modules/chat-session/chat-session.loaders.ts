import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Whose unread messages: the desk counts the visitor's, the visitor counts the desk's (never a note). */
export type ReadingSide = 'agents' | 'customer';

const UNREAD_MESSAGES: Record<ReadingSide, string> = {
  agents: `m.sender = 'CUSTOMER' and m.id > coalesce(s.agent_last_read_message_id, 0)`,
  customer: `m.sender <> 'CUSTOMER' and not m.internal and m.id > coalesce(s.customer_last_read_message_id, 0)`,
};

/**
 * Each session's messages after its side's read mark, for a whole page of sessions in one query:
 * a range of the (session_id, id) index per session, from the mark on.
 */
function createUnreadCountLoader(entityManager: () => EntityManager, side: ReadingSide) {
  return new DataLoader<string, number>(async (sessionIds) => {
    const rows: { id: string; unread: number }[] = await entityManager().getConnection().execute(
      `select s.id, count(m.id)::int as unread
         from chat_session s left join message m on m.session_id = s.id and ${UNREAD_MESSAGES[side]}
        where s.id in (?) group by s.id`,
      [[...sessionIds]],
    );
    const bySession = new Map(rows.map((row) => [row.id, row.unread]));
    return sessionIds.map((id) => bySession.get(id) ?? 0);
  });
}

export function createUnreadCountLoaders(entityManager: () => EntityManager): Record<ReadingSide, DataLoader<string, number>> {
  return {
    agents: createUnreadCountLoader(entityManager, 'agents'),
    customer: createUnreadCountLoader(entityManager, 'customer'),
  };
}
