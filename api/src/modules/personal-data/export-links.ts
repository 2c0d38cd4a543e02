import { createHmac, timingSafeEqual } from 'node:crypto';

/** As file links: 15 minutes, rounded up to the next 5, so an export's file links expire with it. */
const LINK_LIFETIME_SECONDS = 15 * 60;
const EXPIRY_STEP_SECONDS = 5 * 60;

export interface ExportLink {
  url: string;
  expiresAt: Date;
}

export type ExportLinkCheck = { ok: true; adminId: string; issuedAt: number } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Short-lived links to a customer's data export (`/exports/:customerId`), signed for the ADMIN who
 * asked. What is signed holds the time it was issued, from which the export's file links are
 * signed to expire with it.
 */
export function createExportLinks(secret: string, baseUrl: () => string) {
  const key = createHmac('sha256', secret).update('livechat-oss data exports').digest();
  const signature = (customerId: string, adminId: string, issuedAt: number, expires: number) =>
    createHmac('sha256', key).update(`${customerId}|${adminId}|${issuedAt}|${expires}`).digest('base64url');

  return {
    urlFor(customerId: string, adminId: string, now = Date.now()): ExportLink {
      const expires = expiryOf(now);
      const query = new URLSearchParams({ r: adminId, i: String(now), e: String(expires), s: signature(customerId, adminId, now, expires) });
      return { url: `${baseUrl()}/exports/${customerId}?${query}`, expiresAt: new Date(expires * 1000) };
    },

    check(customerId: string, query: Record<string, unknown>, now = Date.now()): ExportLinkCheck {
      const { r: adminId, i: issuedText, e: expiresText, s: given } = query;
      if (typeof adminId !== 'string' || typeof issuedText !== 'string' || typeof expiresText !== 'string' || typeof given !== 'string') {
        return { ok: false, reason: 'invalid' };
      }
      const issuedAt = Number(issuedText);
      const expires = Number(expiresText);
      const expected = Buffer.from(signature(customerId, adminId, issuedAt, expires));
      const actual = Buffer.from(given);
      if (!Number.isInteger(issuedAt) || !Number.isInteger(expires) || actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
        return { ok: false, reason: 'invalid' };
      }
      if (expires * 1000 < now) return { ok: false, reason: 'expired' };
      return { ok: true, adminId, issuedAt };
    },
  };
}

export type ExportLinks = ReturnType<typeof createExportLinks>;

function expiryOf(now: number): number {
  const earliest = Math.floor(now / 1000) + LINK_LIFETIME_SECONDS;
  return Math.ceil(earliest / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
}
