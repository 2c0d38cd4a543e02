import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { MANAGERS, requireStaff } from '../admin/staff';
import type { AuditTrail } from '../audit/audit-trail';
import { Retention, type RetentionReport } from './retention';

export class RetentionService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'sql' | 'storage'>,
    private readonly audit: AuditTrail,
  ) {}

  /** ADMIN only. */
  async run(viewer: Viewer | null, dryRun: boolean): Promise<RetentionReport> {
    await requireStaff(this.entityManager(), viewer, MANAGERS);
    return new Retention(this.deps, this.audit).run(dryRun);
  }
}
