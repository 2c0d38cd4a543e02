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
 *
 * An attempt is counted before its password is checked, atomically: concurrent guesses (many
 * requests at once, or many operations on one WebSocket) each take a point of the allowance, so
 * no more of them reach the password check than the allowance holds.
 */
export interface LoginThrottle {
  /** Counts an attempt for this IP and this email from this IP; throws RATE_LIMITED when either is used up. */
  begin(ip: string, email: string): Promise<LoginAttempt>;
}

export interface LoginAttempt {
  /** A wrong email or password: the attempt stays counted, and the one that ends a run locks the email out. */
  failed(): Promise<void>;
  /** The right password: the attempt is given back to the IP, and this email's run of failures ends. */
  succeeded(): Promise<void>;
  /** Refused before any password was checked (bad input, say): the attempt is given back entirely. */
  abandoned(): Promise<void>;
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

  const lockOut = async (key: string) => {
    const { consumedPoints: lockoutsSoFar } = await lockouts!.penalty(key);
    const seconds = Math.min(loginLockoutSeconds.first * 2 ** (lockoutsSoFar - 1), loginLockoutSeconds.longest);
    await perEmail!.block(key, seconds);
  };
  const giveBack = (counter: Counter | null, key: string) => counter?.reward(key, 1).catch(failOpen);

  return {
    async begin(ip, email) {
      const key = emailKey(email, ip);
      await take(perIp, ip, failOpen);
      let runLength: number;
      try {
        runLength = await take(perEmail, key, failOpen);
      } catch (refusal) {
        await giveBack(perIp, ip);
        throw refusal;
      }
      return {
        async failed() {
          if (perEmail && runLength === lockoutAfter) await lockOut(key).catch(failOpen);
        },
        async succeeded() {
          await Promise.all([giveBack(perIp, ip), perEmail?.delete(key), lockouts?.delete(key)]).catch(failOpen);
        },
        async abandoned() {
          await Promise.all([giveBack(perIp, ip), giveBack(perEmail, key)]);
        },
      };
    },
  };
}

/**
 * Takes one point; RATE_LIMITED once the allowance is used up (a block, too, is one point over
 * it). Resolves to the points taken so far, 0 when the counter is off or unreachable.
 */
async function take(counter: Counter | null, key: string, failOpen: (error: unknown) => void): Promise<number> {
  if (!counter) return 0;
  try {
    return (await counter.consume(key)).consumedPoints;
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) throw rateLimited(outcome, WHAT);
    failOpen(outcome);
    return 0;
  }
}

/** Hashed: emails stay out of Redis, and a huge "email" makes no huge key. */
function emailKey(email: string, ip: string): string {
  return createHash('sha256').update(`${email.trim().toLowerCase()}\n${ip}`).digest('base64url');
}
