import { ForeignKeyConstraintViolationException, LockMode, raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireCustomer, requireViewer } from '../../auth/guards';
import { requireStaff, requireStaffOrKey, staffMaySee, type Staff, type StaffOrKey } from '../admin/staff';
import type { KeyOperation } from '../api-key/api-scope';
import type { Viewer } from '../../auth/viewer';
import { appError, badInput, notFound } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { isMessageId, isUuid, likePattern, messageText, clientMessageId as parseClientMessageId } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { decodeCursor, encodeCursor, pageSize } from '../../pagination/cursor';
import { runInTransactionOf } from '../../db/sql';
import { EventStream } from '../../pubsub/event-stream';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { Admin, AdminRole } from '../admin/admin.entity';
import { Customer } from '../customer/customer.entity';
import { Team } from '../team/team.entity';
import { Message, MessageSender } from '../message/message.entity';
import { announceIntroductions, introduceAgent } from '../message/agent-introduction';
import { recordWebhookEvent } from '../webhook/outbox-relay';
import { MessageService } from '../message/message.service';
import { toMessagePayload } from '../message/message.types';
import { QueuePositions } from '../queue/queue-positions';
import { Router } from '../queue/routing';
import { lockAgentSlots, requireFreeSlot } from './agent-slots';
import { transferNote } from './transfer-note';
import { ChatSession, ChatSessionStatus } from './chat-session.entity';
import { toChatSessionPayload, updateEvents, type ChatSessionFilter, type StartChatSessionInput } from './chat-session.types';
import { requireIdentityWhereRequired } from '../customer/identity';
import type { AuditTrail } from '../audit/audit-trail';

interface ListOrder {
  key: 'createdAt' | 'queuedAt';
  order: 'asc' | 'desc';
  /** A cursor of one order is refused by the other. */
  cursorKind: string;
}
const NEWEST_FIRST: ListOrder = { key: 'createdAt', order: 'desc', cursorKind: 'session' };
const QUEUE_ORDER: ListOrder = { key: 'queuedAt', order: 'asc', cursorKind: 'queue' };
/** A malformed customer id matches nothing, without reaching a uuid cast in SQL. */
const NO_SUCH_CUSTOMER = '00000000-0000-0000-0000-000000000000';
const NO_SUCH_LABEL = NO_SUCH_CUSTOMER;
const NO_SUCH_ADMIN = NO_SUCH_CUSTOMER;

export class ChatSessionService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub' | 'metrics' | 'sql' | 'presence' | 'logger' | 'jobs' | 'mailer' | 'outbox' | 'config'>,
    private readonly audit: AuditTrail,
  ) {
    this.positions = new QueuePositions(deps);
    this.router = new Router(deps, audit);
  }

  private madeMessages: MessageService | undefined;
  private readonly positions: QueuePositions;
  private readonly router: Router;

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  /** Stores a chat's first message; made here, since the message service looks sessions up through this one. */
  private get messages(): MessageService {
    return (this.madeMessages ??= new MessageService(this.entityManager, this.deps, this, this.audit));
  }

  /**
   * A session the viewer may see; any other, existing or not, is NOT_FOUND. An API key is let in
   * only for `operation`, with the scope it needs.
   */
  async findVisible(viewer: Viewer | null, id: string, operation?: KeyOperation): Promise<ChatSession> {
    const signedIn = requireViewer(viewer);
    const staff = signedIn.role === 'CUSTOMER' ? null : await requireStaffOrKey(this.em, signedIn, operation);
    const session = isUuid(id) ? await this.em.findOne(ChatSession, id) : null;
    if (!session) throw notFound('Chat session');
    if (signedIn.role === 'CUSTOMER' && session.customer.id !== signedIn.customerId) throw notFound('Chat session');
    if (staff && !staffMaySee(staff, toChatSessionPayload(session))) throw notFound('Chat session');
    return session;
  }

  /** An agent (or a key) reading a chat reads its customer: recorded once per reader, customer and hour. */
  async get(viewer: Viewer | null, id: string): Promise<ChatSessionPayload> {
    const session = await this.findVisible(viewer, id, 'chatSession');
    if (viewer && viewer.role !== 'CUSTOMER') await this.audit.recordRead(this.deps.sql, session.customer.id, { sessionId: session.id });
    return toChatSessionPayload(session);
  }

  /**
   * Newest first, keyset-paginated on (createdAt, id); the waiting queue in queue order instead,
   * (queuedAt, id): the longest wait since the first message on top.
   */
  async list(
    viewer: Viewer | null,
    filter: ChatSessionFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionResult<ChatSessionPayload>> {
    const staff = await requireStaffOrKey(this.em, viewer, 'chatSessions');
    const limit = pageSize(first, 20);
    const where = this.filterQuery(staff, filter);
    const page: FilterQuery<ChatSession>[] = [where];
    const sort = filter?.status === ChatSessionStatus.WAITING ? QUEUE_ORDER : NEWEST_FIRST;
    if (after) page.push(this.afterCursor(after, sort));
    const rows = await this.em.find(
      ChatSession,
      { $and: page },
      { orderBy: [{ [sort.key]: sort.order }, { id: sort.order }], limit: limit + 1 },
    );
    const nodes = rows.slice(0, limit).map(toChatSessionPayload);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(sort.cursorKind, `${node[sort.key]}|${node.id}`), node }));
    return connection(
      edges,
      {
        hasNextPage: rows.length > limit,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      () => this.em.count(ChatSession, where),
    );
  }

  /**
   * A chat starts with the visitor's first message: agents hear of it (and list it) once a message
   * is stored in it. Without one, the visitor's open chat is resumed, or an empty one is opened that
   * no agent is told of until its first message. A retried start with the same `clientMessageId`
   * returns the same session and message, and stores and announces nothing again.
   */
  async start(viewer: Viewer | null, input: StartChatSessionInput | null | undefined): Promise<ChatSessionPayload> {
    const customer = requireCustomer(viewer);
    await requireIdentityWhereRequired(this.deps.sql, customer);
    const text = input?.message == null || input.message.trim() === '' ? null : messageText(input.message, 'message');
    const clientMessageId = parseClientMessageId(input?.clientMessageId);
    const teamId = input?.teamId == null ? null : await this.requireTopic(input.teamId);
    const startedBefore = text && clientMessageId ? await this.messages.sessionOf(customer.customerId, clientMessageId) : null;
    const session = startedBefore
      ? await this.em.findOneOrFail(ChatSession, startedBefore)
      : await this.openFor(customer.customerId, teamId);
    if (!text) return toChatSessionPayload(session);
    const stored = await this.messages.store(customer, session.id, { text, clientMessageId });
    return stored.session ?? toChatSessionPayload(session);
  }

  /** A team the widget offers as a topic; any other is refused before anything is stored. */
  async requireTopic(teamId: string): Promise<string> {
    const team = isUuid(teamId) ? await this.em.findOne(Team, { id: teamId, showInWidget: true }, { fields: ['id'] }) : null;
    if (!team) throw badInput('This topic is no longer offered: please choose another.', 'teamId');
    return team.id;
  }

  /** The customer's open session (which keeps its team), or a new empty one in `teamId`'s queue. */
  private async openFor(customerId: string, teamId: string | null): Promise<ChatSession> {
    try {
      return await this.em.transactional(async (em) => {
        // Two starts at once (two tabs, a retry racing its first attempt) resume one chat, never open two.
        await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`chat-session-start:${customerId}`]);
        const open = await em.findOne(
          ChatSession,
          { customer: customerId, status: { $ne: ChatSessionStatus.CLOSED } },
          { orderBy: { createdAt: 'desc' } },
        );
        return open ?? em.create(ChatSession, {
          customer: em.getReference(Customer, customerId),
          team: teamId ? em.getReference(Team, teamId) : null,
          status: ChatSessionStatus.WAITING,
          createdAt: new Date(),
        });
      });
    } catch (error) {
      // The token outlived its customer (erased by an operator): a sign-in problem, not a fault.
      if (error instanceof ForeignKeyConstraintViolationException) {
        throw appError('UNAUTHENTICATED', 'This account no longer exists. Please start again.');
      }
      throw error;
    }
  }

  /**
   * With `teamId` alone the chat goes to that team's queue, unassigned, at its original place; with
   * both it is assigned to `adminId` in that team; without `teamId` it is assigned to `adminId`, or
   * to the caller. Taking a chat, or an AGENT handing one on, stays within the assignee's limit
   * (FORBIDDEN, reason LIMIT_REACHED); a SUPERVISOR or ADMIN assigning someone else may exceed it.
   * A `note` for whoever gets the chat is stored as the caller's internal note, and a chat that gains
   * an agent introduces it to the visitor (see message/agent-introduction.ts), both in the same
   * transaction as the assignment.
   */
  async assign(
    viewer: Viewer | null,
    id: string,
    adminId: string | null | undefined,
    teamId?: string | null,
    note?: string | null,
  ): Promise<ChatSessionPayload> {
    const staff = await requireStaff(this.em, viewer);
    const noteText = transferNote(note);
    const visible = await this.findVisible(viewer, id);
    const toQueue = teamId != null && adminId == null;
    const assigneeId = toQueue ? null : (adminId ?? staff.adminId);
    const { before, after, notes, outboxIds } = await this.em.transactional(async (em) => {
      // The agent's row before the chat's, in the order every assignment takes them (see
      // queue/routing.ts): two assignments never wait for each other's lock.
      if (assigneeId && isUuid(assigneeId)) await lockAgentSlots(em, assigneeId);
      // One assignment of a chat at a time: two agents taking it at once do not both get it.
      const session = await em.findOneOrFail(ChatSession, visible.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const before = toChatSessionPayload(session);
      // A colleague may have taken it while this waited for the lock: then it is out of an AGENT's sight.
      if (!staffMaySee(staff, before)) throw notFound('Chat session');
      if (session.status === ChatSessionStatus.CLOSED) throw appError('SESSION_CLOSED', 'This chat is already closed.');
      const team = teamId == null ? undefined : await this.requireTeam(em, teamId);
      if (team) session.team = em.getReference(Team, team.id, { wrapped: true });
      let gainer: string | null = null;
      if (!assigneeId) {
        session.status = ChatSessionStatus.WAITING;
        session.assignedAdmin = null;
      } else {
        const assignee = await this.requireAssignee(em, assigneeId);
        const overrides = staff.role !== AdminRole.AGENT && assignee.id !== staff.adminId;
        const gainsChat = !(session.status === ChatSessionStatus.ACTIVE && session.assignedAdmin?.id === assignee.id);
        if (gainsChat && !overrides) await requireFreeSlot(em, assignee);
        const now = new Date();
        session.assignedAdmin = em.getReference(Admin, assignee.id, { wrapped: true });
        session.status = ChatSessionStatus.ACTIVE;
        session.firstAssignedAt ??= now;
        assignee.lastAssignedAt = now;
        if (gainsChat) gainer = assignee.id;
      }
      const written = noteText ? await this.writeNote(em, staff.adminId, session, noteText) : null;
      this.recordMove(em, before, toChatSessionPayload(session));
      await em.flush();
      const introductions = gainer ? await introduceAgent(runInTransactionOf(em), [session.id], gainer) : [];
      const outboxIds = await recordWebhookEvent(runInTransactionOf(em), 'chatSessionUpdated', toChatSessionPayload(session));
      if (written) outboxIds.push(...(await recordWebhookEvent(runInTransactionOf(em), 'messageAdded', toMessagePayload(written))));
      return { before, after: toChatSessionPayload(session), notes: { written, introductions }, outboxIds };
    });
    const published = await this.publishUpdate(after);
    for (const outboxId of outboxIds) this.deps.outbox.committed(outboxId, true);
    // Told once the chat is where it went: a colleague named in the note sees it in its new place.
    if (notes.written) await this.messages.announceNote(toMessagePayload(notes.written), staff.adminId);
    await announceIntroductions(this.deps, notes.introductions);
    // A chat moved away from its agent goes to someone else first.
    const handedBackBy = before.assignedAdminId !== after.assignedAdminId ? before.assignedAdminId : null;
    await this.router.afterChange(before, after, handedBackBy ?? undefined);
    return published;
  }

  /**
   * `chat.assign` when a chat without an agent gets one, `chat.unassign` when it goes back to a
   * queue, `chat.transfer` when it moves from one agent or team to another; nothing when it stays.
   */
  private recordMove(em: EntityManager, before: ChatSessionPayload, after: ChatSessionPayload): void {
    const agentMoved = before.assignedAdminId !== after.assignedAdminId;
    const teamMoved = before.teamId !== after.teamId;
    if (!agentMoved && !teamMoved && before.status === after.status) return;
    const about = { targetType: 'CHAT', targetId: after.id } as const;
    if (!before.assignedAdminId && !teamMoved) {
      this.audit.record(em, { action: 'chat.assign', ...about, details: { adminId: after.assignedAdminId, teamId: after.teamId } });
    } else if (!after.assignedAdminId && !teamMoved) {
      this.audit.record(em, { action: 'chat.unassign', ...about, details: { fromAdminId: before.assignedAdminId, teamId: after.teamId } });
    } else {
      const details = { fromAdminId: before.assignedAdminId, toAdminId: after.assignedAdminId, fromTeamId: before.teamId, toTeamId: after.teamId };
      this.audit.record(em, { action: 'chat.transfer', ...about, details });
    }
  }

  /** The caller's note handed on with the chat: internal, so only the agents see it. */
  private async writeNote(em: EntityManager, authorId: string, session: ChatSession, text: string): Promise<Message> {
    const author = await em.findOneOrFail(Admin, authorId, { fields: ['name'] });
    return em.create(Message, {
      session,
      sender: MessageSender.ADMIN,
      senderAdmin: em.getReference(Admin, authorId),
      senderName: author.name,
      text,
      internal: true,
      createdAt: new Date(),
    });
  }

  private async requireAssignee(em: EntityManager, adminId: string): Promise<Admin> {
    const assignee = isUuid(adminId) ? await em.findOne(Admin, adminId) : null;
    if (!assignee) throw notFound('Agent');
    if (assignee.disabled) throw badInput('This agent is disabled.', 'adminId');
    return assignee;
  }

  private async requireTeam(em: EntityManager, teamId: string): Promise<Team> {
    const team = isUuid(teamId) ? await em.findOne(Team, teamId) : null;
    if (!team) throw notFound('Team');
    return team;
  }

  /** Closing twice is harmless: the second call returns the closed session and announces nothing. */
  async close(viewer: Viewer | null, id: string): Promise<ChatSessionPayload> {
    const visible = await this.findVisible(viewer, id);
    const staff = viewer?.role === 'ADMIN' ? await requireStaff(this.em, viewer) : null;
    return this.closeChat(visible.id, (before) => {
      if (staff && !staffMaySee(staff, before)) throw notFound('Chat session');
    });
  }

  /** A blocked visitor's open chats end with the block: closed, announced, and their agents' slots freed. */
  async closeOpenChatsOf(customerId: string): Promise<void> {
    const open = await this.em.find(ChatSession, { customer: customerId, status: { $ne: ChatSessionStatus.CLOSED } }, { fields: ['id'] });
    for (const { id } of open) await this.closeChat(id, undefined, { reason: 'CUSTOMER_BLOCKED' });
  }

  private async closeChat(
    id: string,
    mayClose: (before: ChatSessionPayload) => void = () => undefined,
    details: Record<string, unknown> = {},
  ): Promise<ChatSessionPayload> {
    const { before, after, outboxIds } = await this.em.transactional(async (em) => {
      // Locked and read afresh: a chat assigned meanwhile frees its agent's slot when it closes.
      const session = await em.findOneOrFail(ChatSession, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const before = toChatSessionPayload(session);
      mayClose(before);
      if (session.status === ChatSessionStatus.CLOSED) return { before, after: null, outboxIds: [] };
      session.status = ChatSessionStatus.CLOSED;
      session.closedAt = new Date();
      this.audit.record(em, { action: 'chat.close', targetType: 'CHAT', targetId: session.id, details: { adminId: before.assignedAdminId, ...details } });
      await em.flush();
      const outboxIds = await recordWebhookEvent(runInTransactionOf(em), 'chatSessionUpdated', toChatSessionPayload(session));
      return { before, after: toChatSessionPayload(session), outboxIds };
    });
    if (!after) return before;
    for (const outboxId of outboxIds) this.deps.outbox.committed(outboxId, true);
    const published = await this.publishUpdate(after);
    await this.router.afterChange(before, after);
    return published;
  }

  /**
   * Moves the viewer's side's read mark (the visitor's own, or the desk's one mark) forward to
   * `messageId`, a message of this chat the viewer may see. An older or equal id changes nothing and
   * announces nothing; a move is announced, so the other side shows it.
   */
  async markRead(viewer: Viewer | null, id: string, messageId: string): Promise<ChatSessionPayload> {
    const session = await this.findVisible(viewer, id);
    const byCustomer = viewer!.role === 'CUSTOMER';
    const seen = isMessageId(messageId)
      ? await this.em.count(Message, { id: messageId, session: session.id, ...(byCustomer ? { internal: false } : {}) })
      : 0;
    if (!seen) throw notFound('Message');
    const mark = byCustomer ? 'customerLastReadMessageId' : 'agentLastReadMessageId';
    const moved = await this.em.nativeUpdate(
      ChatSession,
      { id: session.id, $or: [{ [mark]: null }, { [mark]: { $lt: messageId } }] },
      { [mark]: messageId },
    );
    // Read afresh: what is announced is the chat as it is now, not as it was looked up.
    const current = toChatSessionPayload((await this.em.refresh(session)) ?? session);
    return moved ? this.publishUpdate(current) : current;
  }

  /**
   * Agents may watch every session they may see, or one; a visitor only its own. An AGENT without
   * an id hears the chats it may see, and the one update that takes a chat out of its sight (so its
   * inbox drops it); the filter runs per subscriber, before any result is shared.
   */
  async subscribeToUpdates(viewer: Viewer | null, id: string | null): Promise<EventStream<ChatSessionPayload>> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'CUSTOMER' && !id) throw appError('FORBIDDEN', 'A visitor may only follow its own chat.');
    const staff = signedIn.role === 'CUSTOMER' ? null : await requireStaffOrKey(this.em, signedIn, 'chatSessionUpdated');
    if (id) await this.findVisible(viewer, id, 'chatSessionUpdated');
    const events = this.deps.pubsub.subscribe('CHAT_SESSION_UPDATED', id ?? undefined);
    if (staff?.role !== AdminRole.AGENT) return events;
    // Following one chat: the update that takes it out of sight is the last, then the server completes.
    if (id) return this.endingOutOfSight(staff, id, events.endAfter((event) => !staffMaySee(staff, event)));
    const inSight = new Set(await this.idsInSight(staff));
    return events.filter((event) => {
      if (staffMaySee(staff, event)) return Boolean(inSight.add(event.id));
      return inSight.delete(event.id);
    });
  }

  /** What an AGENT's inbox holds when it subscribes: the waiting queues it works and its own open chats. */
  private async idsInSight(staff: Staff): Promise<string[]> {
    const rows = await this.em.find(
      ChatSession,
      { $and: [agentSight(staff), { status: { $ne: ChatSessionStatus.CLOSED } }] },
      { fields: ['id'] },
    );
    return rows.map((row) => row.id);
  }

  /**
   * Announced twice: to the agents' inbox, which follows every session, and on the session's own
   * topic, so that each visitor's socket is not handed every other visitor's updates to discard.
   */
  async publishUpdate(session: ChatSessionPayload): Promise<ChatSessionPayload> {
    const placed = session.queuePosition === undefined ? await this.positions.withPlace(session) : session;
    await Promise.all(updateEvents(placed).map(({ topic, payload, key }) => this.deps.pubsub.publish(topic, payload, key)));
    return placed;
  }

  /**
   * A chat's own events (its messages, its typing) for whoever may see it. An AGENT's end, and the
   * server completes them, once an update takes the chat out of its sight (assigned to someone
   * else, moved to a team it does not work).
   */
  async whileInSight<T>(viewer: Viewer | null, sessionId: string, events: EventStream<T>, operation?: KeyOperation): Promise<EventStream<T>> {
    await this.findVisible(viewer, sessionId, operation);
    const staff = viewer?.role === 'ADMIN' ? await requireStaff(this.em, viewer) : null;
    if (staff?.role !== AdminRole.AGENT) return events;
    const updates = this.deps.pubsub.subscribe('CHAT_SESSION_UPDATED', sessionId);
    return this.endingOutOfSight(staff, sessionId, events.endWhen(updates, (update) => !staffMaySee(staff, update)));
  }

  /**
   * An AGENT's stream of one chat, which ends at once should the chat have left its sight between
   * the check at subscribe time and the moment it started listening (its end-signal was not yet
   * heard then): the chat is read again once the stream listens.
   */
  private endingOutOfSight<T>(staff: Staff, sessionId: string, events: EventStream<T>): EventStream<T> {
    return new EventStream<T>(async (listener, end) => {
      const stop = await events.listen(listener, end);
      const session = await this.em.findOne(ChatSession, sessionId, { refresh: true });
      if (!session || !staffMaySee(staff, toChatSessionPayload(session))) end();
      return stop;
    });
  }

  private filterQuery(staff: StaffOrKey, filter: ChatSessionFilter | null | undefined): FilterQuery<ChatSession> {
    const { adminId } = staff;
    // A chat without a message yet is the visitor's alone: agents see it from its first message.
    const where: FilterQuery<ChatSession> & Record<string, unknown> = { lastMessageAt: { $ne: null } };
    if (filter?.status) where.status = filter.status;
    else if (filter?.open) where.status = { $ne: ChatSessionStatus.CLOSED };
    const customerId = filter?.customerId ? (isUuid(filter.customerId) ? filter.customerId : NO_SUCH_CUSTOMER) : undefined;
    if (customerId) where.customer = customerId;
    if (filter?.assignedToMe) where.assignedAdmin = adminId ?? NO_SUCH_ADMIN; // an API key is nobody's "me"
    const search = filter?.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      const matches = { $or: [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }] };
      where.customer = customerId ? { id: customerId, ...matches } : matches;
    }
    if (filter?.labelIds?.length) where[labelledWithAnyOf(filter.labelIds)] = true;
    if (staff.role === AdminRole.AGENT) return { $and: [where, agentSight(staff)] };
    return where;
  }

  private afterCursor(cursor: string, sort: ListOrder): FilterQuery<ChatSession> {
    const [atText, id] = decodeCursor(sort.cursorKind, cursor).split('|');
    const at = new Date(atText ?? '');
    if (Number.isNaN(at.getTime()) || !id || !isUuid(id)) {
      throw appError('BAD_USER_INPUT', 'The cursor is not valid for this list.', { field: 'after' });
    }
    const beyond = sort.order === 'asc' ? '$gt' : '$lt';
    return { $or: [{ [sort.key]: { [beyond]: at } }, { [sort.key]: at, id: { [beyond]: id } }] };
  }
}

/** The chats with any of `labelIds` (a condition to compare with true). */
function labelledWithAnyOf(labelIds: string[]): string {
  const valid = labelIds.filter(isUuid);
  return raw(
    (alias) => `exists (select 1 from chat_session_label pair where pair.chat_session_id = ${alias}.id and pair.label_id in (?))`,
    [valid.length ? valid : [NO_SUCH_LABEL]],
  );
}

/** The chats an AGENT may see, as `staffMaySee` decides for one. */
function agentSight(staff: Staff): FilterQuery<ChatSession> {
  const waiting: FilterQuery<ChatSession> = staff.teamIds.length
    ? { status: ChatSessionStatus.WAITING, $or: [{ team: null }, { team: { $in: staff.teamIds } }] }
    : { status: ChatSessionStatus.WAITING };
  return { $or: [waiting, { assignedAdmin: staff.adminId }] };
}
