import type Redis from 'ioredis';
import type { Logger } from 'pino';
import type { VerifiedToken } from './tokens';
import { accountIdOf } from './viewer';

/**
 * Every token of `adminId` signed before `issuedBefore` (seconds) stops working, except `keptTokenId`.
 * A visitor's id works the same (a block); a later cutoff replaces an earlier one, so `issuedBefore: 0`
 * lifts it (an unblock).
 */
export interface AdminTokensRevocation {
  adminId: string;
  issuedBefore: number;
  keptTokenId: string;
  /** How long older tokens can still be alive: the admin token lifetime. */
  ttlSeconds: number;
}

/**
 * Revoked token ids, and per agent the time before which its tokens were revoked (by a password
 * change), kept until those tokens would have expired anyway. With Redis every instance sees a
 * revocation at once; without it there is only one instance. `isRevoked` answers synchronously
 * where it can, which spares a request a timer and a promise.
 */
export interface RevocationStore {
  revoke(tokenId: string, expiresAt: number): Promise<void>;
  revokeAdminTokens(revocation: AdminTokensRevocation): Promise<void>;
  isRevoked(token: VerifiedToken): boolean | Promise<boolean>;
  close(): void;
}

type AdminCutoff = Pick<AdminTokensRevocation, 'issuedBefore' | 'keptTokenId'>;

/** One revocation, as kept in memory and sent to the other instances. */
type Revocation =
  | { kind: 'token'; tokenId: string; expiresAt: number }
  | { kind: 'admin'; adminId: string; issuedBefore: number; keptTokenId: string; expiresAt: number };

function revokedByCutoff({ viewer, issuedAt }: VerifiedToken, cutoff: AdminCutoff | null | undefined): boolean {
  return Boolean(cutoff && issuedAt < cutoff.issuedBefore && viewer.tokenId !== cutoff.keptTokenId);
}


const nowSeconds = () => Math.floor(Date.now() / 1000);
const PRUNE_EVERY_MS = 60_000;

/** Revocations in memory, each dropped once what it revoked has expired anyway. */
class RevocationSet {
  private readonly tokens = new Map<string, number>();
  private readonly cutoffs = new Map<string, AdminCutoff & { expiresAt: number }>();
  private prunedAt = Date.now();

  add(revocation: Revocation) {
    if (revocation.kind === 'token') this.tokens.set(revocation.tokenId, revocation.expiresAt);
    else this.cutoffs.set(revocation.adminId, revocation);
    if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) this.prune();
  }

  has(token: VerifiedToken): boolean {
    const { viewer } = token;
    if (this.tokens.has(viewer.tokenId)) return true;
    return revokedByCutoff(token, this.cutoffs.get(accountIdOf(viewer)));
  }

  private prune() {
    const now = nowSeconds();
    for (const [id, expiresAt] of this.tokens) if (expiresAt < now) this.tokens.delete(id);
    for (const [id, cutoff] of this.cutoffs) if (cutoff.expiresAt < now) this.cutoffs.delete(id);
    this.prunedAt = Date.now();
  }
}

function tokenRevocation(tokenId: string, expiresAt: number): Revocation {
  return { kind: 'token', tokenId, expiresAt };
}

function adminRevocation({ adminId, issuedBefore, keptTokenId, ttlSeconds }: AdminTokensRevocation): Revocation {
  return { kind: 'admin', adminId, issuedBefore, keptTokenId, expiresAt: nowSeconds() + ttlSeconds };
}

/** Redis alone: every check is a round trip. The mirrored store below serves checks from memory. */
export function createRedisRevocationStore(redis: Redis, prefix: string) {
  const tokenKey = (tokenId: string) => `${prefix}revoked-token:${tokenId}`;
  const adminKey = (adminId: string) => `${prefix}admin-tokens-revoked:${adminId}`;
  return {
    async revoke(tokenId: string, expiresAt: number) {
      const ttl = Math.max(1, expiresAt - nowSeconds());
      await redis.set(tokenKey(tokenId), '1', 'EX', ttl);
    },
    async revokeAdminTokens({ adminId, issuedBefore, keptTokenId, ttlSeconds }: AdminTokensRevocation) {
      const cutoff: AdminCutoff = { issuedBefore, keptTokenId };
      await redis.set(adminKey(adminId), JSON.stringify(cutoff), 'EX', ttlSeconds);
    },
    async isRevoked(token: VerifiedToken) {
      const { viewer } = token;
      const [revoked, cutoff] = await redis.mget(tokenKey(viewer.tokenId), adminKey(accountIdOf(viewer)));
      return revoked !== null || revokedByCutoff(token, cutoff ? (JSON.parse(cutoff) as AdminCutoff) : null);
    },
    /** Every revocation Redis holds, for a mirror that (re)starts. */
    async load(): Promise<Revocation[]> {
      const revocations: Revocation[] = [];
      for await (const keys of redis.scanStream({ match: `${globEscape(prefix)}revoked-token:*`, count: 1000 })) {
        const expiries = await ttlsOf(redis, keys as string[]);
        (keys as string[]).forEach((key, index) => {
          revocations.push(tokenRevocation(key.slice(tokenKey('').length), expiries[index]!));
        });
      }
      for await (const keys of redis.scanStream({ match: `${globEscape(prefix)}admin-tokens-revoked:*`, count: 1000 })) {
        const values = (keys as string[]).length ? await redis.mget(...(keys as string[])) : [];
        const expiries = await ttlsOf(redis, keys as string[]);
        (keys as string[]).forEach((key, index) => {
          const cutoff = values[index] ? (JSON.parse(values[index]!) as AdminCutoff) : null;
          if (cutoff) revocations.push({ kind: 'admin', adminId: key.slice(adminKey('').length), ...cutoff, expiresAt: expiries[index]! });
        });
      }
      return revocations;
    },
  };
}

/** When each key expires, in seconds since the epoch. */
async function ttlsOf(redis: Redis, keys: string[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const key of keys) pipeline.ttl(key);
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([, ttl]) => nowSeconds() + Math.max(0, Number(ttl)));
}

const globEscape = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

const MIRROR_HEALTH_CHECK_MS = 5_000;
const MIRROR_PING_TIMEOUT_MS = 1_000;

/**
 * Redis holds the revocations and every instance keeps a copy in memory, so that checking a token,
 * which every request does, costs no round trip. The copy is fed by a channel of its own: a
 * revocation is written to Redis, then published, then answered, and each instance applies it as
 * its subscriber connection reads it. That read comes before any request the revoking client can
 * send next, since the message reached the other instances before Redis answered the publish.
 *
 * The copy is trusted to be complete only while it is known to be whole: after its channel is
 * subscribed and the revocations already in Redis are loaded, and while the subscriber connection
 * answers a ping every few seconds. Otherwise a token the copy does not hold is checked on Redis.
 */
export function createMirroredRevocationStore(redis: Redis, prefix: string, logger: Logger): RevocationStore {
  const remote = createRedisRevocationStore(redis, prefix);
  const mirror = new RevocationSet();
  const channelName = `${prefix}revocations`;
  const subscriber = redis.duplicate({ autoResubscribe: false, maxRetriesPerRequest: null, lazyConnect: false });
  let whole = false;
  /** Bumped on every disconnection, so that a load started before one is not trusted after it. */
  let connection = 0;

  const distrust = () => {
    whole = false;
    connection += 1;
  };
  const startMirroring = async () => {
    const current = connection;
    try {
      await subscriber.subscribe(channelName);
      const revocations = await remote.load();
      if (current !== connection) return;
      for (const revocation of revocations) mirror.add(revocation);
      whole = true;
    } catch (error) {
      logger.warn({ err: error }, 'revocations are checked on Redis until their copy in memory is whole');
    }
  };

  subscriber.on('message', (channel: string, message: string) => {
    if (channel === channelName) mirror.add(JSON.parse(message) as Revocation);
  });
  subscriber.on('error', (error) => logger.debug({ err: error }, 'revocation feed connection error'));
  subscriber.on('close', distrust);
  subscriber.on('ready', () => void startMirroring());
  const healthCheck = setInterval(() => {
    if (subscriber.status !== 'ready') return;
    if (!whole) return void startMirroring();
    const current = connection;
    const timeout = setTimeout(() => {
      if (current !== connection) return;
      logger.warn('the revocation feed stopped answering; reconnecting it');
      distrust();
      subscriber.disconnect(true);
    }, MIRROR_PING_TIMEOUT_MS);
    subscriber.ping().then(() => clearTimeout(timeout), () => {});
  }, MIRROR_HEALTH_CHECK_MS).unref();

  const announce = async (revocation: Revocation) => {
    mirror.add(revocation);
    await redis.publish(channelName, JSON.stringify(revocation));
  };

  return {
    async revoke(tokenId, expiresAt) {
      await remote.revoke(tokenId, expiresAt);
      await announce(tokenRevocation(tokenId, expiresAt));
    },
    async revokeAdminTokens(revocation) {
      await remote.revokeAdminTokens(revocation);
      await announce(adminRevocation(revocation));
    },
    isRevoked(token) {
      // What the copy holds stays true while Redis is unreachable: only what it may have missed
      // since is asked of Redis (and, with Redis down, accepted on the token's signature).
      if (mirror.has(token)) return true;
      return whole ? false : remote.isRevoked(token);
    },
    close() {
      clearInterval(healthCheck);
      subscriber.disconnect();
    },
  };
}

export function createMemoryRevocationStore(): RevocationStore {
  const revoked = new RevocationSet();
  return {
    async revoke(tokenId, expiresAt) {
      revoked.add(tokenRevocation(tokenId, expiresAt));
    },
    async revokeAdminTokens(revocation) {
      revoked.add(adminRevocation(revocation));
    },
    isRevoked: (token) => revoked.has(token),
    close() {},
  };
}
