import type Redis from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';
import { appError } from '../errors/app-error';

/** Like the revocation check: a Redis that stalls must not stall every mutation with it. */
const REDIS_TIMEOUT_MS = 250;
const OUTAGE_WARNING_INTERVAL_MS = 30_000;

/** The part of rate-limiter-flexible's limiters that this app uses; all of them return RateLimiterRes. */
export interface Counter {
  consume(key: string, points?: number): Promise<RateLimiterRes>;
  penalty(key: string, points?: number): Promise<RateLimiterRes>;
  reward(key: string, points?: number): Promise<RateLimiterRes>;
  get(key: string): Promise<RateLimiterRes | null>;
  block(key: string, seconds: number): Promise<RateLimiterRes>;
  delete(key: string): Promise<boolean>;
}

export interface CounterSpec {
  /** Unique per purpose: it names the Redis keys. */
  name: string;
  points: number;
  durationSeconds: number;
}

export type CounterFactory = (spec: CounterSpec) => Counter;

/** A counter's refusal as the contract's error: clients wait `retryAfter` seconds. */
export function rateLimited(refusal: RateLimiterRes, what: string) {
  const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  return appError('RATE_LIMITED', `Too many ${what}. Try again in ${retryAfter} seconds.`, { retryAfter });
}

export function memoryCounters(): CounterFactory {
  return (spec) => new RateLimiterMemory(limiterOptions(spec));
}

export function redisCounters(redis: Redis, prefix: string, logger: Logger): CounterFactory {
  const onFallback = throttledWarning(logger);
  return (spec) => {
    const options = limiterOptions(spec);
    const insuranceLimiter = announcingUse(new RateLimiterMemory(options), onFallback);
    const limiter = new RateLimiterRedis({
      ...options,
      keyPrefix: `${prefix}rate-limit:${spec.name}`,
      storeClient: redis,
      // While ioredis reconnects, go to the insurance limiter at once instead of queueing.
      rejectIfRedisNotReady: true,
      insuranceLimiter,
    });
    return new RLWrapperTimeouts({ limiter, insuranceLimiter, timeoutMs: REDIS_TIMEOUT_MS });
  };
}

type LimiterOptions = ConstructorParameters<typeof RateLimiterMemory>[0];

const limiterOptions = (spec: CounterSpec): LimiterOptions => ({
  keyPrefix: spec.name,
  points: spec.points,
  duration: spec.durationSeconds,
});

/** The insurance limiter is only ever called when Redis failed, which is worth a warning. */
function announcingUse(limiter: RateLimiterMemory, onUse: () => void): RateLimiterMemory {
  for (const method of ['consume', 'penalty', 'reward', 'get', 'block', 'delete'] as const) {
    const original = limiter[method].bind(limiter) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(limiter, { [method]: (...args: unknown[]) => (onUse(), original(...args)) });
  }
  return limiter;
}

function throttledWarning(logger: Logger): () => void {
  let lastWarnedAt = 0;
  return () => {
    if (Date.now() - lastWarnedAt < OUTAGE_WARNING_INTERVAL_MS) return;
    lastWarnedAt = Date.now();
    logger.warn('redis unavailable; rate limits count in this process only until it is back');
  };
}
