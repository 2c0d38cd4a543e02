import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { revokedKey } from '../../auth/account';
import type { ApiKeyViewer } from '../../auth/viewer';
import { ApiKey } from './api-key.entity';

/** Every secret starts so: a leaked one is recognisable (secret scanners, logs), and tells a key from a JWT. */
export const API_KEY_SECRET_PREFIX = 'lco_';

/**
 * How long a revocation is kept on the feed. Long past the account check's re-check interval, after
 * which every instance has read the key's row as revoked anyway.
 */
const KEY_REVOCATION_TTL_SECONDS = 24 * 60 * 60;

/** When a key's revocation may leave the feed, in whole seconds since the epoch. */
export const keyRevocationExpiry = () => Math.floor(Date.now() / 1000) + KEY_REVOCATION_TTL_SECONDS;

/** A key's use is written at most this often (and not at all while another instance wrote it this recently). */
const LAST_USED_RESOLUTION_MS = 60_000;
const KEYS_KEPT = 10_000;

export const isApiKeySecret = (token: string) => token.startsWith(API_KEY_SECRET_PREFIX);

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const keyTokenId = (apiKeyId: string) => `api-key:${apiKeyId}`;

export function toApiKeyViewer(key: Pick<ApiKey, 'id' | 'name' | 'scopes'>): ApiKeyViewer {
  return {
    role: 'API_KEY',
    apiKeyId: key.id,
    name: key.name,
    scopes: [...key.scopes],
    tokenId: keyTokenId(key.id),
    expiresAt: Number.MAX_SAFE_INTEGER,
  };
}

export interface ApiKeyLookup {
  /**
   * The viewer of a key's secret; UNAUTHENTICATED for one that is unknown or revoked when first
   * read. A key's name and scopes never change, so a key once read is remembered: whether it has
   * been revoked since is the revocation feed's and the account check's to say, as for a token.
   */
  viewerOf(secret: string): Promise<ApiKeyViewer>;
  /** Notes that a request was let in with the key; written at most once a minute per key. */
  used(viewer: ApiKeyViewer): void;
}

export function createApiKeyLookup(deps: { orm: MikroORM; logger: Logger }): ApiKeyLookup {
  const known = new Map<string, ApiKeyViewer>();
  const usedWrittenAt = new Map<string, number>();

  /** Fire and forget: a request does not wait for its key's use to be written. */
  const used = ({ apiKeyId }: ApiKeyViewer) => {
    const now = Date.now();
    if (now - (usedWrittenAt.get(apiKeyId) ?? -Infinity) < LAST_USED_RESOLUTION_MS) return;
    usedWrittenAt.set(apiKeyId, now);
    const staleBefore = new Date(now - LAST_USED_RESOLUTION_MS);
    deps.orm.em
      .fork()
      .nativeUpdate(ApiKey, { id: apiKeyId, revokedAt: null, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: staleBefore } }] }, { lastUsedAt: new Date(now) })
      .catch((error) => deps.logger.warn({ err: error, apiKeyId }, "could not note an API key's use"));
  };

  const read = async (hash: string): Promise<ApiKeyViewer> => {
    const key = await deps.orm.em.fork().findOne(ApiKey, { secretHash: hash, revokedAt: null }, { fields: ['id', 'name', 'scopes'] });
    if (!key) throw revokedKey();
    const viewer = toApiKeyViewer(key);
    if (known.size >= KEYS_KEPT) {
      const oldest = known.keys().next().value!;
      usedWrittenAt.delete(known.get(oldest)!.apiKeyId);
      known.delete(oldest);
    }
    known.set(hash, viewer);
    return viewer;
  };

  return {
    async viewerOf(secret) {
      const hash = hashSecret(secret);
      return known.get(hash) ?? read(hash);
    },
    used,
  };
}
