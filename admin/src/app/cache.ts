import { InMemoryCache, type Reference } from '@apollo/client';
import {
  mergeMessageConnections,
  type StoredMessageConnection,
} from '../features/conversation/message-connection';
import { chatSessionsKey, mergeSessionPages, type StoredSessionConnection } from '../features/inbox/session-list-cache';

interface StoredSearchConnection {
  edges: unknown[];
  [field: string]: unknown;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // The "Muat lebih banyak" pages of one search add up; a new search starts its own list.
          searchMessages: {
            keyArgs: ['query'],
            merge: (existing: StoredSearchConnection | undefined, incoming: StoredSearchConnection, { args }) =>
              args?.after && existing ? { ...incoming, edges: [...existing.edges, ...incoming.edges] } : incoming,
          },
          chatSessions: {
            keyArgs: (args) => chatSessionsKey(args ?? {}),
            merge: (existing: StoredSessionConnection | undefined, incoming: StoredSessionConnection, { args, readField }) =>
              mergeSessionPages(existing, incoming, Boolean(args?.after), (ref) => readField<string>('id', ref) ?? ''),
          },
        },
      },
      // One desk-wide object without an id, read by several screens: their fields add up.
      Settings: { merge: true },
      ChatSession: {
        fields: {
          messages: {
            keyArgs: false,
            merge: (existing: StoredMessageConnection | undefined, incoming: StoredMessageConnection, { readField }) =>
              mergeMessageConnections(existing, incoming, (edge) => readField<string>('id', edge.node as Reference) ?? ''),
          },
        },
      },
    },
  });
}
