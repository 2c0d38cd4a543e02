import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Viewer } from '../../auth/viewer';

const LINK_LIFETIME_SECONDS = 15 * 60;
/** Expiry is rounded up to this step, so a link stays the same between re-renders and caches well. */
const EXPIRY_STEP_SECONDS = 5 * 60;

export interface FileLinkReader {
  role: Viewer['role'];
  id: string;
}

export type FileLinkCheck = { ok: true; reader: FileLinkReader } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Short-lived download links, signed for one reader. The download checks again that this reader
 * may see the file's session, so a leaked link is useless to anyone else after it expires, and
 * never opens another session's file.
 */
export function createFileLinks(secret: string, baseUrl: () => string) {
  const key = createHmac('sha256', secret).update('livechat-oss file links').digest();
  const signature = (fileId: string, reader: string, expires: number) =>
    createHmac('sha256', key).update(`${fileId}|${reader}|${expires}`).digest('base64url');

  return {
    urlFor(fileId: string, viewer: Viewer, now = Date.now()): string {
      const reader = `${viewer.role}:${viewer.role === 'ADMIN' ? viewer.adminId : viewer.customerId}`;
      const earliest = Math.floor(now / 1000) + LINK_LIFETIME_SECONDS;
      const expires = Math.ceil(earliest / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
      const query = new URLSearchParams({ r: reader, e: String(expires), s: signature(fileId, reader, expires) });
      return `${baseUrl()}/files/${fileId}?${query}`;
    },

    check(fileId: string, query: Record<string, unknown>, now = Date.now()): FileLinkCheck {
      const { r: reader, e: expiresText, s: given } = query;
      if (typeof reader !== 'string' || typeof expiresText !== 'string' || typeof given !== 'string') {
        return { ok: false, reason: 'invalid' };
      }
      const expires = Number(expiresText);
      const expected = Buffer.from(signature(fileId, reader, expires));
      const actual = Buffer.from(given);
      if (!Number.isInteger(expires) || actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
        return { ok: false, reason: 'invalid' };
      }
      if (expires * 1000 < now) return { ok: false, reason: 'expired' };
      const [role, id] = reader.split(':');
      if ((role !== 'ADMIN' && role !== 'CUSTOMER') || !id) return { ok: false, reason: 'invalid' };
      return { ok: true, reader: { role, id } };
    },
  };
}

export type FileLinks = ReturnType<typeof createFileLinks>;
