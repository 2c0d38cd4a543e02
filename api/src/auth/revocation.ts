import type Redis from 'ioredis';
import type { VerifiedToken } from './tokens';

/** Every token of `adminId` signed before `issuedBefore` (seconds) stops working, except `keptTokenId`. */
export interface AdminTokensRevocation {
  adminId: string;
  issuedBefore: number;
  keptTokenId: string;
  /** How long older tokens can still be alive: the admin token lifetime. */
  ttlSeconds: number;
}

/** Tells every instance to close the sockets that the revoked tokens of an agent opened. */
export interface AdminTokensRevokedPayload {
  adminId: string;
  keptTokenId: string;
}

declare module '../pubsub/topics' {
  interface TopicPayloads {
    ADMIN_TOKENS_REVOKED: AdminTokensRevokedPayload;
  }
}

/**
 * Revoked token ids, and per agent the time before which its tokens were revoked (by a password
 * change), kept until those tokens would have expired anyway. With Redis every instance sees a
 * revocation at once; without it there is only one instance.
 */
export interface RevocationStore {
  revoke(tokenId: string, expiresAt: number): Promise<void>;
  revokeAdminTokens(revocation: AdminTokensRevocation): Promise<void>;
  isRevoked(token: VerifiedToken): Promise<boolean>;
}

type AdminCutoff = Pick<AdminTokensRevocation, 'issuedBefore' | 'keptTokenId'>;

function revokedByCutoff({ viewer, issuedAt }: VerifiedToken, cutoff: AdminCutoff | null | undefined): boolean {
  return Boolean(cutoff && issuedAt < cutoff.issuedBefore && viewer.tokenId !== cutoff.keptTokenId);
}

export function createRedisRevocationStore(redis: Redis, prefix: string): RevocationStore {
  const tokenKey = (tokenId: string) => `${prefix}revoked-token:${tokenId}`;
  const adminKey = (adminId: string) => `${prefix}admin-tokens-revoked:${adminId}`;
  return {
    async revoke(tokenId, expiresAt) {
      const ttl = Math.max(1, expiresAt - Math.floor(Date.now() / 1000));
      await redis.set(tokenKey(tokenId), '1', 'EX', ttl);
    },
    async revokeAdminTokens({ adminId, issuedBefore, keptTokenId, ttlSeconds }) {
      const cutoff: AdminCutoff = { issuedBefore, keptTokenId };
      await redis.set(adminKey(adminId), JSON.stringify(cutoff), 'EX', ttlSeconds);
    },
    async isRevoked(token) {
      const { viewer } = token;
      if (viewer.role !== 'ADMIN') return (await redis.exists(tokenKey(viewer.tokenId))) === 1;
      const [revoked, cutoff] = await redis.mget(tokenKey(viewer.tokenId), adminKey(viewer.adminId));
      return revoked !== null || revokedByCutoff(token, cutoff ? (JSON.parse(cutoff) as AdminCutoff) : null);
    },
  };
}

export function createMemoryRevocationStore(): RevocationStore {
  const revoked = new Map<string, number>();
  const cutoffs = new Map<string, AdminCutoff & { expiresAt: number }>();
  const now = () => Math.floor(Date.now() / 1000);
  return {
    async revoke(tokenId, expiresAt) {
      revoked.set(tokenId, expiresAt);
      for (const [id, expiry] of revoked) if (expiry < now()) revoked.delete(id);
    },
    async revokeAdminTokens({ adminId, issuedBefore, keptTokenId, ttlSeconds }) {
      cutoffs.set(adminId, { issuedBefore, keptTokenId, expiresAt: now() + ttlSeconds });
      for (const [id, cutoff] of cutoffs) if (cutoff.expiresAt < now()) cutoffs.delete(id);
    },
    async isRevoked(token) {
      const { viewer } = token;
      if (revoked.has(viewer.tokenId)) return true;
      return viewer.role === 'ADMIN' && revokedByCutoff(token, cutoffs.get(viewer.adminId));
    },
  };
}
