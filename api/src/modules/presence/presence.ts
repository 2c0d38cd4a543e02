import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { Logger } from 'pino';
import type { PubSub } from '../../pubsub/pubsub';

/**
 * Which agents have a console connected, on any instance. `connected`/`disconnected` are called
 * per socket; `ADMIN_PRESENCE_CHANGED` is published only when an agent goes online or offline.
 */
export interface Presence {
  /** True when this socket brought the agent online (its first console on any instance). */
  connected(adminId: string): Promise<boolean>;
  disconnected(adminId: string): Promise<void>;
  isOnline(adminId: string): Promise<boolean>;
  /** The agents with a console connected on any instance. */
  onlineAdminIds(): Promise<string[]>;
  anyOnline(): Promise<boolean>;
  close(): Promise<void>;
}

export function createLocalPresence(pubsub: PubSub): Presence {
  const sockets = new Map<string, number>();
  return {
    async connected(adminId) {
      const count = (sockets.get(adminId) ?? 0) + 1;
      sockets.set(adminId, count);
      if (count === 1) await pubsub.publish('ADMIN_PRESENCE_CHANGED', { adminId, online: true });
      return count === 1;
    },
    async disconnected(adminId) {
      const remaining = (sockets.get(adminId) ?? 1) - 1;
      if (remaining > 0) return void sockets.set(adminId, remaining);
      if (sockets.delete(adminId)) await pubsub.publish('ADMIN_PRESENCE_CHANGED', { adminId, online: false });
    },
    async isOnline(adminId) {
      return sockets.has(adminId);
    },
    async onlineAdminIds() {
      return [...sockets.keys()];
    },
    async anyOnline() {
      return sockets.size > 0;
    },
    async close() {},
  };
}

// Each instance holds a lease per connected agent: a member of two sorted sets, scored by the
// time it expires. Heartbeats renew the leases; a killed instance's leases lapse, and whichever
// instance sweeps them first announces the agents that went offline with it.
// CONNECT renews or takes a lease and returns 1 when that brings the agent online: no live lease
// was left, and this one is new, either a first socket or a lease swept while this instance was
// stalled (its agents were announced offline, so they must be announced again).
const CONNECT = `
local before = redis.call('ZCOUNT', KEYS[1], ARGV[1], '+inf')
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
local added = redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
if before == 0 and added == 1 then return 1 end
return 0`;
const DISCONNECT = `
local removed = redis.call('ZREM', KEYS[1], ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[3])
if removed == 0 then return -1 end
return redis.call('ZCOUNT', KEYS[1], ARGV[1], '+inf')`;
const SWEEP = `
local offline = {}
for _, lease in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])) do
  redis.call('ZREM', KEYS[1], lease)
  local separator = string.find(lease, '|', 1, true)
  local adminId = string.sub(lease, 1, separator - 1)
  local adminKey = ARGV[2] .. adminId
  if redis.call('ZREM', adminKey, string.sub(lease, separator + 1)) == 1
     and redis.call('ZCOUNT', adminKey, ARGV[1], '+inf') == 0 then
    table.insert(offline, adminId)
  end
end
return offline`;

export function createRedisPresence(
  redis: Redis,
  pubsub: PubSub,
  options: { prefix: string; leaseSeconds: number; logger: Logger },
): Presence {
  const instanceId = randomUUID();
  const leaseMs = options.leaseSeconds * 1000;
  const allKey = `${options.prefix}presence:all`;
  const adminKeyPrefix = `${options.prefix}presence:admin:`;
  const sockets = new Map<string, number>();
  const announce = (adminId: string, online: boolean) =>
    pubsub.publish('ADMIN_PRESENCE_CHANGED', { adminId, online });

  /** Takes or renews this instance's lease of `adminId`; true when that brought the agent online. */
  const lease = async (adminId: string): Promise<boolean> => {
    const now = Date.now();
    const cameOnline = await redis.eval(CONNECT, 2, adminKeyPrefix + adminId, allKey, now, now + leaseMs, instanceId, `${adminId}|${instanceId}`);
    return cameOnline === 1;
  };
  const renew = async (adminId: string) => {
    if ((await lease(adminId)) && sockets.has(adminId)) await announce(adminId, true);
  };
  const release = async (adminId: string) => {
    const left = (await redis.eval(DISCONNECT, 2, adminKeyPrefix + adminId, allKey, Date.now(), instanceId, `${adminId}|${instanceId}`)) as number;
    if (left === 0) await announce(adminId, false);
  };
  const sweep = async () => {
    const offline = (await redis.eval(SWEEP, 1, allKey, Date.now(), adminKeyPrefix)) as string[];
    await Promise.all(offline.map((adminId) => announce(adminId, false)));
  };

  const timer = setInterval(() => {
    Promise.all([...sockets.keys()].map(renew))
      .then(sweep)
      .catch((error) => options.logger.warn({ err: error }, 'presence heartbeat failed'));
  }, leaseMs / 3);
  timer.unref();

  return {
    async connected(adminId) {
      const count = (sockets.get(adminId) ?? 0) + 1;
      sockets.set(adminId, count);
      const cameOnline = count === 1 && (await lease(adminId));
      if (cameOnline) await announce(adminId, true);
      return cameOnline;
    },
    async disconnected(adminId) {
      const remaining = (sockets.get(adminId) ?? 1) - 1;
      if (remaining > 0) return void sockets.set(adminId, remaining);
      if (sockets.delete(adminId)) await release(adminId);
    },
    async isOnline(adminId) {
      return (await redis.zcount(adminKeyPrefix + adminId, Date.now(), '+inf')) > 0;
    },
    async onlineAdminIds() {
      const leases = await redis.zrangebyscore(allKey, Date.now(), '+inf');
      return [...new Set(leases.map((lease) => lease.slice(0, lease.indexOf('|'))))];
    },
    async anyOnline() {
      return (await redis.zcount(allKey, Date.now(), '+inf')) > 0;
    },
    async close() {
      clearInterval(timer);
      const adminIds = [...sockets.keys()];
      sockets.clear();
      await Promise.all(adminIds.map(release));
    },
  };
}
