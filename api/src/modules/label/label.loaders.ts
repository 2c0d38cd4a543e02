import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { LabelView } from './label.types';

interface LabelRow extends LabelView {
  chat_session_id: string;
}

/** The labels of many chats in one query, by name. */
export function createChatSessionLabelsLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, LabelView[]>(async (sessionIds) => {
    const rows = await entityManager()
      .getConnection()
      .execute<LabelRow[]>(
        `select pair.chat_session_id, label.id, label.name, label.color
           from chat_session_label pair join label on label.id = pair.label_id
          where pair.chat_session_id in (?)
          order by lower(label.name), label.id`,
        [[...sessionIds]],
      );
    const bySession = new Map<string, LabelView[]>();
    for (const { chat_session_id: sessionId, ...label } of rows) {
      bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), label]);
    }
    return sessionIds.map((id) => bySession.get(id) ?? []);
  });
}
