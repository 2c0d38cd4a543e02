import type { Reference } from '@apollo/client';

/** A message edge as the cache stores it: the node is a reference to a normalised Message. */
export interface StoredMessageEdge {
  __typename?: 'MessageEdge';
  /** Empty for a message that arrived by subscription or mutation; a page fetch fills it in. */
  cursor: string;
  node: Reference;
}

export interface StoredPageInfo {
  __typename?: 'PageInfo';
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface StoredMessageConnection {
  __typename?: 'MessageConnection';
  edges: StoredMessageEdge[];
  pageInfo: StoredPageInfo;
  [field: string]: unknown;
}

/** Message ids are increasing integers as strings; compare them without losing precision. */
export function compareMessageIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Joins what the cache holds with a page or with live messages: each message once, oldest
 * first. `endCursor` is the newest *fetched* cursor, so `messages(after: endCursor)` after a
 * reconnect asks for everything that may have been missed (live ones are deduplicated).
 */
export function mergeMessageConnections(
  existing: StoredMessageConnection | undefined,
  incoming: StoredMessageConnection,
  idOf: (edge: StoredMessageEdge) => string,
): StoredMessageConnection {
  const byId = new Map<string, StoredMessageEdge>();
  const origin = new Map<string, 'existing' | 'incoming'>();
  for (const edge of existing?.edges ?? []) {
    byId.set(idOf(edge), edge);
    origin.set(idOf(edge), 'existing');
  }
  for (const edge of incoming.edges) {
    const id = idOf(edge);
    const known = byId.get(id);
    if (!known || (!known.cursor && edge.cursor)) byId.set(id, edge);
    if (!known) origin.set(id, 'incoming');
  }
  const ids = [...byId.keys()].sort(compareMessageIds);
  const edges = ids.map((id) => byId.get(id)!);
  const fetched = edges.filter((edge) => edge.cursor);
  const oldestFrom = ids.length ? origin.get(ids[0]) : undefined;
  const hasPreviousPage =
    oldestFrom === 'existing' || (!oldestFrom && existing)
      ? (existing?.pageInfo.hasPreviousPage ?? false)
      : incoming.pageInfo.hasPreviousPage;
  return {
    ...existing,
    ...incoming,
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasPreviousPage,
      hasNextPage: false,
      startCursor: fetched[0]?.cursor ?? null,
      endCursor: fetched.at(-1)?.cursor ?? null,
    },
  };
}
