import type { GraphQLError } from 'graphql';
import type { RateLimitSettings } from '../config/config';
import { memoryCounters } from './counters';
import { createLoginThrottle } from './login-throttle';

// The lockout's growth, with seconds instead of minutes so the test can wait them out.
const settings: RateLimitSettings = {
  loginFailuresPerIpPerHour: 100,
  loginFailuresBeforeLockout: 2,
  loginLockoutSeconds: { first: 1, longest: 2 },
  sessionsPerIpPerMinute: 0,
  messagesPerSenderPerMinute: 0,
  typingPerSecond: 0,
};

const refusal = (attempt: Promise<void>) =>
  attempt.then(
    () => null,
    (error: GraphQLError) => error.extensions,
  );
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('locks an email out after a run of failures, for twice as long each time up to the longest', async () => {
  const throttle = createLoginThrottle(settings, memoryCounters(), (error) => {
    throw error;
  });
  const failTwice = async () => {
    await throttle.failed('10.0.0.1', 'agent@example.com');
    await throttle.failed('10.0.0.1', 'agent@example.com');
  };

  await failTwice();
  expect(await refusal(throttle.check('10.0.0.1', ' Agent@Example.com'))).toEqual({ code: 'RATE_LIMITED', retryAfter: 1 });
  expect(await refusal(throttle.check('10.0.0.2', 'agent@example.com'))).toBeNull(); // another IP is not locked out
  await wait(1100);
  expect(await refusal(throttle.check('10.0.0.1', 'agent@example.com'))).toBeNull();

  await failTwice();
  expect(await refusal(throttle.check('10.0.0.1', 'agent@example.com'))).toEqual({ code: 'RATE_LIMITED', retryAfter: 2 });
  await wait(2100);
  await failTwice();
  expect(await refusal(throttle.check('10.0.0.1', 'agent@example.com'))).toEqual({ code: 'RATE_LIMITED', retryAfter: 2 });
});

it('starts over after a successful login', async () => {
  const throttle = createLoginThrottle(settings, memoryCounters(), (error) => {
    throw error;
  });
  await throttle.failed('10.0.0.1', 'agent@example.com');
  await throttle.succeeded('10.0.0.1', 'agent@example.com');
  await throttle.failed('10.0.0.1', 'agent@example.com');
  expect(await refusal(throttle.check('10.0.0.1', 'agent@example.com'))).toBeNull();
});
