import type { AppDeps } from '../../app-deps';
import type { WidgetConfigNode } from './widget-config.types';

export class WidgetConfigService {
  constructor(private readonly deps: Pick<AppDeps, 'config' | 'presence'>) {}

  async get(): Promise<WidgetConfigNode> {
    const { widget, uploads } = this.deps.config;
    return {
      ...widget,
      maxFileSize: uploads.maxFileSize,
      allowedFileTypes: uploads.allowedTypes,
      online: await this.deps.presence.anyOnline(),
    };
  }
}
