import Redis from 'ioredis';
import pino from 'pino';
import { startThrowawayRedis, waitFor, type ThrowawayRedis } from '../../test/faults/throwaway-services';
import { TEST_REDIS_URL, uniqueRedisPrefix } from '../../test/support/test-app';
import { createAuthenticator } from './authenticator';
import { createMirroredRevocationStore, type RevocationStore } from './revocation';
import { createTokenSigner, type VerifiedToken } from './tokens';

const logger = pino({ level: 'silent' });
const signer = createTokenSigner('a-test-secret-that-is-long-enough-0123456789', { ADMIN: 3600, CUSTOMER: 3600 });

async function tokenOf(role: 'ADMIN' | 'CUSTOMER', id: string): Promise<VerifiedToken> {
  const { token } = await signer.sign(role, id);
  return signer.verify(token);
}

/** The copy in memory answers at once; Redis answers with a promise (left to fail quietly here). */
const answersFromMemory = (store: RevocationStore, token: VerifiedToken) => {
  const answer = store.isRevoked(token);
  if (typeof answer === 'boolean') return true;
  answer.catch(() => {});
  return false;
};

describe('revocations mirrored in memory on every instance', () => {
  const clients: Redis[] = [];
  const stores: RevocationStore[] = [];
  const instance = (url: string, prefix: string) => {
    const redis = new Redis(url, { maxRetriesPerRequest: 1 });
    redis.on('error', () => {});
    const store = createMirroredRevocationStore(redis, prefix, logger);
    clients.push(redis);
    stores.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const redis of clients.splice(0)) redis.disconnect();
  });

  it("answers from memory once whole, and sees another instance's logout and password change", async () => {
    const prefix = uniqueRedisPrefix();
    const [a, b] = [instance(TEST_REDIS_URL, prefix), instance(TEST_REDIS_URL, prefix)];
    const agent = await tokenOf('ADMIN', '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71');
    const otherAgent = await tokenOf('ADMIN', '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    const visitor = await tokenOf('CUSTOMER', 'c6f1f2a4-5a4e-4d8e-9a52-3a5d1f1e2b3c');
    await waitFor(() => answersFromMemory(b, visitor), 5000, 'b to mirror');
    expect(b.isRevoked(visitor)).toBe(false);

    await a.revoke(visitor.viewer.tokenId, visitor.viewer.expiresAt);
    expect(a.isRevoked(visitor)).toBe(true);
    await waitFor(() => b.isRevoked(visitor) === true, 1000, 'b to see the logout');

    const later = { ...(await tokenOf('ADMIN', '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71')), issuedAt: Date.now() / 1000 + 10 };
    await a.revokeAdminTokens({ adminId: '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71', issuedBefore: Date.now() / 1000, keptTokenId: 'kept', ttlSeconds: 3600 });
    await waitFor(() => b.isRevoked(agent) === true, 1000, 'b to see the password change');
    expect(b.isRevoked(later)).toBe(false);
    expect(b.isRevoked(otherAgent)).toBe(false);
  });

  it('loads the revocations made before it started', async () => {
    const prefix = uniqueRedisPrefix();
    const a = instance(TEST_REDIS_URL, prefix);
    const visitor = await tokenOf('CUSTOMER', 'c6f1f2a4-5a4e-4d8e-9a52-3a5d1f1e2b3c');
    const agent = await tokenOf('ADMIN', '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71');
    await a.revoke(visitor.viewer.tokenId, visitor.viewer.expiresAt);
    await a.revokeAdminTokens({ adminId: '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71', issuedBefore: Date.now() / 1000 + 1, keptTokenId: 'kept', ttlSeconds: 3600 });
    const late = instance(TEST_REDIS_URL, prefix);
    await waitFor(() => answersFromMemory(late, visitor), 5000, 'the late instance to mirror');
    expect(late.isRevoked(visitor)).toBe(true);
    expect(late.isRevoked(agent)).toBe(true);
  });

  describe('when Redis goes away', () => {
    let redis: ThrowawayRedis;
    beforeAll(async () => {
      redis = await startThrowawayRedis();
    });
    afterAll(() => redis.stop());

    it('stops trusting its copy, and trusts it again once it is whole after the restart', async () => {
      const prefix = uniqueRedisPrefix();
      const store = instance(redis.url, prefix);
      const visitor = await tokenOf('CUSTOMER', 'c6f1f2a4-5a4e-4d8e-9a52-3a5d1f1e2b3c');
      await waitFor(() => answersFromMemory(store, visitor), 5000, 'the store to mirror');
      await redis.stop();
      await waitFor(() => !answersFromMemory(store, visitor), 2000, 'the store to distrust its copy');
      (store.isRevoked(visitor) as Promise<boolean>).catch(() => {});
      await redis.start();
      await waitFor(() => answersFromMemory(store, visitor), 10_000, 'the store to mirror again');
      const peer = instance(redis.url, prefix);
      await peer.revoke(visitor.viewer.tokenId, visitor.viewer.expiresAt);
      await waitFor(() => store.isRevoked(visitor) === true, 1000, 'the revocation after the restart');
    }, 20_000);

    // A token revoked before the outage was checked on Redis alone, failed to answer, and was
    // accepted on its signature again.
    it('keeps refusing, through the outage, the tokens revoked before it; only the rest are accepted unchecked', async () => {
      const prefix = uniqueRedisPrefix();
      const store = instance(redis.url, prefix);
      const authenticator = createAuthenticator(signer, store);
      const loggedOut = await signer.sign('CUSTOMER', 'c6f1f2a4-5a4e-4d8e-9a52-3a5d1f1e2b3c');
      const signedOutElsewhere = await signer.sign('ADMIN', '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71');
      const stillGood = await signer.sign('CUSTOMER', '5e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b');
      await waitFor(() => answersFromMemory(store, { viewer: stillGood.viewer, issuedAt: 0 }), 5000, 'the store to mirror');
      await store.revoke(loggedOut.viewer.tokenId, loggedOut.viewer.expiresAt);
      await store.revokeAdminTokens({
        adminId: signedOutElsewhere.viewer.role === 'ADMIN' ? signedOutElsewhere.viewer.adminId : '',
        issuedBefore: Date.now() / 1000 + 1,
        keptTokenId: 'kept',
        ttlSeconds: 3600,
      });

      await redis.stop();
      await waitFor(() => !answersFromMemory(store, { viewer: stillGood.viewer, issuedAt: 0 }), 2000, 'the store to distrust its copy');
      await expect(authenticator.authenticate(loggedOut.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      await expect(authenticator.authenticate(signedOutElsewhere.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      await expect(authenticator.authenticate(stillGood.token)).resolves.toEqual(stillGood.viewer);
      await redis.start();
    }, 20_000);
  });
});
