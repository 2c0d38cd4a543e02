import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import type { Sql } from '../../db/sql';
import type { AuditAction, AuditTargetType } from './audit-actions';
import { AuditEvent, type AuditActorKind } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'SYSTEM', id: null };
export const ANONYMOUS_ACTOR: AuditActor = { kind: 'ANONYMOUS', id: null };

export function auditActorOf(viewer: Viewer | null): AuditActor {
  if (!viewer) return ANONYMOUS_ACTOR;
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

const COLUMNS = `"id", "at", "actor_kind", "actor_id", "action", "target_type", "target_id", "ip", "details"`;

const INSERT_AUDIT_EVENT = {
  name: 'livechat_insert_audit_event',
  text: `insert into "audit_event" (${COLUMNS}) values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)`,
};

/** One read event per actor, customer and hour, however many instances insert it at once. */
const INSERT_AUDIT_READ = {
  name: 'livechat_insert_audit_read',
  text: `insert into "audit_event" (${COLUMNS}, "read_hour") values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict ("actor_id", "target_id", "read_hour") where "read_hour" is not null do nothing`,
};

const HOUR_MS = 3_600_000;
const MEMO_LIMIT = 50_000;

/**
 * Per app (keyed by its Sql): the hour in which each (actor, customer) read was last recorded, so
 * that a console reading the same chat again and again costs no statement after the first.
 */
const readMemos = new WeakMap<Sql, Map<string, number>>();

function readMemoOf(sql: Sql): Map<string, number> {
  let memo = readMemos.get(sql);
  if (!memo) readMemos.set(sql, (memo = new Map()));
  if (memo.size > MEMO_LIMIT) memo.clear();
  return memo;
}

/**
 * The audit log of one request (or one job): who is acting and from where, fixed when the request
 * starts. An event is written in the same transaction as the change it records, so a change that
 * rolls back leaves no event and a stored change always has one.
 */
export class AuditTrail {
  private known: AuditActor | undefined;

  /**
   * `actor` may be given as a function, read when the first event is recorded: a subscription
   * event whose result is shared by every viewer of a role has a viewer whose id must not be read
   * (it throws), and such an event records nothing.
   */
  constructor(
    private readonly actorOf: AuditActor | (() => AuditActor),
    private readonly ip: string | null,
  ) {}

  get actor(): AuditActor {
    return (this.known ??= typeof this.actorOf === 'function' ? this.actorOf() : this.actorOf);
  }

  /** The same request's trail acting as someone else: a sign-in is done by the agent it signs in, not by the anonymous caller. */
  as(actor: AuditActor): AuditTrail {
    return new AuditTrail(actor, this.ip);
  }

  /** Adds the event to `em`'s unit of work: the flush (or `em.transactional`) that stores the change stores it too. */
  record(em: EntityManager, entry: AuditEntry): void {
    em.persist(em.create(AuditEvent, { ...this.row(entry), at: new Date() }));
  }

  /** The same inside a plain-SQL transaction (`sql.transaction`). */
  async recordWith(run: Sql['run'], entry: AuditEntry): Promise<void> {
    await run(INSERT_AUDIT_EVENT, this.values(entry));
  }

  /** Committed on its own at once: for what has no transaction to join, and must not roll back with anything (a failed sign-in). */
  async recordNow(sql: Sql, entry: AuditEntry): Promise<void> {
    await sql.run(INSERT_AUDIT_EVENT, this.values(entry));
  }

  /**
   * `customer.read`: an agent (or a key) saw a customer's profile or chat. Once per actor, customer
   * and hour: the memo skips repeats on this instance, the unique read-hour bucket those of others.
   */
  async recordRead(sql: Sql, customerId: string, details: Record<string, unknown>): Promise<void> {
    if (!this.actor.id || this.actor.kind === 'CUSTOMER') return;
    const now = Date.now();
    const hour = Math.floor(now / HOUR_MS);
    const memo = readMemoOf(sql);
    const key = `${this.actor.id}|${customerId}`;
    if (memo.get(key) === hour) return;
    const entry: AuditEntry = { action: 'customer.read', targetType: 'CUSTOMER', targetId: customerId, details };
    await sql.run(INSERT_AUDIT_READ, [...this.values(entry, new Date(now)), new Date(hour * HOUR_MS)]);
    memo.set(key, hour);
  }

  private values(entry: AuditEntry, at = new Date()): unknown[] {
    const row = this.row(entry);
    const details = row.details === null ? null : JSON.stringify(row.details);
    return [at, row.actorKind, row.actorId, row.action, row.targetType, row.targetId, row.ip, details];
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

/** Routing and jobs: nobody asked, the desk did it. */
export const systemTrail = () => new AuditTrail(SYSTEM_ACTOR, null);
