import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** What every authenticator app assumes: RFC 6238's defaults. */
const TOTP_PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** One step either side: a phone's clock a little off, or a code typed as it changed. */
const WINDOW = 1;
const ISSUER = 'Livechat OSS';

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: a code read off paper is typed right. 31 symbols, 16 of them: about 79 bits. */
const RECOVERY_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const RECOVERY_CODE_LENGTH = 16;

/** A new 160-bit secret (RFC 4226's recommended length), as the base32 text authenticator apps take. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export function otpauthUrl(secret: string, email: string): string {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secret), ...TOTP_PARAMETERS }).toString();
}

/** A TOTP code is six digits; spaces (as apps show it, "123 456") are ignored. */
export const asTotpCode = (code: string): string | null => {
  const digits = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
};

/** The 30-second step whose code `code` is, within one step of `now`; null for a wrong code. */
export function stepOfCode(secret: string, code: string, now = Date.now()): number | null {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), ...TOTP_PARAMETERS, timestamp: now, window: WINDOW });
  return delta === null ? null : TOTP.counter({ period: TOTP_PARAMETERS.period, timestamp: now }) + delta;
}

/** Shown to the agent once, as `xxxx-xxxx-xxxx-xxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const symbols = Array.from({ length: RECOVERY_CODE_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return symbols.join('').replace(/(.{4})(?!$)/g, '$1-');
  });
}

/**
 * Unsalted SHA-256 is enough for codes of about 79 random bits (no dictionary to try), and lets
 * a code be found by its hash in one indexed statement. Case, spaces and dashes do not matter.
 */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[\s-]+/g, '')).digest('hex');
}
