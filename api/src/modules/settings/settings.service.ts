import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import { MANAGERS, requireStaff } from '../admin/staff';
import type { AppDeps } from '../../app-deps';
import { Router } from '../queue/routing';
import { DEFAULT_OFFLINE_MESSAGE } from '../business-hours/business-hours';
import { businessHoursInput, offlineMessageText } from '../business-hours/business-hours.rules';
import { MAX_CONCURRENT_CHATS, MAX_RETENTION_DAYS, RoutingMode, Settings, SETTINGS_ID } from './settings.entity';
import type { SettingsNode, UpdateSettingsInput } from './settings.types';
import type { AuditTrail } from '../audit/audit-trail';

/** The one settings row, made by the migration; other services read it through here. */
export function currentSettings(em: EntityManager): Promise<Settings> {
  return em.findOneOrFail(Settings, SETTINGS_ID);
}

export function requireChatLimit(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENT_CHATS) {
    throw badInput(`The limit is a whole number from 1 to ${MAX_CONCURRENT_CHATS}.`, field);
  }
  return value;
}

/** 0 turns retention off (null: keep); otherwise whole days up to ten years. */
export function retentionDaysInput(value: number): number | null {
  if (value === 0) return null;
  if (!Number.isInteger(value) || value < 1 || value > MAX_RETENTION_DAYS) {
    throw badInput(`Retention is a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or 0 to keep everything.`, 'retentionDays');
  }
  return value;
}

export class SettingsService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'sql' | 'pubsub' | 'presence' | 'logger' | 'outbox'>,
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /** Every staff role. */
  async get(viewer: Viewer | null): Promise<SettingsNode> {
    await requireStaff(this.em, viewer);
    return toSettingsNode(await currentSettings(this.em));
  }

  async update(viewer: Viewer | null, input: UpdateSettingsInput): Promise<SettingsNode> {
    await requireStaff(this.em, viewer, MANAGERS);
    const limit = input.defaultMaxConcurrentChats == null ? undefined : requireChatLimit(input.defaultMaxConcurrentChats, 'defaultMaxConcurrentChats');
    const businessHours = input.businessHours == null ? undefined : businessHoursInput(input.businessHours);
    const offlineMessage = input.offlineMessage == null ? undefined : offlineMessageText(input.offlineMessage);
    const retentionDays = input.retentionDays == null ? undefined : retentionDaysInput(input.retentionDays);
    const settings = await currentSettings(this.em);
    const before = toSettingsNode(settings);
    if (input.routingMode) settings.routingMode = input.routingMode;
    if (limit !== undefined) settings.defaultMaxConcurrentChats = limit;
    if (businessHours) settings.businessHours = businessHours;
    if (offlineMessage !== undefined) settings.offlineMessage = offlineMessage;
    if (input.identityRequired != null) settings.identityRequired = input.identityRequired;
    if (retentionDays !== undefined) settings.retentionDays = retentionDays;
    const after = toSettingsNode(settings);
    const keys = changedKeys(before, after);
    if (keys.length) this.audit.record(this.em, { action: 'settings.update', targetType: 'SETTINGS', targetId: String(SETTINGS_ID), details: { keys } });
    await this.em.flush();
    const roomForChats = after.defaultMaxConcurrentChats > before.defaultMaxConcurrentChats || after.routingMode !== before.routingMode;
    if (after.routingMode === RoutingMode.AUTO && roomForChats) {
      // The change is stored whatever routing makes of it.
      await new Router(this.deps).fillOnlineAgents().catch((error) => this.deps.logger.error({ err: error }, 'routing the waiting chats failed'));
    }
    return after;
  }
}

const toSettingsNode = (settings: Settings): SettingsNode => ({
  routingMode: settings.routingMode,
  defaultMaxConcurrentChats: settings.defaultMaxConcurrentChats,
  businessHours: settings.businessHours,
  offlineMessage: offlineMessageOf(settings),
  identityRequired: settings.identityRequired,
  retentionDays: settings.retentionDays,
});

const changedKeys = (before: SettingsNode, after: SettingsNode) =>
  (Object.keys(after) as (keyof SettingsNode)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));

export const offlineMessageOf = (settings: Settings) => settings.offlineMessage ?? DEFAULT_OFFLINE_MESSAGE;
