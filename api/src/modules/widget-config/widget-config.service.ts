import type { AppDeps } from '../../app-deps';
import type { TeamService } from '../team/team.service';
import type { WidgetConfigNode } from './widget-config.types';

export class WidgetConfigService {
  constructor(
    private readonly deps: Pick<AppDeps, 'config' | 'presence'>,
    private readonly teams: Pick<TeamService, 'topics'>,
  ) {}

  async get(): Promise<WidgetConfigNode> {
    const { widget, uploads } = this.deps.config;
    const [online, topics] = await Promise.all([this.deps.presence.anyOnline(), this.teams.topics()]);
    return { ...widget, maxFileSize: uploads.maxFileSize, allowedFileTypes: uploads.allowedTypes, online, topics };
  }
}
