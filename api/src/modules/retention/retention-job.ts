import type { AppDeps } from '../../app-deps';
import { AuditTrail, SYSTEM_ACTOR } from '../audit/audit-trail';
import { Retention } from './retention';

export const RETENTION_JOB = 'retention';

/**
 * Once a day by default (RETENTION_CRON, in UTC), on one instance at a time; a run that
 * `runRetention` starts meanwhile on another instance deletes each chat once with it.
 */
export function scheduleRetention(deps: Pick<AppDeps, 'jobs' | 'config' | 'sql' | 'storage' | 'logger'>): Promise<void> {
  return deps.jobs.every(RETENTION_JOB, deps.config.retention.cron, async () => {
    const report = await new Retention(deps, new AuditTrail(SYSTEM_ACTOR, null)).run(false);
    if (report.retentionDays !== null) {
      const { chats, messages, files, bytes, customers } = report;
      deps.logger.info({ chats, messages, files, bytes, customers }, 'retention deleted what is older than its period');
    }
  });
}
