import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { isUuid } from '../../input/text-rules';
import { Admin } from '../admin/admin.entity';
import { FileAttachment } from './file.entity';
import { ApiKey } from '../api-key/api-key.entity';
import { KEY_ACCESS } from '../api-key/api-scope';

/**
 * Serves `/files/:id` for a valid signed link whose reader may still see the file's session.
 * The bytes go out with the sniffed type and headers that stop a browser from running them.
 */
export function fileDownloadHandler(deps: Pick<AppDeps, 'orm' | 'storage' | 'fileLinks'>): RequestHandler {
  return async (req, res, next) => {
    try {
      const fileId = String(req.params.id);
      if (!isUuid(fileId)) return void res.status(404).json({ error: 'not found' });
      const link = deps.fileLinks.check(fileId, req.query as Record<string, unknown>);
      if (!link.ok) return void res.status(403).json({ error: `link ${link.reason}` });
      const em = deps.orm.em.fork();
      const file = await em.findOne(FileAttachment, fileId, { populate: ['session'] });
      const readerMaySee =
        file &&
        (link.reader.role === 'CUSTOMER'
          ? file.session.getEntity().customer.id === link.reader.id
          : link.reader.role === 'API_KEY'
            ? await keyReadsChats(em, link.reader.id)
            : (await em.count(Admin, link.reader.id)) === 1);
      if (!file || !readerMaySee || !(await deps.storage.exists(file.id))) {
        return void res.status(404).json({ error: 'not found' });
      }
      const inline = file.mimeType.startsWith('image/');
      res.set({
        'Content-Type': file.mimeType,
        'Content-Length': String(file.size),
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Cache-Control': 'private, max-age=300',
        'Referrer-Policy': 'no-referrer',
      });
      deps.storage.read(file.id).on('error', next).pipe(res);
    } catch (error) {
      next(error);
    }
  };
}

/** A key's link works while the key is not revoked and may still read chats. */
async function keyReadsChats(em: EntityManager, apiKeyId: string): Promise<boolean> {
  const key = await em.findOne(ApiKey, { id: apiKeyId, revokedAt: null }, { fields: ['scopes'] });
  return Boolean(key?.scopes.includes(KEY_ACCESS.fileDownload));
}
