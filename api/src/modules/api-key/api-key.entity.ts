import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';
import { ApiScope } from './api-scope';

/** A third party's key. The secret itself is never stored: only its SHA-256, which is what a request is looked up by. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => ApiScope, array: true, default: [] })
  scopes: ApiScope[] = [];

  /** Hex SHA-256 of the secret: a 32-byte random secret needs no slow hash, and every request looks it up. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  secretHash!: string;

  /** The secret's first characters, shown in the console so that an operator recognises a key. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @ManyToOne(() => Admin, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<Admin> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** To the minute: a key's use is written at most once a minute (see api-key-lookup.ts). */
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
