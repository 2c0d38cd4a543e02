import type { GraphQLError } from 'graphql';
import type { RateLimitSettings } from '../config/config';
import { memoryCounters } from './counters';
import { createLoginThrottle, type LoginThrottle } from './login-throttle';

// The lockout's growth, with seconds instead of minutes so the test can wait them out.
const settings: RateLimitSettings = {
  loginFailuresPerIpPerHour: 100,
  loginFailuresBeforeLockout: 2,
  loginLockoutSeconds: { first: 1, longest: 2 },
  codeFailuresBeforeLockout: 0,
  sessionsPerIpPerMinute: 0,
  messagesPerSenderPerMinute: 0,
  typingPerSecond: 0,
};

const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error: GraphQLError) => error.extensions,
  );
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failOpen = (error: unknown) => {
  throw error;
};

/** Whether an attempt may go ahead now; the attempt is given back, as a refusal before any check would be. */
const admitted = async (throttle: LoginThrottle, ip: string, email: string) =>
  refusal(throttle.begin(ip, email).then((attempt) => attempt.abandoned()));

it('locks an email out after a run of failures, for twice as long each time up to the longest', async () => {
  const throttle = createLoginThrottle(settings, memoryCounters(), failOpen);
  const failTwice = async () => {
    await (await throttle.begin('10.0.0.1', 'agent@example.com')).failed();
    await (await throttle.begin('10.0.0.1', 'agent@example.com')).failed();
  };

  await failTwice();
  expect(await admitted(throttle, '10.0.0.1', ' Agent@Example.com')).toEqual({ code: 'RATE_LIMITED', retryAfter: 1 });
  expect(await admitted(throttle, '10.0.0.2', 'agent@example.com')).toBeNull(); // another IP is not locked out
  await wait(1100);
  expect(await admitted(throttle, '10.0.0.1', 'agent@example.com')).toBeNull();

  await failTwice();
  expect(await admitted(throttle, '10.0.0.1', 'agent@example.com')).toEqual({ code: 'RATE_LIMITED', retryAfter: 2 });
  await wait(2100);
  await failTwice();
  expect(await admitted(throttle, '10.0.0.1', 'agent@example.com')).toEqual({ code: 'RATE_LIMITED', retryAfter: 2 });
});

it('starts over after a successful login', async () => {
  const throttle = createLoginThrottle(settings, memoryCounters(), failOpen);
  await (await throttle.begin('10.0.0.1', 'agent@example.com')).failed();
  await (await throttle.begin('10.0.0.1', 'agent@example.com')).succeeded();
  await (await throttle.begin('10.0.0.1', 'agent@example.com')).failed();
  expect(await admitted(throttle, '10.0.0.1', 'agent@example.com')).toBeNull();
});

// The counters were read before the password check and written after it, so attempts made at
// once all saw an empty run and all reached the check.
it('lets no more attempts made at once through than the run allows', async () => {
  const throttle = createLoginThrottle({ ...settings, loginFailuresBeforeLockout: 5 }, memoryCounters(), failOpen);
  const outcomes = await Promise.all(Array.from({ length: 40 }, () => refusal(throttle.begin('10.0.0.1', 'agent@example.com'))));
  expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(5);
  expect(outcomes.filter((outcome) => outcome?.code === 'RATE_LIMITED')).toHaveLength(35);
});

it("gives an IP's attempt back when the password was right, so signing in never uses up the hourly cap", async () => {
  const throttle = createLoginThrottle({ ...settings, loginFailuresPerIpPerHour: 2 }, memoryCounters(), failOpen);
  for (let n = 0; n < 5; n += 1) await (await throttle.begin('10.0.0.1', `agent${n}@example.com`)).succeeded();
  await (await throttle.begin('10.0.0.1', 'a@example.com')).failed();
  await (await throttle.begin('10.0.0.1', 'b@example.com')).failed();
  expect(await admitted(throttle, '10.0.0.1', 'c@example.com')).toMatchObject({ code: 'RATE_LIMITED' });
});
