import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';

@Entity({ tableName: 'customer' })
// Trigram indexes serve the inbox search (ILIKE '%text%'); the initial migration creates them
// only where pg_trgm can be installed.
@Index({ name: 'customer_name_trgm_index', expression: 'create index "customer_name_trgm_index" on "customer" using gin ("name" gin_trgm_ops)' })
@Index({ name: 'customer_email_trgm_index', expression: 'create index "customer_email_trgm_index" on "customer" using gin ("email" gin_trgm_ops)' })
// The console's list of blocked visitors reads only these rows.
@Index({ name: 'customer_blocked_at_index', expression: 'create index "customer_blocked_at_index" on "customer" ("blocked_at") where "blocked_at" is not null' })
export class Customer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** What the desk knows of the visitor (NIB, NPWP, company): a flat map of text, see customer-attributes.ts. */
  @Property({ type: 'json', default: '{}' })
  attributes: CustomerAttributes = {};

  /** The host site's id of its signed-in user (identity.ts): one customer per id, on every device. */
  @Property({ type: 'string', length: 200, nullable: true, unique: 'customer_external_id_unique' })
  externalId: string | null = null;

  /** Registered with a good identity hash. */
  @Property({ type: 'boolean', default: false })
  verified: Opt<boolean> = false;

  /** While set, the visitor's tokens are refused (FORBIDDEN, reason BLOCKED): see auth/account.ts. */
  @Property({ type: 'datetime', nullable: true })
  blockedAt: Date | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  blockedReason: string | null = null;

  @ManyToOne(() => Admin, { ref: true, nullable: true, deleteRule: 'set null' })
  blockedBy: Ref<Admin> | null = null;

  /**
   * Set by eraseCustomer (personal-data/): the row is then a tombstone holding nothing of the
   * person, kept so its chats still count in the reports.
   */
  @Property({ type: 'datetime', nullable: true })
  erasedAt: Date | null = null;
}

export type CustomerAttributes = Record<string, string>;
