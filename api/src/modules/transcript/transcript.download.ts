import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { sendAttachment } from '../../http/attachment';
import type { Viewer } from '../../auth/viewer';
import { isUuid } from '../../input/text-rules';
import { ChatSessionService } from '../chat-session/chat-session.service';
import type { FileLinkReader } from '../file/file-links';
import { readTranscript } from './transcript';
import { AuditTrail, auditActorOf } from '../audit/audit-trail';

/** The link's reader as a viewer, so that who may read the chat is decided exactly as for a request. */
const viewerOf = (reader: FileLinkReader): Viewer | null =>
  reader.role === 'CUSTOMER'
    ? { role: 'CUSTOMER', customerId: reader.id, tokenId: 'transcript-link', expiresAt: 0 }
    : reader.role === 'ADMIN'
      ? { role: 'ADMIN', adminId: reader.id, tokenId: 'transcript-link', expiresAt: 0 }
      : null; // API keys get no transcript links

/**
 * Serves `/transcripts/:id` for a valid signed link whose reader may still see the chat: the
 * conversation as text, times in the desk's time zone; the visitor's copy without the notes.
 */
export function transcriptDownloadHandler(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const sessionId = String(req.params.id);
      if (!isUuid(sessionId)) return void res.status(404).json({ error: 'not found' });
      const link = deps.fileLinks.checkTranscript(sessionId, req.query as Record<string, unknown>);
      if (!link.ok) return void res.status(403).json({ error: `link ${link.reason}` });
      const em = deps.orm.em.fork();
      const audit = new AuditTrail(auditActorOf(viewerOf(link.reader)), req.ip ?? null);
      const reader = viewerOf(link.reader);
      const session = reader && (await new ChatSessionService(() => em, deps, audit).findVisible(reader, sessionId).catch(() => null));
      if (!session) return void res.status(404).json({ error: 'not found' });
      // An agent downloading a chat reads its customer, as opening it in the console does.
      await audit.recordRead(deps.sql, session.customer.id, { sessionId: session.id, via: 'TRANSCRIPT' });
      const { filename, text } = await readTranscript(em, session, link.variant);
      sendAttachment(res, 'text/plain; charset=utf-8', filename, text);
    } catch (error) {
      next(error);
    }
  };
}
