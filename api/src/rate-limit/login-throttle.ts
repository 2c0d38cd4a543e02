import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../config/config';
import { rateLimited, type Counter, type CounterFactory } from './counters';

const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;

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

/**
 * Slows guessing of an agent's two-factor codes (TOTP or recovery), on every path that checks
 * one: login, enableTwoFactor, disableTwoFactor. Keyed by the agent alone, not by IP: whoever
 * guesses has its password or a token already, and could spread the guesses over many addresses.
 */
export interface CodeThrottle {
  /** Counts an attempt for this agent; throws RATE_LIMITED while it is locked out. */
  begin(adminId: string): Promise<LoginAttempt>;
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
  const what = 'sign-in attempts';
  const perIp = ipCap > 0 ? counters({ name: 'login-failures-ip', points: ipCap, durationSeconds: HOUR_SECONDS }) : null;
  const perEmail = failureRuns(counters, { failures: 'login-failures-email', lockouts: 'login-lockouts' }, lockoutAfter, loginLockoutSeconds, what, failOpen);
  const giveBack = (counter: Counter | null, key: string) => counter?.reward(key, 1).catch(failOpen);

  return {
    async begin(ip, email) {
      const key = emailKey(email, ip);
      await take(perIp, ip, what, failOpen);
      let run: LoginAttempt;
      try {
        run = await perEmail.begin(key);
      } catch (refusal) {
        await giveBack(perIp, ip);
        throw refusal;
      }
      return {
        failed: () => run.failed(),
        async succeeded() {
          await Promise.all([giveBack(perIp, ip), run.succeeded()]);
        },
        async abandoned() {
          await Promise.all([giveBack(perIp, ip), run.abandoned()]);
        },
      };
    },
  };
}

export function createCodeThrottle(
  settings: RateLimitSettings,
  counters: CounterFactory,
  failOpen: (error: unknown) => void,
): CodeThrottle {
  const runs = failureRuns(
    counters,
    { failures: 'two-factor-failures', lockouts: 'two-factor-lockouts' },
    settings.codeFailuresBeforeLockout,
    settings.loginLockoutSeconds,
    'wrong codes',
    failOpen,
  );
  return { begin: (adminId) => runs.begin(adminId) };
}

/**
 * Runs of failures per key: `lockoutAfter` attempts may be under way or failed at once; the one
 * that ends a run locks the key out, for `first` seconds and twice as long each next time up to
 * `longest`. A run lasts until a success or a quiet day; a lockout is a block on the same key.
 */
function failureRuns(
  counters: CounterFactory,
  names: { failures: string; lockouts: string },
  lockoutAfter: number,
  lockoutSeconds: { first: number; longest: number },
  what: string,
  failOpen: (error: unknown) => void,
): { begin(key: string): Promise<LoginAttempt> } {
  if (lockoutAfter <= 0) {
    const free: LoginAttempt = { failed: async () => {}, succeeded: async () => {}, abandoned: async () => {} };
    return { begin: async () => free };
  }
  const failures = counters({ name: names.failures, points: lockoutAfter, durationSeconds: DAY_SECONDS });
  const lockouts = counters({ name: names.lockouts, points: Number.MAX_SAFE_INTEGER, durationSeconds: DAY_SECONDS });
  const lockOut = async (key: string) => {
    const { consumedPoints: lockoutsSoFar } = await lockouts.penalty(key);
    const seconds = Math.min(lockoutSeconds.first * 2 ** (lockoutsSoFar - 1), lockoutSeconds.longest);
    await failures.block(key, seconds);
  };
  return {
    async begin(key) {
      const runLength = await take(failures, key, what, failOpen);
      return {
        async failed() {
          if (runLength === lockoutAfter) await lockOut(key).catch(failOpen);
        },
        async succeeded() {
          await Promise.all([failures.delete(key), lockouts.delete(key)]).catch(failOpen);
        },
        async abandoned() {
          await failures.reward(key, 1).catch(failOpen);
        },
      };
    },
  };
}

/**
 * Takes one point; RATE_LIMITED once the allowance is used up (a block, too, is one point over
 * it). Resolves to the points taken so far, 0 when the counter is off or unreachable.
 */
async function take(counter: Counter | null, key: string, what: string, failOpen: (error: unknown) => void): Promise<number> {
  if (!counter) return 0;
  try {
    return (await counter.consume(key)).consumedPoints;
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) throw rateLimited(outcome, what);
    failOpen(outcome);
    return 0;
  }
}

/** Hashed: emails stay out of Redis, and a huge "email" makes no huge key. */
function emailKey(email: string, ip: string): string {
  return createHash('sha256').update(`${email.trim().toLowerCase()}\n${ip}`).digest('base64url');
}
