import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CustomerViewer, Viewer } from '../../auth/viewer';
import type { PreparedStatement, Sql } from '../../db/sql';
import { appError, badInput } from '../../errors/app-error';
import { isPlainText } from '../../input/text-rules';

export const MAX_EXTERNAL_ID_LENGTH = 200;

/** What a host site signs on its server: `hex(HMAC-SHA256(IDENTITY_SECRET, externalId))`. */
export const identityHash = (secret: string, externalId: string) => createHmac('sha256', secret).update(externalId, 'utf8').digest('hex');

/**
 * The externalId, once its hash is proved to be the host site's signature of it. Refused with
 * FORBIDDEN before anything is stored: without IDENTITY_SECRET (reason IDENTITY_NOT_CONFIGURED), or
 * with a hash that is not this id's (reason IDENTITY_INVALID), such as one replayed from another id.
 */
export function verifiedExternalId(secret: string | undefined, externalId: string, hash: string | null | undefined): string {
  if (!externalId || !isPlainText(externalId) || [...externalId].length > MAX_EXTERNAL_ID_LENGTH) {
    throw badInput(`The externalId is 1 to ${MAX_EXTERNAL_ID_LENGTH} characters of text.`, 'externalId');
  }
  if (!secret) {
    throw appError('FORBIDDEN', 'This help desk does not verify visitors: set IDENTITY_SECRET on the server first.', { reason: 'IDENTITY_NOT_CONFIGURED' });
  }
  const expected = Buffer.from(identityHash(secret, externalId), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(hash ?? '') ? hash! : '', 'hex');
  // Compared in constant time, so the hash cannot be guessed a byte at a time.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw appError('FORBIDDEN', 'The identity hash does not match this user: sign the externalId with IDENTITY_SECRET on your server.', { reason: 'IDENTITY_INVALID' });
  }
  return externalId;
}

const IDENTITY_REFUSED: PreparedStatement = {
  name: 'identity-refused',
  text: `select s.identity_required and not coalesce((select c.verified from customer c where c.id = $1::uuid), false) as refused
           from settings s where s.id = 1`,
};

/**
 * With `Settings.identityRequired`, only a verified visitor may start a chat or write: any other
 * visitor (and an anonymous one) is FORBIDDEN with reason IDENTITY_REQUIRED. Agents and API keys pass.
 */
export async function requireIdentityWhereRequired(sql: Sql, viewer: Viewer | null): Promise<void> {
  if (viewer && viewer.role !== 'CUSTOMER') return;
  const [row] = await sql.run<{ refused: boolean }>(IDENTITY_REFUSED, [(viewer as CustomerViewer | null)?.customerId ?? null]);
  if (row?.refused) throw identityRequired();
}

export const identityRequired = () =>
  appError('FORBIDDEN', 'This help desk chats only with signed-in users: sign in on the website first.', { reason: 'IDENTITY_REQUIRED' });
