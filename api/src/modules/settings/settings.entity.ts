import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../business-hours/business-hours';

export enum RoutingMode {
  MANUAL = 'MANUAL',
  AUTO = 'AUTO',
}

export const SETTINGS_ID = 1;
export const MAX_CONCURRENT_CHATS = 100;
/** Ten years: the longest retention a desk may set (UU PDP asks for a period, not forever). */
export const MAX_RETENTION_DAYS = 3650;

/** The desk's settings: one row, made by the migration. */
@Entity({ tableName: 'settings' })
@Check({ name: 'settings_single_row', expression: 'id = 1' })
@Check({ name: 'settings_default_max_concurrent_chats_range', expression: 'default_max_concurrent_chats >= 1 and default_max_concurrent_chats <= 100' })
@Check({ name: 'settings_retention_days_range', expression: 'retention_days is null or (retention_days >= 1 and retention_days <= 3650)' })
export class Settings {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = SETTINGS_ID;

  @Enum({ items: () => RoutingMode, nativeEnumName: 'routing_mode', default: RoutingMode.MANUAL })
  routingMode: RoutingMode = RoutingMode.MANUAL;

  @Property({ type: 'integer', default: 5 })
  defaultMaxConcurrentChats: number = 5;

  /** Checked by business-hours.rules.ts before it is stored. */
  @Property({ type: 'json', default: JSON.stringify(DEFAULT_BUSINESS_HOURS) })
  businessHours: BusinessHours = structuredClone(DEFAULT_BUSINESS_HOURS);

  /** Null: the default text (DEFAULT_OFFLINE_MESSAGE). */
  @Property({ type: 'text', nullable: true })
  offlineMessage: string | null = null;

  /** Only visitors the host site verified (customer/identity.ts) may start a chat or write. */
  @Property({ type: 'boolean', default: false })
  identityRequired: boolean = false;

  /** Closed chats older than this many days are deleted by the retention job (retention/); null keeps them. */
  @Property({ type: 'integer', nullable: true })
  retentionDays: number | null = null;
}
