import type { ApolloCache, Reference } from '@apollo/client';
import { mergeMessageConnections, type StoredMessageConnection } from './message-connection';

/** Adds messages that arrived live (subscription or a send's reply) to a cached conversation, once. */
export function appendMessages(cache: ApolloCache, sessionId: string, messageIds: string[]): void {
  cache.modify<{ messages: StoredMessageConnection }>({
    id: cache.identify({ __typename: 'ChatSession', id: sessionId }),
    fields: {
      messages(existing, { toReference, readField, isReference }) {
        if (!existing || !('edges' in (existing as object))) return existing;
        const current = existing as unknown as StoredMessageConnection;
        const edges = messageIds
          .map((id) => toReference({ __typename: 'Message', id }))
          .filter((ref): ref is Reference => Boolean(ref) && isReference(ref))
          .map((node) => ({ __typename: 'MessageEdge' as const, cursor: '', node }));
        const merged = mergeMessageConnections(current, { ...current, edges }, (edge) =>
          String(readField('id', edge.node)),
        );
        return merged as unknown as typeof existing;
      },
    },
  });
}
