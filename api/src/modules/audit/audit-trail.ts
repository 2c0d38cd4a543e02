import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import type { Sql } from '../../db/sql';
import { AuditEvent, type AuditActorKind } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'SYSTEM', id: null };

export function auditActorOf(viewer: Viewer | null): AuditActor {
  if (!viewer) return { kind: 'ANONYMOUS', id: null };
  switch (viewer.role) {
    case 'ADMIN':
      return { kind: 'AGENT', id: viewer.adminId };
    case 'CUSTOMER':
      return { kind: 'CUSTOMER', id: viewer.customerId };
    default:
      return auditActorOfOther(viewer);
  }
}

/** Viewer kinds added after the first two (API keys) name their own actor. */
function auditActorOfOther(viewer: { role: string } & Record<string, unknown>): AuditActor {
  const id = typeof viewer.apiKeyId === 'string' ? viewer.apiKeyId : null;
  return { kind: id ? 'API_KEY' : 'SYSTEM', id };
}

const INSERT_AUDIT_EVENT = {
  name: 'livechat_insert_audit_event',
  text: `insert into "audit_event" ("id", "at", "actor_kind", "actor_id", "action", "target_type", "target_id", "ip", "details")
         values (gen_random_uuid(), now(), $1, $2, $3, $4, $5, $6, $7)`,
};

/**
 * The audit log of one request (or one job): who is acting and from where, fixed when the request
 * starts. An event is written in the same transaction as the change it records, so a change that
 * rolls back leaves no event and a stored change always has one.
 */
export class AuditTrail {
  constructor(
    readonly actor: AuditActor,
    private readonly ip: string | null,
  ) {}

  /** Adds the event to `em`'s unit of work: the flush (or `em.transactional`) that stores the change stores it too. */
  record(em: EntityManager, entry: AuditEntry): void {
    em.persist(em.create(AuditEvent, { ...this.row(entry), at: new Date() }));
  }

  /** The same inside a plain-SQL transaction (`sql.transaction`). */
  async recordWith(run: Sql['run'], entry: AuditEntry): Promise<void> {
    const row = this.row(entry);
    await run(INSERT_AUDIT_EVENT, [row.actorKind, row.actorId, row.action, row.targetType, row.targetId, row.ip, row.details === null ? null : JSON.stringify(row.details)]);
  }

  private row(entry: AuditEntry) {
    return {
      actorKind: this.actor.kind,
      actorId: this.actor.id,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: this.ip,
      details: entry.details ?? null,
    };
  }
}
