import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Admin } from '../admin/admin.entity';

export const MAX_WEBHOOK_NAME_LENGTH = 80;
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** The subscription fields a webhook document may select, as `webhook.event` and `outbox_event.event` store them. */
export type WebhookEvent = 'messageAdded' | 'chatSessionUpdated' | 'adminPresenceChanged';
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['messageAdded', 'chatSessionUpdated', 'adminPresenceChanged'];

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** A receiver of events: each event its document selects is POSTed to `url`, signed with `secret`. */
@Entity({ tableName: 'webhook' })
export class Webhook {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: MAX_WEBHOOK_NAME_LENGTH })
  name!: string;

  @Property({ type: 'string', length: MAX_WEBHOOK_URL_LENGTH })
  url!: string;

  @Property({ type: 'text' })
  query!: string;

  /** The one subscription field `query` selects, read from it when it is stored. */
  @Index()
  @Property({ type: 'string', length: 32 })
  event!: WebhookEvent;

  @Property({ type: 'string', length: 128 })
  secret!: string;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @ManyToOne(() => Admin, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy!: Ref<Admin> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** One event for one webhook: its body is fixed when it is made, so every attempt sends the same bytes. */
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['webhook', 'createdAt'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Webhook, { ref: true, deleteRule: 'cascade' })
  webhook!: Ref<Webhook>;

  @Property({ type: 'string', length: 32 })
  event!: WebhookEvent;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 16, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;
}

/** An event waiting to be dispatched, written in the transaction of what it reports (see webhook.outbox.ts). */
@Entity({ tableName: 'outbox_event' })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 32 })
  event!: WebhookEvent;

  @Property({ type: 'json' })
  payload!: unknown;

  @Index()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;
}
