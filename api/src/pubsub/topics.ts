import type { ChatSessionStatus } from '../modules/chat-session/chat-session.entity';
import type { MessageSender } from '../modules/message/message.entity';
import type { AgentStatus } from '../modules/admin/admin.entity';

/**
 * Payloads cross Redis as JSON, so they carry ids and ISO strings, never entities. Each one holds
 * everything its subscription serves, so delivering an event reads nothing from the database.
 */
export interface FilePayload {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
}

export interface MessagePayload {
  id: string;
  sessionId: string;
  sender: MessageSender;
  senderName: string | null;
  text: string | null;
  file: FilePayload | null;
  /** A private note between agents; absent from an instance still on a version without notes. */
  internal?: boolean;
  clientMessageId: string | null;
  createdAt: string;
}

export interface ChatSessionPayload {
  id: string;
  status: ChatSessionStatus;
  customerId: string;
  assignedAdminId: string | null;
  createdAt: string;
  closedAt: string | null;
  lastMessageAt: string | null;
  /** Null: the queue of chats without a team. */
  teamId: string | null;
  /** Its place in its team's queue (set by its first message). */
  queuedAt: string | null;
  /** Read receipts: the newest message id each side has read. */
  customerLastReadMessageId: string | null;
  agentLastReadMessageId: string | null;
  /** Left through the offline form; absent from an instance still on a version without it. */
  offline?: boolean;
  /** The visitor's rating (1 to 5) and comment once given; absent from an instance on a version without ratings. */
  rating?: number | null;
  ratingComment?: string | null;
  /**
   * Where it waits, as it was when published: every event that moves a chat in its queue carries
   * it. Absent where the change could not move it (a later message in a waiting chat): then a
   * subscriber that asks for it reads it.
   */
  queuePosition?: number | null;
  estimatedWaitSeconds?: number | null;
  /**
   * The message this update announces, which is the chat's `lastMessage` (a visitor's, an agent's
   * or a bot's; never a note or a SYSTEM message). Absent from other updates: then a subscriber
   * that asks for it reads it.
   */
  lastMessage?: MessagePayload;
}

export interface TypingPayload {
  sessionId: string;
  sender: MessageSender;
  /** Absent from an instance still on a version without it, during a rolling deploy. */
  senderName?: string | null;
  isTyping: boolean;
}

export interface TokenRevokedPayload {
  jti: string;
}

/** Tells every instance to close the sockets that the revoked tokens of an agent opened. */
export interface AdminTokensRevokedPayload {
  adminId: string;
  keptTokenId: string;
  /** 4403 for a disabled agent; 4401 when absent. */
  closeCode?: number;
}

/** An agent's role changed: its open sockets reconnect, so that what they follow is decided anew. */
export interface AdminRoleChangedPayload {
  adminId: string;
}

/** A visitor was blocked: every instance closes its sockets (4403). */
export interface CustomerBlockedPayload {
  customerId: string;
}

export interface AdminPresencePayload {
  adminId: string;
  online: boolean;
  /** Set by a status change; a console connecting or leaving sends none, and the stored one applies. */
  status?: AgentStatus;
}

/** An agent named with `@` in a note. */
export interface MentionPayload {
  message: MessagePayload;
  /** The chat as the note left it: whether the named agent may open it is decided per subscriber. */
  session: Pick<ChatSessionPayload, 'id' | 'status' | 'assignedAdminId' | 'teamId'>;
  customerName: string;
}

export interface TopicPayloads {
  /** Keyed by session id. */
  MESSAGE_ADDED: MessagePayload;
  /** Keyed by session id. */
  TYPING_CHANGED: TypingPayload;
  CHAT_SESSION_UPDATED: ChatSessionPayload;
  TOKEN_REVOKED: TokenRevokedPayload;
  ADMIN_TOKENS_REVOKED: AdminTokensRevokedPayload;
  ADMIN_ROLE_CHANGED: AdminRoleChangedPayload;
  CUSTOMER_BLOCKED: CustomerBlockedPayload;
  ADMIN_PRESENCE_CHANGED: AdminPresencePayload;
  /** Keyed by the named agent's id. */
  AGENT_MENTIONED: MentionPayload;
}

export type Topic = keyof TopicPayloads;

export function channel(topic: Topic, key?: string): string {
  return key ? `${topic}:${key}` : topic;
}
