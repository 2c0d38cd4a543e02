import { retryDelay } from '../../src/live-socket';

it('backs off exponentially, with jitter, up to a ceiling', () => {
  const low = () => 0;
  const high = () => 0.999999;
  expect(retryDelay(0, low)).toBe(250);
  expect(retryDelay(0, high)).toBeCloseTo(500, 0);
  expect(retryDelay(3, low)).toBe(2000);
  expect(retryDelay(3, high)).toBeCloseTo(4000, 0);
  expect(retryDelay(20, high)).toBeLessThanOrEqual(15_000);
  expect(retryDelay(20, low)).toBe(7_500);
  const spread = new Set(Array.from({ length: 20 }, () => Math.round(retryDelay(2))));
  expect(spread.size).toBeGreaterThan(10);
});
