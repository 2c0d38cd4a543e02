import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/** Who did it: an agent (any role), a visitor, an API key, the system (a job), or nobody known (a failed sign-in). */
export type AuditActorKind = 'AGENT' | 'CUSTOMER' | 'API_KEY' | 'SYSTEM' | 'ANONYMOUS';

/**
 * One recorded action. Rows are only ever inserted: a trigger refuses UPDATE, DELETE and TRUNCATE
 * (the migration `audit_log`), whoever the database role.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['at'] })
@Index({ properties: ['actorId', 'at'] })
@Index({ properties: ['targetId', 'at'] })
@Index({ properties: ['action', 'at'] })
@Index({
  name: 'audit_event_read_once',
  expression: 'create unique index "audit_event_read_once" on "audit_event" ("actor_id", "target_id", "read_hour") where "read_hour" is not null',
})
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'string', length: 16 })
  actorKind!: AuditActorKind;

  /** The agent's, visitor's or key's id; null for the system and for anonymous callers. */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  /** A dotted verb, e.g. `auth.sign_in`, `chat.assign`, `customer.erase`. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  targetType: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  targetId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  /** What changed, as ids and settings only: never a visitor's personal data, which erasure could not reach here. */
  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;

  /** `customer.read` only: the hour it falls in, unique per actor and customer (the migration `audit_reads`). */
  @Property({ type: 'datetime', nullable: true })
  readHour: Date | null = null;
}
