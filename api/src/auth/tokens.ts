import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Viewer, ViewerRole } from './viewer';

const ISSUER = 'livechat-oss';
const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {}

export interface VerifiedToken {
  viewer: Viewer;
  /** Seconds since the epoch, with milliseconds, so a password change can tell tokens of the same second apart. */
  issuedAt: number;
}

export interface TokenSigner {
  sign(role: ViewerRole, subject: string): Promise<{ token: string; viewer: Viewer }>;
  verify(token: string): Promise<VerifiedToken>;
}

export function createTokenSigner(secret: string, ttlSeconds: Record<ViewerRole, number>): TokenSigner {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(role, subject) {
      const tokenId = randomUUID();
      const issuedAt = Date.now() / 1000;
      const expiresAt = Math.floor(issuedAt) + ttlSeconds[role];
      const token = await new SignJWT({ role })
        .setProtectedHeader({ alg: ALGORITHM })
        .setSubject(subject)
        .setJti(tokenId)
        .setIssuer(ISSUER)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(key);
      return { token, viewer: toViewer(role, subject, tokenId, expiresAt) };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], issuer: ISSUER });
        const role = payload.role;
        if ((role !== 'ADMIN' && role !== 'CUSTOMER') || !payload.sub || !payload.jti || !payload.exp) {
          throw new InvalidTokenError('token is missing claims');
        }
        return { viewer: toViewer(role, payload.sub, payload.jti, payload.exp), issuedAt: payload.iat ?? 0 };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code);
        throw error;
      }
    },
  };
}

function toViewer(role: ViewerRole, subject: string, tokenId: string, expiresAt: number): Viewer {
  return role === 'ADMIN'
    ? { role, adminId: subject, tokenId, expiresAt }
    : { role, customerId: subject, tokenId, expiresAt };
}

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
