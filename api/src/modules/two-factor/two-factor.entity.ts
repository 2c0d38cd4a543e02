import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';

/**
 * An agent's TOTP (RFC 6238) state. Secrets are stored encrypted (see secret-box.ts), never as the
 * base32 text the agent's app holds.
 */
@Entity({ tableName: 'admin_two_factor' })
export class AdminTwoFactor {
  @ManyToOne(() => Admin, { primary: true, ref: true, deleteRule: 'cascade' })
  admin!: Ref<Admin>;

  /** The secret sign-in asks codes of; null until a code confirmed the pending one. */
  @Property({ type: 'text', nullable: true, hidden: true })
  secret: string | null = null;

  /** From beginTwoFactorSetup, until enableTwoFactor confirms it; a new setup replaces it. */
  @Property({ type: 'text', nullable: true, hidden: true })
  pendingSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  enabledAt: Date | null = null;

  /** The 30-second step of the last code accepted: a code of that step or an earlier one is refused. */
  @Property({ type: 'integer', nullable: true })
  lastUsedStep: number | null = null;
}

/** One of an agent's recovery codes, as a SHA-256 hash: each signs in once, instead of a TOTP code. */
@Entity({ tableName: 'admin_recovery_code' })
@Unique({ properties: ['admin', 'codeHash'] })
export class AdminRecoveryCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Admin, { ref: true, deleteRule: 'cascade' })
  admin!: Ref<Admin>;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
