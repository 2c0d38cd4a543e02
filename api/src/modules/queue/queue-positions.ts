import type { AppDeps } from '../../app-deps';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';
import { ANYONE_BEHIND, LOCK_QUEUE, QUEUE_BEHIND, QUEUE_PLACES, type QueuedSessionRow, type QueuePlaceRow, type SessionRow } from './queue.statements';

export interface QueuePlace {
  /** 1-based among the WAITING chats of its team's queue; null when it does not wait in one. */
  queuePosition: number | null;
  /** The position times the queue's recent median wait; null when not waiting or nothing to go by. */
  estimatedWaitSeconds: number | null;
}

const NOT_QUEUED: QueuePlace = { queuePosition: null, estimatedWaitSeconds: null };

/** Waits in a queue: WAITING, from its first message on. */
export const isQueued = (session: { status: ChatSessionStatus; queuedAt: string | null }) =>
  session.status === ChatSessionStatus.WAITING && session.queuedAt !== null;

export function sessionPayloadOf(row: SessionRow): ChatSessionPayload {
  return {
    id: row.id,
    status: row.status as ChatSessionStatus,
    customerId: row.customer_id,
    assignedAdminId: row.assigned_admin_id,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    lastMessageAt: row.last_message_at,
    teamId: row.team_id,
    queuedAt: row.queued_at,
    customerLastReadMessageId: row.customer_last_read_message_id,
    agentLastReadMessageId: row.agent_last_read_message_id,
    offline: row.offline,
  };
}

const placeOf = (position: number, medianSeconds: number | null): QueuePlace => ({
  queuePosition: position,
  estimatedWaitSeconds: medianSeconds === null ? null : Math.round(position * medianSeconds),
});

/**
 * Places in the queues, computed in PostgreSQL from the stored chats (never held by a process),
 * and the announcements that tell each waiting visitor its new place.
 */
export class QueuePositions {
  constructor(private readonly deps: Pick<AppDeps, 'sql' | 'pubsub'>) {}

  /** One query for all of them; a chat that does not wait in a queue has no place. */
  async placesOf(sessionIds: readonly string[]): Promise<QueuePlace[]> {
    const rows = await this.deps.sql.run<QueuePlaceRow>(QUEUE_PLACES, [sessionIds]);
    const byId = new Map(rows.map((row) => [row.id, placeOf(row.position, row.median_seconds)]));
    return sessionIds.map((id) => byId.get(id) ?? NOT_QUEUED);
  }

  /** The payload with its place, so that delivering it reads nothing from the database. */
  async withPlace(session: ChatSessionPayload): Promise<ChatSessionPayload> {
    if (!isQueued(session)) return { ...session, ...NOT_QUEUED };
    const [place] = await this.placesOf([session.id]);
    return { ...session, ...place };
  }

  /**
   * Tells every chat waiting behind `sessionId`'s place in team `teamId`'s queue its new place, on
   * its own topic only (the agents' inbox is not handed one event per waiting chat). Called after
   * the change that moved them has committed; the announcements of one queue take turns under a
   * lock, each reading the queue once it holds it, so the last one a visitor hears is the newest.
   * While one waits for the lock on this instance, later calls for the same queue join it: it
   * reads the queue after their changes committed too. With nobody behind, nothing is locked: a
   * chat that joins later reads its place after this change committed.
   */
  async announceBehind(teamId: string | null, sessionId: string): Promise<void> {
    const waiting = waitingAnnouncements(this.deps.sql);
    const queue = teamId ?? '';
    const join = () => {
      const pending = waiting.get(queue);
      pending?.sessionIds.push(sessionId);
      return pending?.done;
    };
    const joined = join();
    if (joined) return joined;
    const [behind] = await this.deps.sql.run<{ anyone: boolean }>(ANYONE_BEHIND, [teamId, sessionId]);
    if (!behind?.anyone) return;
    const joinedMeanwhile = join();
    if (joinedMeanwhile) return joinedMeanwhile;
    const announcement: WaitingAnnouncement = { sessionIds: [sessionId], done: Promise.resolve() };
    waiting.set(queue, announcement);
    const leaveWaiting = () => {
      if (waiting.get(queue) === announcement) waiting.delete(queue);
    };
    announcement.done = this.deps.sql
      .transaction(async (run) => {
        await run(LOCK_QUEUE, [teamId]);
        leaveWaiting(); // it reads from here on: a later change needs a reading of its own
        const rows = await run<QueuedSessionRow>(QUEUE_BEHIND, [teamId, announcement.sessionIds]);
        await Promise.all(
          rows.map((row) =>
            this.deps.pubsub.publish('CHAT_SESSION_UPDATED', { ...sessionPayloadOf(row), ...placeOf(row.position, row.median_seconds) }, row.id),
          ),
        );
      })
      .finally(leaveWaiting);
    return announcement.done;
  }
}

interface WaitingAnnouncement {
  sessionIds: string[];
  done: Promise<void>;
}

/** Per database (tests run two apps in one process), per queue: the announcement waiting for its lock. */
const waitingByDatabase = new WeakMap<object, Map<string, WaitingAnnouncement>>();

function waitingAnnouncements(database: object): Map<string, WaitingAnnouncement> {
  let waiting = waitingByDatabase.get(database);
  if (!waiting) waitingByDatabase.set(database, (waiting = new Map()));
  return waiting;
}
