import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { appError } from '../errors/app-error';
import { Admin } from '../modules/admin/admin.entity';
import { Customer } from '../modules/customer/customer.entity';
import { ApiKey } from '../modules/api-key/api-key.entity';
import { keyRevocationExpiry } from '../modules/api-key/api-key-lookup';
import type { PubSub } from '../pubsub/pubsub';
import type { RevocationStore } from './revocation';
import { accountIdOf, type Viewer } from './viewer';

/**
 * Whether a token's account (an agent, a visitor or an API key) still exists, an agent's is not
 * disabled, a visitor's is not blocked and a key is not revoked. A token outlives an account that an operator deletes; every request and
 * every socket is checked, against a copy in memory that is trusted for `recheckSeconds`, and the
 * accounts of open sockets are re-checked as often. Blocking a visitor cuts its tokens off through
 * the revocation feed, at once on every instance (customer-blocking.ts); the account then says why.
 */
export interface AccountCheck {
  /**
   * Throws UNAUTHENTICATED for an account that is gone, FORBIDDEN with reason BLOCKED for a blocked
   * visitor; synchronous while the account is known.
   */
  require(viewer: Viewer): void | Promise<void>;
  /** Re-checks these viewers' accounts (those of the open sockets), one query per role. */
  recheck(viewers: Iterable<Viewer>): Promise<void>;
  /** As `require`, on the database whatever the copy in memory says. */
  requireFresh(viewer: Viewer): Promise<void>;
}

const ACCOUNTS_KEPT = 10_000;
/** Every token signed so far: a disabled agent enabled again signs in afresh. */
const everyTokenSoFar = () => Date.now() / 1000;

export function createAccountCheck(deps: {
  orm: MikroORM;
  revocations: RevocationStore;
  pubsub: PubSub;
  config: Pick<Config, 'auth'>;
  logger: Logger;
}): AccountCheck {
  const { logger } = deps;
  const recheckMs = deps.config.auth.accountRecheckSeconds * 1000;
  const checkedAt = new Map<string, number>();
  const known = (key: string) => Date.now() - (checkedAt.get(key) ?? -Infinity) < recheckMs;
  const remember = (key: string) => {
    checkedAt.delete(key); // re-inserted last, so the first key is the one checked longest ago
    if (checkedAt.size >= ACCOUNTS_KEPT) checkedAt.delete(checkedAt.keys().next().value!);
    checkedAt.set(key, Date.now());
  };

  /**
   * Revokes what the account's tokens are, through the revocation feed, so that every instance
   * refuses them at once, and closes their sockets on every instance (4401).
   */
  const removed = async (viewers: Viewer[]) => {
    for (const viewer of viewers) {
      checkedAt.delete(accountKey(viewer));
      if (viewer.role === 'ADMIN') {
        await deps.revocations.revokeAdminTokens({
          adminId: viewer.adminId,
          issuedBefore: everyTokenSoFar(),
          keptTokenId: '',
          ttlSeconds: deps.config.auth.adminTokenTtlSeconds,
        });
        await deps.pubsub.publish('ADMIN_TOKENS_REVOKED', { adminId: viewer.adminId, keptTokenId: '' });
      } else if (viewer.role === 'API_KEY') {
        await deps.revocations.revoke(viewer.tokenId, keyRevocationExpiry());
        await deps.pubsub.publish('TOKEN_REVOKED', { jti: viewer.tokenId });
      } else {
        await deps.revocations.revoke(viewer.tokenId, viewer.expiresAt);
        await deps.pubsub.publish('TOKEN_REVOKED', { jti: viewer.tokenId });
      }
    }
  };

  const requireFresh = async (viewer: Viewer) => {
    const key = accountKey(viewer);
    let existing: Map<string, AccountState>;
    try {
      existing = await existingAccounts(deps.orm, viewer.role, [accountIdOf(viewer)]);
    } catch (error) {
      // The request will meet the same database; its own error says so better than a refusal.
      logger.warn({ err: error }, 'account check unavailable; token accepted on its signature');
      return;
    }
    const state = existing.get(accountIdOf(viewer));
    if (state === 'active') return remember(key);
    if (state === 'blocked') throw blocked();
    await removed([viewer]).catch((error) => logger.warn({ err: error }, 'could not revoke a removed account'));
    throw viewer.role === 'API_KEY' ? revokedKey() : gone();
  };

  return {
    require(viewer) {
      if (known(accountKey(viewer))) return;
      return requireFresh(viewer);
    },
    requireFresh,
    async recheck(viewers) {
      const byRole = { ADMIN: new Map<string, Viewer[]>(), CUSTOMER: new Map<string, Viewer[]>(), API_KEY: new Map<string, Viewer[]>() };
      for (const viewer of viewers) {
        const group = byRole[viewer.role];
        group.set(accountIdOf(viewer), [...(group.get(accountIdOf(viewer)) ?? []), viewer]);
      }
      for (const role of ['ADMIN', 'CUSTOMER', 'API_KEY'] as const) {
        const ids = [...byRole[role].keys()];
        if (ids.length === 0) continue;
        const existing = await existingAccounts(deps.orm, role, ids);
        const gone = ids.filter((id) => !existing.has(id));
        for (const id of ids) if (existing.get(id) === 'active') remember(`${role}:${id}`);
        // A block missed by an instance (its feed down) still closes the visitor's sockets here.
        for (const id of ids) if (existing.get(id) === 'blocked') await deps.pubsub.publish('CUSTOMER_BLOCKED', { customerId: id });
        // One agent's sockets close together; each visitor token is revoked on its own.
        await removed(gone.flatMap((id) => (role === 'ADMIN' ? [byRole[role].get(id)![0]!] : byRole[role].get(id)!)));
      }
    },
  };
}

type AccountState = 'active' | 'blocked';

const accountKey = (viewer: Viewer) => `${viewer.role}:${accountIdOf(viewer)}`;

/** PostgreSQL takes at most 65,535 parameters in one statement; an instance may hold more sockets. */
const IDS_PER_QUERY = 1000;

/** The accounts that exist, each active or (a visitor) blocked. */
async function existingAccounts(orm: MikroORM, role: Viewer['role'], ids: string[]): Promise<Map<string, AccountState>> {
  const em = orm.em.fork();
  const existing = new Map<string, AccountState>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    const rows =
      role === 'ADMIN'
        ? await em.find(Admin, { id: { $in: chunk }, disabled: false }, { fields: ['id'] })
        : role === 'API_KEY'
          ? await em.find(ApiKey, { id: { $in: chunk }, revokedAt: null }, { fields: ['id'] })
          : await em.find(Customer, { id: { $in: chunk } }, { fields: ['id', 'blockedAt'] });
    for (const row of rows) existing.set(row.id, 'blockedAt' in row && row.blockedAt ? 'blocked' : 'active');
  }
  return existing;
}

// Refused before GraphQL runs (in the request's context), where Apollo would answer 500 without a status.
export const blocked = () => appError('FORBIDDEN', 'Sorry, the chat is not available to you.', { reason: 'BLOCKED', http: { status: 403 } });

const gone = () => appError('UNAUTHENTICATED', 'This account no longer exists. Please sign in again.');

export const revokedKey = () => appError('UNAUTHENTICATED', 'This API key is not valid or was revoked.');
