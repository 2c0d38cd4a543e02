import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { isUuid } from '../../input/text-rules';
import { ChatSessionService } from '../chat-session/chat-session.service';
import { Customer } from '../customer/customer.entity';
import { Message } from '../message/message.entity';
import { currentSettings } from '../settings/settings.service';
import type { FileLinkReader } from '../file/file-links';
import { transcriptText } from './transcript.text';

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** The link's reader as a viewer, so that who may read the chat is decided exactly as for a request. */
const viewerOf = (reader: FileLinkReader): Viewer =>
  reader.role === 'CUSTOMER'
    ? { role: 'CUSTOMER', customerId: reader.id, tokenId: 'transcript-link', expiresAt: 0 }
    : { role: 'ADMIN', adminId: reader.id, tokenId: 'transcript-link', expiresAt: 0 };

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
      const session = await new ChatSessionService(() => em, deps).findVisible(viewerOf(link.reader), sessionId).catch(() => null);
      if (!session) return void res.status(404).json({ error: 'not found' });
      const [customer, messages, settings] = await Promise.all([
        em.findOneOrFail(Customer, session.customer.id),
        em.find(
          Message,
          { session: session.id, ...(link.variant === 'customer' ? { internal: false } : {}) },
          { populate: ['file'], orderBy: { id: 'asc' } },
        ),
        currentSettings(em),
      ]);
      const text = transcriptText({
        customerName: customer.name,
        startedAt: session.createdAt,
        timeZone: settings.businessHours?.timezone || DEFAULT_TIME_ZONE,
        lines: messages.map((message) => ({
          sender: message.sender,
          senderName: message.senderName,
          text: message.text,
          filename: message.file?.getEntity().filename ?? null,
          internal: message.internal,
          createdAt: message.createdAt,
        })),
      });
      res.set({
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="transkrip-${session.createdAt.toISOString().slice(0, 10)}-${session.id.slice(0, 8)}.txt"`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Cache-Control': 'private, no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.send(text);
    } catch (error) {
      next(error);
    }
  };
}
