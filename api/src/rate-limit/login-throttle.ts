import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../config/config';
import { rateLimited, type Counter, type CounterFactory } from './counters';

const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;
const WHAT = 'sign-in attempts';

/**
 * Slows password guessing. Keys never depend on whether the email exists, so a known and an
 * unknown email are counted, locked and answered alike.
 */
export interface LoginThrottle {
  /** Throws RATE_LIMITED while this IP, or this email from this IP, may not try again yet. */
  check(ip: string, email: string): Promise<void>;
  /** A wrong email or password: counts toward the IP's hourly cap and the email's lockout. */
  failed(ip: string, email: string): Promise<void>;
  /** The right password ends this email's run of failures from this IP. */
  succeeded(ip: string, email: string): Promise<void>;
}

export function createLoginThrottle(
  settings: RateLimitSettings,
  counters: CounterFactory,
  failOpen: (error: unknown) => void,
): LoginThrottle {
  const { loginFailuresPerIpPerHour: ipCap, loginFailuresBeforeLockout: lockoutAfter, loginLockoutSeconds } = settings;
  const perIp = ipCap > 0 ? counters({ name: 'login-failures-ip', points: ipCap, durationSeconds: HOUR_SECONDS }) : null;
  // A run of failures lasts until a success or a quiet day; a lockout is a block on the same key.
  const perEmail =
    lockoutAfter > 0 ? counters({ name: 'login-failures-email', points: lockoutAfter, durationSeconds: DAY_SECONDS }) : null;
  const lockouts =
    lockoutAfter > 0 ? counters({ name: 'login-lockouts', points: Number.MAX_SAFE_INTEGER, durationSeconds: DAY_SECONDS }) : null;

  const lockOut = async (emailCounter: Counter, lockoutCounter: Counter, key: string) => {
    const { consumedPoints: lockoutsSoFar } = await lockoutCounter.penalty(key);
    const seconds = Math.min(loginLockoutSeconds.first * 2 ** (lockoutsSoFar - 1), loginLockoutSeconds.longest);
    await emailCounter.block(key, seconds);
  };

  return {
    async check(ip, email) {
      const key = emailKey(email, ip);
      const [ipFailures, emailFailures] = await Promise.all([
        perIp?.get(ip).catch(failOpenAs(failOpen, null)),
        perEmail?.get(key).catch(failOpenAs(failOpen, null)),
      ]);
      const refusals = [
        ipFailures && ipFailures.consumedPoints >= ipCap ? ipFailures : null,
        // block() sets one point over the allowance: more than it means locked out.
        emailFailures && emailFailures.consumedPoints > lockoutAfter ? emailFailures : null,
      ].filter((refusal): refusal is RateLimiterRes => refusal instanceof RateLimiterRes);
      if (refusals.length === 0) return;
      const longest = refusals.reduce((a, b) => (a.msBeforeNext >= b.msBeforeNext ? a : b));
      throw rateLimited(longest, WHAT);
    },
    async failed(ip, email) {
      const key = emailKey(email, ip);
      await Promise.all([
        perIp?.penalty(ip),
        perEmail &&
          lockouts &&
          perEmail.penalty(key).then((run) => (run.consumedPoints >= lockoutAfter ? lockOut(perEmail, lockouts, key) : undefined)),
      ]).catch(failOpen);
    },
    async succeeded(ip, email) {
      const key = emailKey(email, ip);
      await Promise.all([perEmail?.delete(key), lockouts?.delete(key)]).catch(failOpen);
    },
  };
}

/** Hashed: emails stay out of Redis, and a huge "email" makes no huge key. */
function emailKey(email: string, ip: string): string {
  return createHash('sha256').update(`${email.trim().toLowerCase()}\n${ip}`).digest('base64url');
}

const failOpenAs =
  <T>(failOpen: (error: unknown) => void, value: T) =>
  (error: unknown): T => {
    failOpen(error);
    return value;
  };
