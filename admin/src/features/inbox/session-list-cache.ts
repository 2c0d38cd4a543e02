import type { Reference } from '@apollo/client';

export type Queue = 'waiting' | 'mine' | 'active' | 'closed';
export const QUEUES: Queue[] = ['waiting', 'mine', 'active', 'closed'];
export type SessionStatus = 'WAITING' | 'ACTIVE' | 'CLOSED';

export interface SessionFilter {
  status?: SessionStatus | null;
  open?: boolean | null;
  assignedToMe?: boolean | null;
  search?: string | null;
  /** Chats having any of these labels. */
  labelIds?: string[] | null;
}

/** Each queue is one `chatSessions` filter. "Semua aktif" is every open session, waiting or assigned. */
export function queueFilter(queue: Queue, search = ''): SessionFilter {
  const text = search.trim() || undefined;
  switch (queue) {
    case 'waiting':
      return { status: 'WAITING', search: text };
    case 'mine':
      return { status: 'ACTIVE', assignedToMe: true, search: text };
    case 'active':
      return { open: true, search: text };
    case 'closed':
      return { status: 'CLOSED', search: text };
  }
}

/**
 * One cache entry per filter, so each queue keeps its own pages; a count-only read
 * (`first: 0`) gets its own entry so that it never replaces a list's pages.
 */
export function chatSessionsKey(args: { filter?: SessionFilter | null; first?: number | null }): string {
  const filter = args.filter ?? {};
  return JSON.stringify({
    status: filter.status ?? null,
    open: Boolean(filter.open),
    assignedToMe: Boolean(filter.assignedToMe),
    search: filter.search?.trim() || null,
    labelIds: filter.labelIds?.length ? [...filter.labelIds].sort() : null,
    countOnly: args.first === 0,
  });
}

export interface StoredSessionEdge {
  __typename?: 'ChatSessionEdge';
  cursor: string;
  node: Reference;
}

export interface StoredSessionConnection {
  __typename?: 'ChatSessionConnection';
  edges?: StoredSessionEdge[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null; [field: string]: unknown };
  totalCount?: number;
  [field: string]: unknown;
}

/** A first page replaces the list (a refetch starts over); a next page (`after`) is appended once. */
export function mergeSessionPages(
  existing: StoredSessionConnection | undefined,
  incoming: StoredSessionConnection,
  isNextPage: boolean,
  idOf: (ref: Reference) => string,
): StoredSessionConnection {
  if (!isNextPage || !existing?.edges) return incoming;
  const seen = new Set(existing.edges.map((edge) => idOf(edge.node)));
  const added = (incoming.edges ?? []).filter((edge) => !seen.has(idOf(edge.node)));
  return { ...existing, ...incoming, edges: [...existing.edges, ...added] };
}

export interface LiveSession {
  id: string;
  status: SessionStatus;
  createdAt: string;
  queuedAt?: string | null;
  assignedAdmin?: { id: string } | null;
  team?: { id: string } | null;
  labels?: readonly { id: string }[];
  customer: { name: string; email?: string | null };
}

/** Who is looking: an AGENT sees less than the rest. */
export interface ListViewer {
  id: string;
  role?: 'ADMIN' | 'SUPERVISOR' | 'AGENT';
  teamIds?: readonly string[];
}

/**
 * What the API lets an AGENT see: its own chats, and the waiting chats of its teams' queues
 * (every team's while it has none) and of the queue without a team. The event that takes a chat
 * out of its sight still reaches it, and must take the chat off its lists.
 */
function inSight(session: LiveSession, viewer: ListViewer): boolean {
  if (viewer.role !== 'AGENT' || session.assignedAdmin?.id === viewer.id) return true;
  if (session.status !== 'WAITING') return false;
  const teamId = session.team?.id;
  return !teamId || !viewer.teamIds?.length || viewer.teamIds.includes(teamId);
}

/** Whether a session belongs in a list, judged the way the API's filter judges it. */
export function matchesFilter(session: LiveSession, filter: SessionFilter, viewer: ListViewer): boolean {
  const myId = viewer.id;
  if (!inSight(session, viewer)) return false;
  if (filter.status && session.status !== filter.status) return false;
  if (filter.open && session.status === 'CLOSED') return false;
  if (filter.assignedToMe && session.assignedAdmin?.id !== myId) return false;
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const haystacks = [session.customer.name, session.customer.email ?? ''].map((text) => text.toLowerCase());
    if (!haystacks.some((text) => text.includes(search))) return false;
  }
  const labelIds = filter.labelIds;
  if (labelIds?.length && !session.labels?.some((label) => labelIds.includes(label.id))) return false;
  return true;
}

/**
 * How the API orders a list: the waiting queue oldest first by (queuedAt, id), its visitor's first
 * message being the longest wait on top; the rest newest first by (createdAt, id).
 */
export type ListOrder = 'oldestFirst' | 'newestFirst';

export const listOrder = (filter: SessionFilter): ListOrder => (filter.status === 'WAITING' ? 'oldestFirst' : 'newestFirst');

type Placed = { id: string; createdAt: string; queuedAt?: string | null };

/** When the chat's wait began: its first message, or its creation for a chat not (yet) queued. */
export const waitingSince = (session: { createdAt: string; queuedAt?: string | null }): string =>
  session.queuedAt ?? session.createdAt;

/** Whether `a` comes before `b` in a list of that order. */
function sortsBefore(a: Placed, b: Placed, order: ListOrder): boolean {
  const key = order === 'oldestFirst' ? waitingSince : (placed: Placed) => placed.createdAt;
  const at = Date.parse(key(a));
  const bt = Date.parse(key(b));
  const later = at !== bt ? at > bt : a.id > b.id;
  return order === 'newestFirst' ? later : !later;
}

/**
 * A list after a live update: the session joins at its place when it now matches (unless it
 * sorts below a page not loaded yet), and leaves when it no longer does.
 */
export function applyLiveUpdate<E extends { node: Placed }>(
  edges: E[],
  hasNextPage: boolean,
  session: LiveSession,
  matches: boolean,
  order: ListOrder,
  makeEdge: () => E,
): { edges: E[]; delta: number } {
  const present = edges.some((edge) => edge.node.id === session.id);
  if (!matches) {
    return present ? { edges: edges.filter((edge) => edge.node.id !== session.id), delta: -1 } : { edges, delta: 0 };
  }
  if (present) return { edges, delta: 0 };
  const index = edges.findIndex((edge) => sortsBefore(session, edge.node, order));
  if (index === -1 && hasNextPage) return { edges, delta: 1 };
  const at = index === -1 ? edges.length : index;
  return { edges: [...edges.slice(0, at), makeEdge(), ...edges.slice(at)], delta: 1 };
}

type Active = { id: string; createdAt: string; lastMessageAt?: string | null };

/**
 * "Milik saya" by last activity, newest first: the chat the customer just wrote in comes to
 * the top. The API pages by creation, and an agent's own chats stay within its limit, so the
 * loaded pages hold them all and sorting them here is enough.
 */
export function byLastActivity<E extends { node: Active }>(edges: readonly E[]): E[] {
  const at = (node: Active) => Date.parse(node.lastMessageAt ?? node.createdAt);
  return [...edges].sort((a, b) => at(b.node) - at(a.node) || (a.node.id < b.node.id ? 1 : -1));
}
