import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import type { AppDeps, Loaders } from '../../http/context';
import { clientMessageId as parseClientMessageId, messageText } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { pageSize } from '../../pagination/cursor';
import { filterEvents } from '../../pubsub/filter-events';
import type { MessagePayload, TypingPayload } from '../../pubsub/topics';
import { Admin } from '../admin/admin.entity';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { toChatSessionPayload } from '../chat-session/chat-session.types';
import type { FileAttachment } from '../file/file.entity';
import { Message, MessageSender } from './message.entity';
import { toMessagePayload, type SendMessageInput } from './message.types';

const DEFAULT_PAGE_SIZE = 50;

export interface MessageContent {
  text: string | null;
  file?: FileAttachment | null;
  clientMessageId?: string | null;
}

export interface MessagePageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export class MessageService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub' | 'metrics'>,
    private readonly loaders: Loaders,
    private readonly chatSessions: ChatSessionService,
  ) {}

  async send(viewer: Viewer | null, input: SendMessageInput): Promise<MessagePayload> {
    requireViewer(viewer);
    const text = messageText(input.text);
    const clientMessageId = parseClientMessageId(input.clientMessageId);
    const session = await this.chatSessions.findVisible(viewer, input.sessionId);
    return this.store(viewer!, session, { text, clientMessageId });
  }

  /** Opens (or resumes) the visitor's chat, with an optional first message. */
  async startConversation(viewer: Viewer | null, firstMessage: string | null | undefined) {
    const text = firstMessage == null || firstMessage.trim() === '' ? null : messageText(firstMessage, 'message');
    const { session, created } = await this.chatSessions.start(viewer);
    if (text) await this.store(viewer!, session, { text });
    else if (created) await this.chatSessions.publishUpdate(session);
    return toChatSessionPayload(session);
  }

  async setTyping(viewer: Viewer | null, sessionId: string, isTyping: boolean): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    const session = await this.chatSessions.findVisible(viewer, sessionId);
    if (session.status === ChatSessionStatus.CLOSED) throw appError('SESSION_CLOSED', 'This chat has ended.');
    await this.deps.pubsub.publish('TYPING_CHANGED', { sessionId, sender: senderOf(signedIn), isTyping }, sessionId);
    return true;
  }

  async subscribeToMessages(viewer: Viewer | null, sessionId: string): Promise<AsyncIterableIterator<MessagePayload>> {
    await this.chatSessions.findVisible(viewer, sessionId);
    return this.deps.pubsub.subscribe('MESSAGE_ADDED', sessionId);
  }

  async subscribeToTyping(viewer: Viewer | null, sessionId: string): Promise<AsyncIterableIterator<TypingPayload>> {
    await this.chatSessions.findVisible(viewer, sessionId);
    const own = senderOf(viewer!);
    return filterEvents(this.deps.pubsub.subscribe('TYPING_CHANGED', sessionId), (event) => event.sender !== own);
  }

  /**
   * Stores a message and announces it. A `clientMessageId` already used in the session returns
   * the stored message and announces nothing, even when two sends race.
   */
  async store(viewer: Viewer, session: ChatSession, content: MessageContent): Promise<MessagePayload> {
    const clientMessageId = content.clientMessageId ?? null;
    if (clientMessageId) {
      const existing = await this.findByClientMessageId(session.id, clientMessageId);
      if (existing) return existing;
    }
    if (session.status === ChatSessionStatus.CLOSED) {
      throw appError('SESSION_CLOSED', 'This chat has ended. Start a new one to keep talking.');
    }
    const message = this.em.create(Message, {
      session,
      sender: senderOf(viewer),
      senderAdmin: viewer.role === 'ADMIN' ? this.em.getReference(Admin, viewer.adminId, { wrapped: true }) : null,
      senderName: await this.senderName(viewer),
      text: content.text,
      file: content.file ?? null,
      clientMessageId,
      createdAt: new Date(),
    });
    session.lastMessageAt = message.createdAt;
    // An agent's first reply takes the session in the same transaction as the message itself.
    if (viewer.role === 'ADMIN' && session.status === ChatSessionStatus.WAITING) {
      session.status = ChatSessionStatus.ACTIVE;
      session.assignedAdmin = this.em.getReference(Admin, viewer.adminId, { wrapped: true });
    }
    try {
      await this.em.flush();
    } catch (error) {
      if (clientMessageId && error instanceof UniqueConstraintViolationException) {
        const winner = await this.em.fork().findOneOrFail(
          Message,
          { session: session.id, clientMessageId },
          { populate: ['file'] },
        );
        return toMessagePayload(winner);
      }
      throw error;
    }
    this.deps.metrics.messagesStored.inc();
    const payload = toMessagePayload(message);
    await this.deps.pubsub.publish('MESSAGE_ADDED', payload, session.id);
    await this.chatSessions.publishUpdate(session);
    return payload;
  }

  async findByClientMessageId(sessionId: string, clientMessageId: string): Promise<MessagePayload | null> {
    const message = await this.em.findOne(Message, { session: sessionId, clientMessageId }, { populate: ['file'] });
    return message ? toMessagePayload(message) : null;
  }

  /** Oldest first. `after` returns exactly what came after the cursor; `last`/`before` page back. */
  async list(session: ChatSession | { id: string }, args: MessagePageArgs): Promise<ConnectionResult<MessagePayload>> {
    const sessionId = session.id;
    const backwards = args.last != null || args.before != null;
    const limit = backwards
      ? pageSize(args.last, DEFAULT_PAGE_SIZE, 'last')
      : pageSize(args.first, DEFAULT_PAGE_SIZE, 'first');
    const where: FilterQuery<Message> & Record<string, unknown> = { session: sessionId };
    if (args.after) where.id = { $gt: await this.cursorId(sessionId, args.after, 'after') };
    if (args.before) {
      const beforeId = await this.cursorId(sessionId, args.before, 'before');
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
      () => this.em.count(Message, { session: sessionId }),
    );
  }

  /**
   * A message's cursor is its id, so a client that holds only the last message it received can
   * ask for what came after it. It must name a message of this session; anything else is refused.
   */
  private async cursorId(sessionId: string, cursor: string, argument: string): Promise<string> {
    const id = cursor;
    const known = /^[1-9][0-9]{0,17}$/.test(id) && (await this.em.count(Message, { id, session: sessionId })) === 1;
    if (!known) throw appError('BAD_USER_INPUT', 'The cursor is not valid for this conversation.', { field: argument });
    return id;
  }

  private async senderName(viewer: Viewer): Promise<string | null> {
    const sender =
      viewer.role === 'ADMIN'
        ? await this.loaders.admin.load(viewer.adminId)
        : await this.loaders.customer.load(viewer.customerId);
    if (!sender) throw appError('UNAUTHENTICATED', 'This account no longer exists.');
    return sender.name;
  }
}

const senderOf = (viewer: Viewer) => (viewer.role === 'ADMIN' ? MessageSender.ADMIN : MessageSender.CUSTOMER);
