import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import { deskOpening } from '../business-hours/business-hours';
import { ONLINE_AGENTS } from '../queue/queue.statements';
import { currentSettings, offlineMessageOf } from '../settings/settings.service';
import type { TeamService } from '../team/team.service';
import type { WidgetConfigNode } from './widget-config.types';

export class WidgetConfigService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'config' | 'presence' | 'sql'>,
    private readonly teams: Pick<TeamService, 'topics'>,
  ) {}

  async get(now = new Date()): Promise<WidgetConfigNode> {
    const { widget, uploads } = this.deps.config;
    const [online, agentsAvailable, topics, settings] = await Promise.all([
      this.deps.presence.anyOnline(),
      this.anyAgentOnline(),
      this.teams.topics(),
      currentSettings(this.entityManager()),
    ]);
    const { open, nextOpenAt } = deskOpening(settings.businessHours, now);
    return {
      ...widget,
      maxFileSize: uploads.maxFileSize,
      allowedFileTypes: uploads.allowedTypes,
      online,
      agentsAvailable,
      topics,
      open,
      nextOpenAt: nextOpenAt?.toISOString() ?? null,
      timezone: settings.businessHours.timezone,
      offlineMessage: offlineMessageOf(settings),
      identityRequired: settings.identityRequired,
    };
  }

  /** An agent with a console connected and the status ONLINE: one that takes new chats. */
  async anyAgentOnline(): Promise<boolean> {
    const connected = await this.deps.presence.onlineAdminIds();
    if (connected.length === 0) return false;
    return (await this.deps.sql.run<{ id: string }>(ONLINE_AGENTS, [connected])).length > 0;
  }
}
