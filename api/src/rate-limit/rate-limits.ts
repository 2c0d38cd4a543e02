import type Redis from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/viewer';
import type { RateLimitSettings } from '../config/config';
import { memoryCounters, rateLimited, redisCounters, type Counter, type CounterSpec } from './counters';
import { createCodeThrottle, createLoginThrottle, type CodeThrottle, type LoginThrottle } from './login-throttle';

/** One kind of action counted per key (an IP, a sender), refused past its allowance. */
export interface Limit {
  /**
   * Counts the action; throws RATE_LIMITED (with retryAfter) once the key has used up its allowance.
   * An action named by `retryOf` (a send's session and clientMessageId) that was counted for this
   * key already is a retry of it: it is neither counted nor refused again.
   */
  consume(key: string, retryOf?: string): Promise<void>;
  /** Counts the action; false, instead of an error, once the key has used up its allowance. */
  allows(key: string): Promise<boolean>;
}

export interface RateLimits {
  login: LoginThrottle;
  /** Two-factor codes, per agent. */
  twoFactor: CodeThrottle;
  registerCustomer: Limit;
  startChatSession: Limit;
  /** sendMessage and sendFileMessage share it. */
  messages: Limit;
  typing: Limit;
}

/**
 * The API's abuse limits (values and env names in config.ts). With Redis they are shared by every
 * instance (typing's excepted); without it they are this process's own. While Redis is unreachable each limiter counts
 * in this process's memory instead (the package's insurance limiter), so limits keep roughly
 * holding and nobody is refused because Redis is down.
 */
export function createRateLimits(
  settings: RateLimitSettings,
  options: { redis?: Redis; prefix: string; logger: Logger },
): RateLimits {
  const { logger } = options;
  const counters = options.redis ? redisCounters(options.redis, options.prefix, logger) : memoryCounters();
  const failOpen = (error: unknown) => logger.warn({ err: error }, 'rate limit unavailable; action allowed');
  const local = memoryCounters();
  const limit = (spec: CounterSpec, what: string, counting = counters) =>
    spec.points > 0
      ? createLimit(counting(spec), what, failOpen, () =>
          counting({ name: `${spec.name}-counted`, points: 1, durationSeconds: RETRY_WINDOW_SECONDS }),
        )
      : unlimited;
  return {
    login: createLoginThrottle(settings, counters, failOpen),
    twoFactor: createCodeThrottle(settings, counters, failOpen),
    registerCustomer: limit(
      { name: 'register-customer', points: settings.sessionsPerIpPerMinute, durationSeconds: 60 },
      'new visitors from your network',
    ),
    startChatSession: limit(
      { name: 'start-chat-session', points: settings.sessionsPerIpPerMinute, durationSeconds: 60 },
      'new chats from your network',
    ),
    messages: limit(
      { name: 'messages', points: settings.messagesPerSenderPerMinute, durationSeconds: 60 },
      'messages',
    ),
    // Counted in this process: a typing update is worth no Redis round trip, and a socket's
    // updates reach one instance, so the allowance holds where it matters.
    typing: limit({ name: 'typing', points: settings.typingPerSecond, durationSeconds: 1 }, 'typing updates', local),
  };
}

/** Clients retry within minutes (the widget on reconnecting); a retry later than this counts once more. */
const RETRY_WINDOW_SECONDS = 60 * 60;

/** A limit set to 0: off, as benchmarks and the tests' helper run by default. */
export const unlimited: Limit = { consume: async () => {}, allows: async () => true };

/** Who sends, as a rate-limit key: agents and visitors never share one. */
export const senderKey = (viewer: Viewer) =>
  viewer.role === 'ADMIN'
    ? `admin:${viewer.adminId}`
    : viewer.role === 'CUSTOMER'
      ? `customer:${viewer.customerId}`
      : `api-key:${viewer.apiKeyId}`;

function createLimit(
  counter: Counter,
  what: string,
  failOpen: (error: unknown) => void,
  makeCountedOnce: () => Counter,
): Limit {
  const refusalFor = async (key: string): Promise<RateLimiterRes | null> => {
    try {
      await counter.consume(key);
      return null;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return outcome;
      failOpen(outcome);
      return null;
    }
  };
  let countedOnce: Counter | undefined;
  /** One point per action: the first attempt takes it, and a retry finds it taken. */
  const isRetry = async (action: string): Promise<boolean> => {
    countedOnce ??= makeCountedOnce();
    try {
      await countedOnce.consume(action);
      return false;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return true;
      failOpen(outcome);
      return false;
    }
  };
  return {
    async consume(key, retryOf) {
      const action = retryOf === undefined ? null : `${key}|${retryOf}`;
      if (action !== null && (await isRetry(action))) return;
      const refusal = await refusalFor(key);
      if (!refusal) return;
      // A refused attempt was not counted, so its retry must be.
      if (action !== null) await countedOnce!.delete(action).catch(failOpen);
      throw rateLimited(refusal, what);
    },
    async allows(key) {
      return (await refusalFor(key)) === null;
    },
  };
}
