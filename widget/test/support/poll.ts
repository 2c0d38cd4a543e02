/**
 * Retries `read` until its value passes the assertion, then resolves; after `timeoutMs` it fails
 * with the last assertion error. For what the page shows "soon", without sleeping a fixed time.
 */
export function poll<T>(read: () => Promise<T> | T, timeoutMs = 10_000) {
  const until = async (check: (value: T) => void): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        check(await read());
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  return {
    toBe: (expected: T) => until((value) => expect(value).toBe(expected)),
    toEqual: (expected: unknown) => until((value) => expect(value).toEqual(expected)),
    toMatch: (expected: RegExp) => until((value) => expect(value).toMatch(expected)),
  };
}
