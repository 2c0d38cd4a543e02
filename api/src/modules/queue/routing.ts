import type { AppDeps } from '../../app-deps';
import type { Sql } from '../../db/sql';
import { appError } from '../../errors/app-error';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { AgentStatus } from '../admin/admin.entity';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';
import { updateEvents } from '../chat-session/chat-session.types';
import { announceIntroductions, introduceAgent, type Introduction } from '../message/agent-introduction';
import { recordWebhookEvent } from '../webhook/outbox-relay';
import { RoutingMode } from '../settings/settings.entity';
import { systemTrail, type AuditTrail } from '../audit/audit-trail';
import { isQueued, QueuePositions, sessionPayloadOf } from './queue-positions';
import {
  ASSIGN_OLDEST,
  ASSIGN_OLDEST_UNLOCKED,
  COUNT_ACTIVE,
  LOCK_AGENT,
  LOCK_AGENT_UNLESS_BUSY,
  ONLINE_AGENTS,
  ROUTING_CANDIDATES,
  UNASSIGN_ALL_OF,
  type LockedAgentRow,
  type SessionRow,
} from './queue.statements';

/** What the queue needs to know of a chat before a change, to tell what the change did. */
export interface QueueState {
  status: ChatSessionStatus;
  assignedAdminId: string | null;
  teamId: string | null;
  queuedAt: string | null;
}

interface Assignment {
  assigned: ChatSessionPayload[];
  /** Skipped: another assignment holds the agent's row. */
  agentBusy: boolean;
  /** The agent had room, and chats were looked for (`assigned` is empty when none was left). */
  picked: boolean;
}

/** How often a chat is offered round again after every candidate turned out full in the meantime. */
const ROUTING_ROUNDS = 3;

/**
 * AUTO routing and taking chats, race-free on any number of instances. Every assignment is one
 * transaction that first locks the agent's row (`FOR UPDATE`) and re-counts its ACTIVE chats, and
 * only then locks chats, the oldest waiting ones the agent may take (`FOR UPDATE SKIP LOCKED`,
 * then waiting for the held ones; see `assignOldest`), re-checked on their newest version. Two
 * assignments to one agent therefore count one after the other (never above its limit), two to
 * one chat cannot both find it waiting (never two agents), and the agent's row always comes
 * before a chat's, chats in queue order (no deadlock).
 *
 * No wake-up is lost between a chat joining a queue and a slot freeing at the same time: each side
 * commits its own change first and only then reads the other side's state (`routeChat` reads the
 * agents, `fillAgent` the queue). Whichever reads last sees the other's commit. A chat held by
 * another transaction is waited for rather than passed over, so a visitor writing again at that
 * moment does not leave it beside a free slot.
 */
export class Router {
  private readonly positions: QueuePositions;

  /**
   * `audit`: who asked (taking the next chat, handing a disabled agent's chats back); AUTO routing
   * is the desk's own doing and is recorded as the system's whoever's change set it off.
   */
  constructor(
    private readonly deps: Pick<AppDeps, 'sql' | 'pubsub' | 'presence' | 'logger' | 'outbox'>,
    private readonly audit: AuditTrail = systemTrail(),
  ) {
    this.positions = new QueuePositions(deps);
  }

  /**
   * What a change to a chat means for the queues, once it has committed: the chats behind its old
   * and new place move, a chat that joined a queue is routed, an agent who lost a chat has a free
   * slot. `passOver`: the agent who handed the chat back, who is not routed it again at once.
   */
  async afterChange(before: QueueState | null, after: ChatSessionPayload, passOver?: string): Promise<void> {
    try {
      const wasQueued = before !== null && isQueued(before);
      const queuedNow = isQueued(after);
      const sameQueue = wasQueued && queuedNow && before.teamId === after.teamId;
      if (wasQueued && !sameQueue) await this.positions.announceBehind(before.teamId, after.id);
      // A first message joins at the end, behind nobody: only a chat that takes up an older place
      // (handed back, moved to another team) moves the ones behind it.
      const arrived = before === null || before.queuedAt === null;
      if (queuedNow && !sameQueue && !(await this.routeChat(after.id, passOver)) && !arrived) {
        await this.positions.announceBehind(after.teamId, after.id);
      }
      const freed = before?.status === ChatSessionStatus.ACTIVE ? before.assignedAdminId : null;
      const stillHeld = after.status === ChatSessionStatus.ACTIVE && after.assignedAdminId === freed;
      if (freed && !stillHeld) await this.fillAgent(freed, passOver === freed ? after.id : null);
    } catch (error) {
      // The change itself is stored; the next change to this queue or agent routes again.
      this.deps.logger.error({ err: error, sessionId: after.id }, 'routing after a change failed');
    }
  }

  /**
   * AUTO: the waiting chat goes to the best ONLINE agent with a free slot; null when none takes it.
   * That agent is given the oldest chat it may take, which is this one unless an older one was
   * left waiting (its routing failed, its instance died before routing it): then that one goes
   * first, and this one is offered to the next agent. Agents another assignment holds locked are
   * passed over at first, so that chats arriving together spread over the agents instead of
   * queueing for the best one; they are waited for only when no other agent took the chat.
   */
  async routeChat(sessionId: string, passOver: string | null = null): Promise<ChatSessionPayload | null> {
    const online = await this.deps.presence.onlineAdminIds();
    if (online.length === 0) return null;
    for (let round = 0; round < ROUTING_ROUNDS; round += 1) {
      const candidates = await this.deps.sql.run<{ id: string }>(ROUTING_CANDIDATES, [sessionId, online, passOver]);
      if (candidates.length === 0) return null;
      const busy: string[] = [];
      offering: for (const lock of ['skip', 'wait'] as const) {
        for (const adminId of lock === 'skip' ? candidates.map(({ id }) => id) : busy) {
          const outcome = await this.assign(adminId, { routed: true, lock }, (run) => assignOldest(run, adminId, 1, null, false));
          const [assigned] = outcome.assigned;
          if (assigned?.id === sessionId) return assigned;
          if (outcome.agentBusy) busy.push(adminId);
          // An older chat went first, or this one is being assigned elsewhere (locked): the
          // candidates are read again, which finds nobody once this chat no longer waits.
          else if (outcome.picked) break offering;
        }
      }
    }
    return null;
  }

  /**
   * AUTO: a slot of the agent's freed (or it came ONLINE, or got a larger limit): the oldest waiting
   * chats it may take are assigned to it until its slots are full. `leaveOut`: a chat it just gave back.
   */
  async fillAgent(adminId: string, leaveOut: string | null = null): Promise<ChatSessionPayload[]> {
    if (!(await this.deps.presence.isOnline(adminId))) return [];
    const outcome = await this.assign(adminId, { routed: true, lock: 'wait' }, (run, freeSlots) =>
      assignOldest(run, adminId, freeSlots, leaveOut, false),
    );
    return outcome.assigned;
  }

  /** AUTO: every ONLINE agent's free slots filled, the least busy first (the mode became AUTO, the default limit grew). */
  async fillOnlineAgents(): Promise<void> {
    const online = await this.deps.presence.onlineAdminIds();
    if (online.length === 0) return;
    const agents = await this.deps.sql.run<{ id: string }>(ONLINE_AGENTS, [online]);
    for (const { id } of agents) await this.fillAgent(id);
  }

  /**
   * A disabled agent's ACTIVE chats go back to their queues at their places, oldest first, each
   * told to its watchers and, in AUTO mode, routed to someone else.
   */
  async handBackChatsOf(adminId: string): Promise<void> {
    const { rows, outboxIds } = await this.deps.sql.transaction(async (run) => {
      const unassigned = await run<SessionRow>(UNASSIGN_ALL_OF, [adminId]);
      for (const row of unassigned) {
        await this.audit.recordWith(run, {
          action: 'chat.unassign',
          targetType: 'CHAT',
          targetId: row.id,
          details: { fromAdminId: adminId, teamId: row.team_id, reason: 'AGENT_DISABLED' },
        });
      }
      return { rows: unassigned, outboxIds: await recordUpdates(run, unassigned.map(sessionPayloadOf)) };
    });
    for (const outboxId of outboxIds) this.deps.outbox.committed(outboxId, true);
    const handedBack = rows.map(sessionPayloadOf).sort((a, b) => (a.queuedAt ?? '').localeCompare(b.queuedAt ?? '') || a.id.localeCompare(b.id));
    for (const after of handedBack) {
      const placed = await this.positions.withPlace(after);
      await Promise.all(updateEvents(placed).map(({ topic, payload, key }) => this.deps.pubsub.publish(topic, payload, key)));
      const before = { status: ChatSessionStatus.ACTIVE, assignedAdminId: adminId, teamId: after.teamId, queuedAt: after.queuedAt };
      await this.afterChange(before, after, adminId);
    }
  }

  /**
   * The oldest waiting chat the agent may see, assigned to it, in either mode; null when none
   * waits. `anyQueue` for the roles that see every chat. At its limit: FORBIDDEN, LIMIT_REACHED.
   */
  async takeNext(adminId: string, anyQueue: boolean): Promise<ChatSessionPayload | null> {
    const { assigned } = await this.assign(adminId, { routed: false, lock: 'wait' }, (run) => assignOldest(run, adminId, 1, null, anyQueue));
    return assigned[0] ?? null;
  }

  /**
   * One assignment transaction (see the class comment), then the announcements: each assigned
   * chat's update, and the new places of the chats that waited behind it.
   */
  private async assign(
    adminId: string,
    { routed, lock }: { routed: boolean; lock: 'wait' | 'skip' },
    pick: (run: Sql['run'], freeSlots: number) => Promise<SessionRow[]>,
  ): Promise<Assignment> {
    type Outcome = Omit<Assignment, 'assigned'> & { rows: SessionRow[]; introductions: Introduction[]; outboxIds: string[] };
    const outcome = await this.deps.sql.transaction(async (run): Promise<Outcome> => {
      const nothing = { rows: [], introductions: [], outboxIds: [], agentBusy: false, picked: false };
      const [agent] = await run<LockedAgentRow>(lock === 'skip' ? LOCK_AGENT_UNLESS_BUSY : LOCK_AGENT, [adminId]);
      if (!agent) return { ...nothing, agentBusy: lock === 'skip' };
      const unavailable = agent.disabled || (routed && (agent.routing_mode !== RoutingMode.AUTO || agent.status !== AgentStatus.ONLINE));
      if (unavailable) return nothing;
      const [{ chats }] = await run<{ chats: number }>(COUNT_ACTIVE, [adminId]);
      const freeSlots = agent.slots - chats;
      if (freeSlots <= 0) {
        if (routed) return nothing;
        throw limitReached(chats);
      }
      const rows = await pick(run, freeSlots);
      const trail = routed ? systemTrail() : this.audit;
      for (const row of rows) {
        const details = { adminId, teamId: row.team_id, via: routed ? 'ROUTING' : 'TAKE_NEXT' };
        await trail.recordWith(run, { action: 'chat.assign', targetType: 'CHAT', targetId: row.id, details });
      }
      const introductions = await introduceAgent(run, rows.map((row) => row.id), adminId);
      const outboxIds = await recordUpdates(run, rows.map((row) => notQueued(sessionPayloadOf(row))));
      return { rows, introductions, outboxIds, agentBusy: false, picked: true };
    });
    const assigned = outcome.rows.map(sessionPayloadOf);
    await this.announce(assigned);
    for (const outboxId of outcome.outboxIds) this.deps.outbox.committed(outboxId, true);
    await announceIntroductions(this.deps, outcome.introductions);
    return { assigned, agentBusy: outcome.agentBusy, picked: outcome.picked };
  }

  private async announce(assigned: ChatSessionPayload[]): Promise<void> {
    if (assigned.length === 0) return;
    await Promise.all(
      assigned.flatMap((session) =>
        updateEvents(notQueued(session)).map(({ topic, payload, key }) => this.deps.pubsub.publish(topic, payload, key)),
      ),
    );
    // They are in (queued_at, id) order: the first of each queue is the earliest place that moved.
    const firstPerQueue = new Map<string | null, string>();
    for (const session of assigned) if (!firstPerQueue.has(session.teamId)) firstPerQueue.set(session.teamId, session.id);
    await Promise.all([...firstPerQueue].map(([teamId, sessionId]) => this.positions.announceBehind(teamId, sessionId)));
  }
}

/**
 * Before an agent takes a chat for itself outside the Router (its first reply to a waiting chat),
 * in the transaction that takes it: the agent's row locked first, as every assignment locks it,
 * then FORBIDDEN with LIMIT_REACHED when its ACTIVE chats fill its limit.
 */
export async function requireRoomToTake(run: Sql['run'], adminId: string): Promise<void> {
  const [agent] = await run<LockedAgentRow>(LOCK_AGENT, [adminId]);
  if (!agent) return; // the account is gone: storing the message says so
  const [{ chats }] = await run<{ chats: number }>(COUNT_ACTIVE, [adminId]);
  if (chats >= agent.slots) throw limitReached(chats);
}

const limitReached = (chats: number) =>
  appError('FORBIDDEN', `You already have ${chats} active chats, your limit. Close one first.`, { reason: 'LIMIT_REACHED' });

/**
 * The oldest waiting chats the (locked) agent may take, up to `count`: first those no other
 * transaction holds, so that assignments at once take different chats, then, for what is still
 * free, waiting for the held ones. Skipping alone could leave a chat waiting beside a free slot:
 * the one that held it (a visitor's message, a move that failed) routes nothing afterwards.
 */
async function assignOldest(run: Sql['run'], adminId: string, count: number, leaveOut: string | null, anyQueue: boolean): Promise<SessionRow[]> {
  const free = await run<SessionRow>(ASSIGN_OLDEST_UNLOCKED, [adminId, count, leaveOut, anyQueue]);
  if (free.length === count) return free;
  const waited = await run<SessionRow>(ASSIGN_OLDEST, [adminId, count - free.length, leaveOut, anyQueue]);
  return [...free, ...waited].sort(inQueueOrder);
}

/** (queued_at, id), as the queue orders chats: the ISO times and the uuids compare as text. */
const inQueueOrder = (a: SessionRow, b: SessionRow) =>
  a.queued_at === b.queued_at ? (a.id < b.id ? -1 : 1) : (a.queued_at ?? '') < (b.queued_at ?? '') ? -1 : 1;

const notQueued = (session: ChatSessionPayload): ChatSessionPayload => ({ ...session, queuePosition: null, estimatedWaitSeconds: null });

/** Within the change's transaction: each chat's `chatSessionUpdated` outbox row, where a webhook listens. */
async function recordUpdates(run: Sql['run'], sessions: ChatSessionPayload[]): Promise<string[]> {
  const ids: string[] = [];
  for (const session of sessions) ids.push(...(await recordWebhookEvent(run, 'chatSessionUpdated', session)));
  return ids;
}
