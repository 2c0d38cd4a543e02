import { createHmac, timingSafeEqual } from 'node:crypto';
import { accountIdOf, type Viewer } from '../../auth/viewer';

const LINK_LIFETIME_SECONDS = 15 * 60;
/** Expiry is rounded up to this step, so a link stays the same between re-renders and caches well. */
const EXPIRY_STEP_SECONDS = 5 * 60;

export interface FileLinkReader {
  role: Viewer['role'];
  id: string;
}

export type FileLinkCheck = { ok: true; reader: FileLinkReader } | { ok: false; reason: 'invalid' | 'expired' };

/** Which copy of a transcript a link opens: the visitor's has no internal notes. */
export type TranscriptVariant = 'customer' | 'staff';

/** What a report link asks for, as `report` takes it. */
export interface ReportLinkRequest {
  from: Date;
  to: Date;
  groupBy: string;
}

export type ReportLinkCheck = { ok: true; reader: FileLinkReader; request: ReportLinkRequest } | { ok: false; reason: 'invalid' | 'expired' };

export type TranscriptLinkCheck =
  | { ok: true; reader: FileLinkReader; variant: TranscriptVariant }
  | { ok: false; reason: 'invalid' | 'expired' };

const variantFor = (role: Viewer['role']): TranscriptVariant => (role === 'CUSTOMER' ? 'customer' : 'staff');

/**
 * Short-lived download links, signed for one reader. The download checks again that this reader
 * may see the file's session, so a leaked link is useless to anyone else after it expires, and
 * never opens another session's file. Transcript links are signed the same way, with their copy
 * (customer or staff) in what is signed, so a visitor's link cannot be turned into the desk's.
 */
export function createFileLinks(secret: string, baseUrl: () => string) {
  const key = createHmac('sha256', secret).update('livechat-oss file links').digest();
  const signature = (subject: string, reader: string, expires: number) =>
    createHmac('sha256', key).update(`${subject}|${reader}|${expires}`).digest('base64url');

  function signedQuery(subject: string, viewer: Viewer, now: number, extra: Record<string, string> = {}): URLSearchParams {
    const reader = `${viewer.role}:${accountIdOf(viewer)}`;
    const earliest = Math.floor(now / 1000) + LINK_LIFETIME_SECONDS;
    const expires = Math.ceil(earliest / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
    return new URLSearchParams({ ...extra, r: reader, e: String(expires), s: signature(subject, reader, expires) });
  }

  function checkSigned(subject: string, query: Record<string, unknown>, now: number): FileLinkCheck {
    const { r: reader, e: expiresText, s: given } = query;
    if (typeof reader !== 'string' || typeof expiresText !== 'string' || typeof given !== 'string') {
      return { ok: false, reason: 'invalid' };
    }
    const expires = Number(expiresText);
    const expected = Buffer.from(signature(subject, reader, expires));
    const actual = Buffer.from(given);
    if (!Number.isInteger(expires) || actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      return { ok: false, reason: 'invalid' };
    }
    if (expires * 1000 < now) return { ok: false, reason: 'expired' };
    const [role, id] = reader.split(':');
    if ((role !== 'ADMIN' && role !== 'CUSTOMER' && role !== 'API_KEY') || !id) return { ok: false, reason: 'invalid' };
    return { ok: true, reader: { role, id } };
  }

  // A file id is a uuid, so no file's subject can equal a transcript's.
  const transcriptSubject = (sessionId: string, variant: string) => `transcript:${sessionId}:${variant}`;
  const reportSubject = (from: string, to: string, groupBy: string) => `report:${from}:${to}:${groupBy}`;

  return {
    urlFor(fileId: string, viewer: Viewer, now = Date.now()): string {
      return `${baseUrl()}/files/${fileId}?${signedQuery(fileId, viewer, now)}`;
    },

    check(fileId: string, query: Record<string, unknown>, now = Date.now()): FileLinkCheck {
      return checkSigned(fileId, query, now);
    },

    /** The viewer's copy: a visitor's never holds the notes. */
    transcriptUrlFor(sessionId: string, viewer: Viewer, now = Date.now()): string {
      const variant = variantFor(viewer.role);
      return `${baseUrl()}/transcripts/${sessionId}?${signedQuery(transcriptSubject(sessionId, variant), viewer, now, { v: variant })}`;
    },

    checkTranscript(sessionId: string, query: Record<string, unknown>, now = Date.now()): TranscriptLinkCheck {
      const { v: variant } = query;
      if (variant !== 'customer' && variant !== 'staff') return { ok: false, reason: 'invalid' };
      const link = checkSigned(transcriptSubject(sessionId, variant), query, now);
      if (!link.ok) return link;
      if (variantFor(link.reader.role) !== variant) return { ok: false, reason: 'invalid' };
      return { ...link, variant };
    },

    /** A report's CSV: the range and grouping are signed with the reader, so none can be changed. */
    reportUrlFor(request: ReportLinkRequest, viewer: Viewer, now = Date.now()): string {
      const [from, to] = [request.from.toISOString(), request.to.toISOString()];
      const query = signedQuery(reportSubject(from, to, request.groupBy), viewer, now, { from, to, groupBy: request.groupBy });
      return `${baseUrl()}/reports/csv?${query}`;
    },

    checkReport(query: Record<string, unknown>, now = Date.now()): ReportLinkCheck {
      const { from, to, groupBy } = query;
      if (typeof from !== 'string' || typeof to !== 'string' || typeof groupBy !== 'string') return { ok: false, reason: 'invalid' };
      const link = checkSigned(reportSubject(from, to, groupBy), query, now);
      if (!link.ok) return link;
      return { ...link, request: { from: new Date(from), to: new Date(to), groupBy } };
    },
  };
}

export type FileLinks = ReturnType<typeof createFileLinks>;
