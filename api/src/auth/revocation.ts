import type Redis from 'ioredis';

/**
 * Revoked token ids, kept until the token would have expired anyway. With Redis every instance
 * sees a revocation at once; without it there is only one instance.
 */
export interface RevocationStore {
  revoke(tokenId: string, expiresAt: number): Promise<void>;
  isRevoked(tokenId: string): Promise<boolean>;
}

export function createRedisRevocationStore(redis: Redis, prefix: string): RevocationStore {
  return {
    async revoke(tokenId, expiresAt) {
      const ttl = Math.max(1, expiresAt - Math.floor(Date.now() / 1000));
      await redis.set(`${prefix}revoked-token:${tokenId}`, '1', 'EX', ttl);
    },
    async isRevoked(tokenId) {
      return (await redis.exists(`${prefix}revoked-token:${tokenId}`)) === 1;
    },
  };
}

export function createMemoryRevocationStore(): RevocationStore {
  const revoked = new Map<string, number>();
  return {
    async revoke(tokenId, expiresAt) {
      revoked.set(tokenId, expiresAt);
      const now = Math.floor(Date.now() / 1000);
      for (const [id, expiry] of revoked) if (expiry < now) revoked.delete(id);
    },
    async isRevoked(tokenId) {
      return revoked.has(tokenId);
    },
  };
}
