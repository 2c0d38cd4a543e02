import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { isUuid } from '../../input/text-rules';
import { Admin, AdminRole } from '../admin/admin.entity';
import { exportCustomer } from './customer-export';

/**
 * Serves `/exports/:customerId` for a valid signed link whose ADMIN is still an active ADMIN:
 * the customer's data as a JSON attachment, read when it is downloaded.
 */
export function exportDownloadHandler(deps: Pick<AppDeps, 'orm' | 'exportLinks' | 'fileLinks'>): RequestHandler {
  return async (req, res, next) => {
    try {
      const customerId = String(req.params.id);
      if (!isUuid(customerId)) return void res.status(404).json({ error: 'not found' });
      const link = deps.exportLinks.check(customerId, req.query as Record<string, unknown>);
      if (!link.ok) return void res.status(403).json({ error: `link ${link.reason}` });
      const em = deps.orm.em.fork();
      const admin = await em.findOne(Admin, { id: link.adminId, disabled: false, role: AdminRole.ADMIN });
      if (!admin) return void res.status(403).json({ error: 'link invalid' });
      const reader = { role: 'ADMIN' as const, adminId: admin.id, tokenId: 'export-link', expiresAt: 0 };
      const data = await exportCustomer(em, customerId, { files: deps.fileLinks, reader, issuedAt: link.issuedAt });
      if (!data) return void res.status(404).json({ error: 'not found' });
      res.set({
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="data-pelanggan-${customerId}.json"`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Cache-Control': 'private, no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.send(JSON.stringify(data, null, 2));
    } catch (error) {
      next(error);
    }
  };
}
