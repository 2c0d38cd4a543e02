import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { AppDeps } from '../../app-deps';
import { sendAttachment } from '../../http/attachment';
import type { Viewer } from '../../auth/viewer';
import { ApiKey } from '../api-key/api-key.entity';
import { toApiKeyViewer } from '../api-key/api-key-lookup';
import type { FileLinkReader } from '../file/file-links';
import { ReportService } from './report.service';
import { reportCsv } from './report.csv';
import type { ReportGrouping } from './report.types';

/** The link's reader as a viewer, so that who may read reports is decided exactly as for a request. */
async function viewerOf(em: EntityManager, reader: FileLinkReader): Promise<Viewer | null> {
  if (reader.role === 'ADMIN') return { role: 'ADMIN', adminId: reader.id, tokenId: 'report-link', expiresAt: 0 };
  if (reader.role !== 'API_KEY') return null;
  const key = await em.findOne(ApiKey, { id: reader.id, revokedAt: null });
  return key && toApiKeyViewer(key);
}

/**
 * Serves `/reports/csv` for a valid signed link whose reader may still read reports: the same
 * query as `report` with the signed range and grouping, as CSV.
 */
export function reportDownloadHandler(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const link = deps.fileLinks.checkReport(req.query as Record<string, unknown>);
      if (!link.ok) return void res.status(403).json({ error: `link ${link.reason}` });
      const em = deps.orm.em.fork();
      const viewer = await viewerOf(em, link.reader);
      const { from, to, groupBy } = link.request;
      // The reader's role is read again: a SUPERVISOR made an AGENT since gets nothing.
      const report =
        viewer &&
        (await new ReportService(() => em, deps).report(viewer, { from, to, groupBy: groupBy as ReportGrouping }).catch((error: unknown) => {
          if (error instanceof GraphQLError) return null;
          throw error;
        }));
      if (!report) return void res.status(403).json({ error: 'forbidden' });
      // The first and the last day of the range, as the desk counts days.
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: report.timezone });
      const filename = `laporan-${groupBy.toLowerCase()}-${day.format(from)}-${day.format(to.getTime() - 1)}.csv`;
      sendAttachment(res, 'text/csv; charset=utf-8; header=present', filename, reportCsv(report));
    } catch (error) {
      next(error);
    }
  };
}
