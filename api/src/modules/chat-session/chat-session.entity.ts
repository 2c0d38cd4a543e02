import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BigIntType, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';
import { Customer } from '../customer/customer.entity';
import { Team } from '../team/team.entity';

export enum ChatSessionStatus {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

@Entity({ tableName: 'chat_session' })
// The inbox lists sessions newest first, by status and by assignee.
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['assignedAdmin', 'status', 'createdAt'] })
@Index({ properties: ['customer', 'createdAt'] })
// Each team's queue, oldest first.
@Index({ properties: ['status', 'team', 'queuedAt', 'id'] })
// A team's latest first assignments, for its median wait.
@Index({ properties: ['team', 'firstAssignedAt'] })
// The dashboard's average rating over a period.
@Index({ properties: ['ratedAt'] })
// Retention walks the closed chats oldest first.
@Index({ name: 'chat_session_retention_index', expression: `create index "chat_session_retention_index" on "chat_session" ("closed_at", "id") where "status" = 'CLOSED'` })
export class ChatSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer!: Ref<Customer>;

  @ManyToOne(() => Admin, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedAdmin: Ref<Admin> | null = null;

  @Enum({ items: () => ChatSessionStatus, nativeEnumName: 'chat_session_status' })
  status: ChatSessionStatus = ChatSessionStatus.WAITING;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastMessageAt: Date | null = null;

  /** Null: the chat without a team, in the one queue every AGENT sees. */
  @ManyToOne(() => Team, { ref: true, nullable: true, deleteRule: 'set null' })
  team: Ref<Team> | null = null;

  /** When the first message came: the chat's place in its queue, kept when it goes back to it. */
  @Property({ type: 'datetime', nullable: true })
  queuedAt: Date | null = null;

  /** Set on the first assignment and never changed: the wait that estimates the next ones. */
  @Property({ type: 'datetime', nullable: true })
  firstAssignedAt: Date | null = null;

  /** The newest message the visitor has read: a message id, moving only forward. */
  @Property({ type: new BigIntType('string'), nullable: true })
  customerLastReadMessageId: string | null = null;

  /** The newest message the agents have read (one mark for the desk): a message id, moving only forward. */
  @Property({ type: new BigIntType('string'), nullable: true })
  agentLastReadMessageId: string | null = null;

  /** Left through the offline form (leaveOfflineMessage), while the desk was closed or no agent was ONLINE. */
  @Property({ type: 'boolean', default: false })
  offline: Opt<boolean> = false;

  /** The visitor's satisfaction, 1 to 5, given once after the chat closed (rateChatSession). */
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Property({ type: 'text', nullable: true })
  ratingComment: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  ratedAt: Date | null = null;
}
