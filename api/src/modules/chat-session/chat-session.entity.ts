import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';
import { Customer } from '../customer/customer.entity';

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
}
