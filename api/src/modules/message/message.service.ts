import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import { appError, notFound } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { isMessageId, isUuid, clientMessageId as parseClientMessageId, messageText } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { pageSize } from '../../pagination/cursor';
import { EventStream } from '../../pubsub/event-stream';
import { ANNOUNCEMENT_TTL_SECONDS } from '../../pubsub/pubsub';
import type { ChatSessionPayload, FilePayload, MentionPayload, MessagePayload, TypingPayload } from '../../pubsub/topics';
import { AdminRole } from '../admin/admin.entity';
import { requireStaffOrKey, staffMaySee, staffSightSql } from '../admin/staff';
import { notForApiKeys, requireKeyScope, type KeyOperation } from '../api-key/api-scope';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import { toChatSessionPayload, updateEvents } from '../chat-session/chat-session.types';
import { requireRoomToTake, Router, type QueueState } from '../queue/routing';
import { Mentions } from './mentions';
import { Message, MessageSender } from './message.entity';
import { DELETE_FILE_ROW, SESSION_STATUS, STORE_MESSAGE, type StoreMessageRow } from './message.statements';
import { queueOfflineReplyMail } from '../offline-message/offline-reply-mail';
import { toMessagePayload, type SendMessageInput } from './message.types';
import { identityRequired } from '../customer/identity';
import { messageEvents } from './message-events';
import { staffInChat, typistName, visibleChat } from './chat-access';
import type { AuditTrail } from '../audit/audit-trail';
import type { Sql } from '../../db/sql';

const DEFAULT_PAGE_SIZE = 50;

export interface MessageContent {
  text: string | null;
  file?: FilePayload | null;
  clientMessageId?: string | null;
  /** A private note for the agents: text only, never a customer's. */
  internal?: boolean;
}

export interface StoredMessage {
  message: MessagePayload;
  /** The session as the message left it; null when nothing new was stored, or for a note, which leaves it as it was. */
  session: ChatSessionPayload | null;
}

/** What messages need of the chat-session service (which itself uses this one for a chat's first message). */
export interface VisibleSessions {
  findVisible(viewer: Viewer | null, id: string, operation?: KeyOperation): Promise<ChatSession>;
  whileInSight<T>(viewer: Viewer | null, sessionId: string, events: EventStream<T>, operation?: KeyOperation): Promise<EventStream<T>>;
}

export interface MessagePageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export class MessageService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub' | 'metrics' | 'sql' | 'presence' | 'logger' | 'jobs' | 'mailer' | 'outbox' | 'config'>,
    private readonly chatSessions: VisibleSessions,
    private readonly audit: AuditTrail,
  ) {
    this.router = new Router(deps, audit);
    this.mentions = new Mentions(entityManager, deps);
  }

  private readonly router: Router;
  private readonly mentions: Mentions;

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  async send(viewer: Viewer | null, input: SendMessageInput): Promise<MessagePayload> {
    requireViewer(viewer);
    if (viewer!.role === 'API_KEY') requireKeyScope(viewer!, 'sendMessage');
    const text = messageText(input.text);
    const clientMessageId = parseClientMessageId(input.clientMessageId);
    const internal = input.internal === true;
    if (internal && viewer!.role !== 'ADMIN') throw appError('FORBIDDEN', 'Only agents can write internal notes.');
    if (!isUuid(input.sessionId)) throw notFound('Chat session');
    let status: ChatSessionStatus | undefined;
    if (viewer!.role === 'ADMIN') {
      const access = await staffInChat(this.deps.sql, viewer!.adminId, input.sessionId);
      if (access.staff.role === AdminRole.AGENT) visibleChat(access);
      status = access.chat?.status;
    }
    const { message } = await this.store(viewer!, input.sessionId, { text, clientMessageId, internal }, status);
    return message;
  }

  async setTyping(viewer: Viewer | null, sessionId: string, isTyping: boolean): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'API_KEY') throw notForApiKeys(); // no scope reaches typing
    const senderName = await typistName(this.deps.sql, signedIn, sessionId);
    await this.deps.pubsub.publish('TYPING_CHANGED', { sessionId, sender: senderOf(signedIn), senderName, isTyping }, sessionId);
    return true;
  }

  /** Each subscriber's own stream is filtered, before any result is shared: a customer's never carries a note. */
  async subscribeToMessages(viewer: Viewer | null, sessionId: string | null): Promise<EventStream<MessagePayload>> {
    if (!sessionId) return this.subscribeToAllMessages(viewer);
    const events = this.deps.pubsub.subscribe('MESSAGE_ADDED', sessionId);
    const visible = seesNotes(viewer) ? events : events.filter((event) => !event.internal);
    return this.chatSessions.whileInSight(viewer, sessionId, visible, 'messageAdded');
  }

  /**
   * Every chat's messages an agent may see (`messageAdded` without an id, as a webhook for all
   * messages uses): an AGENT's follow the chats in its sight as updates move them in and out of it,
   * as its inbox does.
   */
  private async subscribeToAllMessages(viewer: Viewer | null): Promise<EventStream<MessagePayload>> {
    if (viewer?.role === 'CUSTOMER') throw appError('FORBIDDEN', 'A visitor may only follow its own chat: give its sessionId.');
    const staff = await requireStaffOrKey(this.em, viewer, 'messageAdded');
    const events = this.deps.pubsub.subscribe('MESSAGE_ADDED');
    if (staff.role !== AdminRole.AGENT) return events;
    const sight = staffSightSql(staff);
    const rows = await this.em.execute<{ id: string }[]>(`select s.id from chat_session s where s.status <> 'CLOSED' and ${sight.sql}`, sight.values);
    const inSight = new Set(rows.map((row) => row.id));
    const updates = this.deps.pubsub.subscribe('CHAT_SESSION_UPDATED');
    return new EventStream<MessagePayload>(async (listener, end) => {
      const stopUpdates = await updates.listen((update) => (staffMaySee(staff, update) ? inSight.add(update.id) : inSight.delete(update.id)));
      const stopMessages = await events.listen((message) => inSight.has(message.sessionId) && listener(message), end);
      return () => {
        stopUpdates();
        stopMessages();
      };
    });
  }

  async subscribeToTyping(viewer: Viewer | null, sessionId: string): Promise<EventStream<TypingPayload>> {
    requireViewer(viewer);
    const own = senderOf(viewer!);
    const typing = this.deps.pubsub.subscribe('TYPING_CHANGED', sessionId).filter((event) => event.sender !== own);
    return this.chatSessions.whileInSight(viewer, sessionId, typing);
  }

  /**
   * Stores a message and announces it, in one statement (see STORE_MESSAGE). A `clientMessageId`
   * already used in the session returns the stored message and announces nothing, even when two
   * sends race. `status` is the chat's where the caller has just read it: an agent's first reply
   * to a waiting chat claims it.
   */
  async store(viewer: Viewer, sessionId: string, content: MessageContent, status?: ChatSessionStatus): Promise<StoredMessage> {
    const clientMessageId = content.clientMessageId ?? null;
    const file = content.file ?? null;
    const internal = content.internal === true;
    const createdAt = new Date().toISOString();
    const values = [
      sessionId,
      viewer.role === 'CUSTOMER' ? viewer.customerId : null,
      senderOf(viewer),
      viewer.role === 'ADMIN' ? viewer.adminId : null,
      viewer.role === 'CUSTOMER' ? viewer.customerId : null,
      content.text,
      clientMessageId,
      createdAt,
      file?.id ?? null,
      file?.filename ?? null,
      file?.mimeType ?? null,
      file?.size ?? null,
      internal,
    ];
    const botName = viewer.role === 'API_KEY' ? viewer.name : null;
    // An agent's first reply takes the chat: within its limit, like taking it any other way.
    const claims = viewer.role === 'ADMIN' && !internal && (status ?? (await this.statusOf(sessionId))) === ChatSessionStatus.WAITING;
    const [row] = claims
      ? await this.deps.sql.transaction(async (run) => {
          await requireRoomToTake(run, viewer.adminId);
          const stored = await run<StoreMessageRow>(STORE_MESSAGE, [...values, true, botName]);
          await this.recordClaim(run, viewer.adminId, sessionId, stored[0]);
          return stored;
        })
      : await this.deps.sql.run<StoreMessageRow>(STORE_MESSAGE, [...values, false, botName]);
    if (!row?.target_status) throw notFound('Chat session');
    if (row.identity_refused) throw identityRequired();
    if (!row.author_exists) throw appError('UNAUTHENTICATED', 'This account no longer exists.');
    if (!row.id) return { message: await this.notStored(viewer, sessionId, clientMessageId, file), session: null };

    this.deps.metrics.messagesStored.inc();
    if (this.deps.config.faults.dieAfterStoringMessage) process.kill(process.pid, 'SIGKILL');
    const message: MessagePayload = {
      id: row.id,
      sessionId,
      sender: senderOf(viewer),
      senderName: row.sender_name,
      text: content.text,
      file,
      internal,
      clientMessageId,
      createdAt,
    };
    if (internal) {
      await this.announceNote(message, viewer.role === 'ADMIN' ? viewer.adminId : '');
      for (const id of row.outbox_ids) this.deps.outbox.committed(id, true);
      return { message, session: null };
    }
    const session: ChatSessionPayload = {
      id: sessionId,
      status: row.status as ChatSessionStatus,
      customerId: row.customer_id!,
      assignedAdminId: row.assigned_admin_id,
      createdAt: row.session_created_at!,
      closedAt: row.session_closed_at,
      lastMessageAt: createdAt,
      teamId: row.team_id,
      queuedAt: row.session_queued_at,
      customerLastReadMessageId: row.customer_last_read_message_id,
      agentLastReadMessageId: row.agent_last_read_message_id,
      offline: row.offline ?? false,
      lastMessage: message,
    };
    await this.announce(message, session);
    for (const id of row.outbox_ids) this.deps.outbox.committed(id, true);
    if (session.offline && viewer.role === 'ADMIN') await queueOfflineReplyMail(this.deps, message.id);
    await this.router.afterChange(stateBefore(row, createdAt), session);
    return { message, session };
  }

  /** An agent's first reply that took a waiting chat: `chat.assign`, in the transaction that took it. */
  private async recordClaim(run: Sql['run'], adminId: string, sessionId: string, row: StoreMessageRow | undefined): Promise<void> {
    const took = row?.id && row.target_status === ChatSessionStatus.WAITING && row.assigned_admin_id === adminId;
    if (!took) return;
    const details = { adminId, teamId: row.team_id, via: 'FIRST_REPLY' };
    await this.audit.recordWith(run, { action: 'chat.assign', targetType: 'CHAT', targetId: sessionId, details });
  }

  private async statusOf(sessionId: string): Promise<ChatSessionStatus | undefined> {
    const [session] = await this.deps.sql.run<{ status: ChatSessionStatus }>(SESSION_STATUS, [sessionId]);
    return session?.status;
  }

  /**
   * Once per message on every instance: a retried send whose first attempt stored the message on
   * an instance that died before announcing it announces it here, and one that was announced
   * announces nothing again.
   */
  private announce(message: MessagePayload, session: ChatSessionPayload): Promise<void> {
    return this.deps.pubsub.announceOnce(`message:${message.sessionId}:${message.id}`, messageEvents(message, updateEvents(session)));
  }

  /** A stored note, told to the agents following the chat and to each agent it names. */
  async announceNote(note: MessagePayload, authorId: string): Promise<void> {
    await this.publishNote(note);
    await this.mentions.notify(note, authorId);
  }

  subscribeToMentions(viewer: Viewer | null): Promise<EventStream<MentionPayload>> {
    return this.mentions.subscribe(viewer);
  }

  private publishNote(message: MessagePayload): Promise<void> {
    return this.deps.pubsub.announceOnce(`message:${message.sessionId}:${message.id}`, messageEvents(message));
  }

  /** Within the time announcements are remembered; later, announcing again could announce twice. */
  private async announceIfMissed(message: MessagePayload): Promise<void> {
    if (Date.now() - Date.parse(message.createdAt) > ANNOUNCEMENT_TTL_SECONDS * 1000) return;
    if (message.internal) return this.publishNote(message);
    const session = await this.em.findOne(ChatSession, message.sessionId);
    if (session) await this.announce(message, toChatSessionPayload(session));
  }

  /** Nothing was inserted: the `clientMessageId` was used before, or the session is closed. */
  private async notStored(
    viewer: Viewer,
    sessionId: string,
    clientMessageId: string | null,
    file: FilePayload | null,
  ): Promise<MessagePayload> {
    if (file) await this.deps.sql.run(DELETE_FILE_ROW, [file.id]);
    const earlier = clientMessageId ? await this.findByClientMessageId(sessionId, clientMessageId) : null;
    if (earlier?.internal && !seesNotes(viewer)) {
      throw appError('BAD_USER_INPUT', 'This clientMessageId is already used in this chat.', { field: 'clientMessageId' });
    }
    if (earlier) {
      await this.announceIfMissed(earlier);
      return earlier;
    }
    throw appError('SESSION_CLOSED', 'This chat has ended. Start a new one to keep talking.');
  }

  /** The session in which the customer sent the message with this `clientMessageId`, if any. */
  async sessionOf(customerId: string, clientMessageId: string): Promise<string | null> {
    const message = await this.em.findOne(
      Message,
      { clientMessageId, sender: MessageSender.CUSTOMER, session: { customer: customerId } },
      { fields: ['session'] },
    );
    return message?.session.id ?? null;
  }

  async findByClientMessageId(sessionId: string, clientMessageId: string): Promise<MessagePayload | null> {
    const message = await this.em.findOne(Message, { session: sessionId, clientMessageId }, { populate: ['file'] });
    return message ? toMessagePayload(message) : null;
  }

  /** Oldest first. `after` returns exactly what came after the cursor; `last`/`before` page back. */
  async list(
    viewer: Viewer | null,
    session: ChatSession | { id: string },
    args: MessagePageArgs,
  ): Promise<ConnectionResult<MessagePayload>> {
    const sessionId = session.id;
    const visible: FilterQuery<Message> = seesNotes(viewer) ? { session: sessionId } : { session: sessionId, internal: false };
    const backwards = args.last != null || args.before != null;
    const limit = backwards
      ? pageSize(args.last, DEFAULT_PAGE_SIZE, 'last')
      : pageSize(args.first, DEFAULT_PAGE_SIZE, 'first');
    const where: FilterQuery<Message> & Record<string, unknown> = { ...visible };
    if (args.after) where.id = { $gt: await this.cursorId(visible, args.after, 'after') };
    if (args.before) {
      const beforeId = await this.cursorId(visible, args.before, 'before');
      where.id = { ...(where.id as object), $lt: beforeId };
    }
    const rows = await this.em.find(Message, where, {
      orderBy: { id: backwards ? 'desc' : 'asc' },
      limit: limit + 1,
      populate: ['file'],
    });
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    if (backwards) page.reverse();
    const edges = page.map((message) => {
      const node = toMessagePayload(message);
      return { cursor: node.id, node };
    });
    return connection(
      edges,
      {
        hasNextPage: backwards ? Boolean(args.before) : more,
        hasPreviousPage: backwards ? more : Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      () => this.em.count(Message, visible),
    );
  }

  /**
   * A message's cursor is its id, so a client that holds only the last message it received can
   * ask for what came after it. It must name a message of this session the viewer may see; anything
   * else is refused.
   */
  private async cursorId(visible: FilterQuery<Message>, cursor: string, argument: string): Promise<string> {
    const id = cursor;
    const known = isMessageId(id) && (await this.em.count(Message, { ...(visible as object), id })) === 1;
    if (!known) throw appError('BAD_USER_INPUT', 'The cursor is not valid for this conversation.', { field: argument });
    return id;
  }

}

/**
 * The chat as it was before the message: the statement only ever starts its queue wait (a first
 * message) or assigns a waiting chat to the agent who replied.
 */
function stateBefore(row: StoreMessageRow, createdAt: string): QueueState {
  const wasWaiting = row.target_status === ChatSessionStatus.WAITING;
  return {
    status: row.target_status as ChatSessionStatus,
    assignedAdminId: wasWaiting ? null : row.assigned_admin_id,
    teamId: row.team_id,
    queuedAt: row.session_queued_at === createdAt ? null : row.session_queued_at,
  };
}

/**
 * Notes are for the agents, and for an API key, which reads chats as a SUPERVISOR does: a customer,
 * or no one signed in, never sees one.
 */
export const seesNotes = (viewer: Viewer | null) => viewer?.role === 'ADMIN' || viewer?.role === 'API_KEY';

const SENDER_OF_ROLE = { ADMIN: MessageSender.ADMIN, CUSTOMER: MessageSender.CUSTOMER, API_KEY: MessageSender.BOT } as const;
const senderOf = (viewer: Viewer) => SENDER_OF_ROLE[viewer.role];
