import { Collection } from '@mikro-orm/core';
import { Entity, Enum, ManyToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Team } from '../team/team.entity';

export enum AdminRole {
  ADMIN = 'ADMIN',
  SUPERVISOR = 'SUPERVISOR',
  AGENT = 'AGENT',
}

/** What an agent chose; OFFLINE is never stored, it is what an agent without a console is. */
export enum AgentStatus {
  ONLINE = 'ONLINE',
  AWAY = 'AWAY',
  OFFLINE = 'OFFLINE',
}

@Entity({ tableName: 'admin' })
export class Admin {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased, so the unique index also makes lookups case-insensitive. */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Enum({ items: () => AdminRole, nativeEnumName: 'admin_role', default: AdminRole.AGENT })
  role: AdminRole = AdminRole.AGENT;

  /** Null: the desk's `Settings.defaultMaxConcurrentChats`. */
  @Property({ type: 'integer', nullable: true })
  maxConcurrentChats: number | null = null;

  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @Enum({ items: () => AgentStatus, nativeEnumName: 'agent_status', default: AgentStatus.ONLINE })
  status: AgentStatus = AgentStatus.ONLINE;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** AUTO routing prefers, among equals, the agent that waited longest since its last chat. */
  @Property({ type: 'datetime', nullable: true })
  lastAssignedAt: Date | null = null;

  @ManyToMany(() => Team, (team) => team.members)
  teams = new Collection<Team>(this);
}
