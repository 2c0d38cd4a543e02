import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { AdminRole } from '../admin/admin.entity';
import { requireStaff } from '../admin/staff';
import type { ChatSession } from '../chat-session/chat-session.entity';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';
import { toChatSessionPayload } from '../chat-session/chat-session.types';
import { isQueued, QueuePositions, sessionPayloadOf, type QueuePlace } from './queue-positions';
import { UNASSIGN_CHAT, type SessionRow } from './queue.statements';
import { Router } from './routing';
import type { AuditTrail } from '../audit/audit-trail';

/** What the queue needs of the chat-session service. */
export interface QueueSessions {
  findVisible(viewer: Viewer | null, id: string): Promise<ChatSession>;
  publishUpdate(session: ChatSessionPayload): Promise<ChatSessionPayload>;
}

export class QueueService {
  private readonly positions: QueuePositions;
  private readonly router: Router;
  /** Per request: a page of chats asks for its places in one query. */
  private readonly places: DataLoader<string, QueuePlace>;

  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'sql' | 'pubsub' | 'presence' | 'logger' | 'outbox'>,
    private readonly sessions: QueueSessions,
    private readonly audit: AuditTrail,
  ) {
    this.positions = new QueuePositions(deps);
    this.router = new Router(deps, audit);
    this.places = new DataLoader((ids) => this.positions.placesOf(ids));
  }

  private get em(): EntityManager {
    return this.entityManager();
  }

  /** The place a payload carries (an event that moved the chat), or else the stored one. */
  async placeOf(session: ChatSessionPayload): Promise<QueuePlace> {
    if (session.queuePosition !== undefined) {
      return { queuePosition: session.queuePosition, estimatedWaitSeconds: session.estimatedWaitSeconds ?? null };
    }
    if (!isQueued(session)) return { queuePosition: null, estimatedWaitSeconds: null };
    return this.places.load(session.id);
  }

  /** The oldest waiting chat the caller may see, now assigned to it; null when none waits. */
  async takeNext(viewer: Viewer | null): Promise<ChatSessionPayload | null> {
    const staff = await requireStaff(this.em, viewer);
    return this.router.takeNext(staff.adminId, staff.role !== AdminRole.AGENT);
  }

  /**
   * Back to the queue at its original place. An AGENT hands back its own chats only; the other
   * roles any. In AUTO mode the chat is routed again, to someone other than who handed it back.
   */
  async unassign(viewer: Viewer | null, id: string): Promise<ChatSessionPayload> {
    const staff = await requireStaff(this.em, viewer);
    for (;;) {
      const session = await this.sessions.findVisible(viewer, id);
      const before = toChatSessionPayload(session);
      if (before.status === ChatSessionStatus.CLOSED) throw appError('SESSION_CLOSED', 'This chat is already closed.');
      if (before.status === ChatSessionStatus.WAITING) return this.positions.withPlace(before);
      if (staff.role === AdminRole.AGENT && before.assignedAdminId !== staff.adminId) {
        throw appError('FORBIDDEN', 'An agent may hand back its own chats only.');
      }
      const [row] = await this.deps.sql.transaction(async (run) => {
        const unassigned = await run<SessionRow>(UNASSIGN_CHAT, [id, before.assignedAdminId]);
        if (unassigned[0]) {
          const details = { fromAdminId: before.assignedAdminId, teamId: before.teamId };
          await this.audit.recordWith(run, { action: 'chat.unassign', targetType: 'CHAT', targetId: id, details });
        }
        return unassigned;
      });
      if (!row) {
        // Changed meanwhile (closed, transferred): decide again on what it is now.
        await this.em.refresh(session);
        continue;
      }
      const after = sessionPayloadOf(row);
      const published = await this.sessions.publishUpdate(after);
      await this.router.afterChange(before, after, before.assignedAdminId ?? undefined);
      return published;
    }
  }
}
