import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import { requireStaffOrKey, SUPERVISORS } from '../admin/staff';
import { queryReport } from './report.query';
import { ReportGrouping, type ReportNode } from './report.types';

/** A year and a day: a whole year from any date, leap day or not. */
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReportRequest {
  from: Date;
  to: Date;
  groupBy: ReportGrouping;
}

export class ReportService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'fileLinks'>,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /**
   * Who may read reports, decided here alone (the CSV link's reader is checked again through it):
   * ADMIN, SUPERVISOR, and an API key with the scope KEY_ACCESS.report names (READ_REPORTS).
   */
  private async requireReader(viewer: Viewer | null): Promise<void> {
    await requireStaffOrKey(this.em, viewer, 'report', SUPERVISORS);
  }

  async report(viewer: Viewer | null, request: ReportRequest): Promise<ReportNode> {
    await this.requireReader(viewer);
    const { from, to, groupBy } = validRequest(request);
    return { from, to, groupBy, ...(await queryReport(this.em, from, to, groupBy)) };
  }

  /** For a report the viewer was just shown: the same rows, signed for its reader. */
  csvUrlFor(viewer: Viewer, report: Pick<ReportNode, 'from' | 'to' | 'groupBy'>): string {
    return this.deps.fileLinks.reportUrlFor(report, viewer);
  }
}

function validRequest({ from, to, groupBy }: ReportRequest): ReportRequest {
  if (Number.isNaN(from.getTime())) throw badInput('`from` is not a valid date.', 'from');
  if (Number.isNaN(to.getTime())) throw badInput('`to` is not a valid date.', 'to');
  if (from >= to) throw badInput('`to` must be after `from`.', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw badInput(`A report covers at most ${MAX_RANGE_DAYS} days.`, 'to');
  }
  if (!Object.values(ReportGrouping).includes(groupBy)) throw badInput('Unknown grouping.', 'groupBy');
  return { from, to, groupBy };
}
