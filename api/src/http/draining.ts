import type { ServerResponse } from 'node:http';
import type express from 'express';
import { errorResponseBody } from '../errors/app-error';

/**
 * The first phase of a graceful stop. While draining, the instance still listens, so that a
 * balancer or client that has not noticed yet gets a clear, retryable 503 instead of a refused
 * connection, and the requests already running finish with their answers.
 */
export interface Drain {
  readonly draining: boolean;
  /** Counts the request in flight and answers true; once draining, answers it with a 503 and false. */
  admit(res: ServerResponse): boolean;
  /** `admit` as middleware. Mount it after the probes. */
  refuseWhileDraining: express.RequestHandler;
  /** Starts draining; resolves once no request is in flight, or after `timeoutMs`. */
  start(timeoutMs: number): Promise<void>;
}

const RETRY_AFTER_SECONDS = '2';
const REFUSAL = JSON.stringify(
  errorResponseBody('INTERNAL_SERVER_ERROR', 'This server is restarting. Please try again in a moment.', { retryable: true }),
);

export function createDrain(): Drain {
  let draining = false;
  let inFlight = 0;
  let onIdle: (() => void) | undefined;

  const admit = (res: ServerResponse): boolean => {
    if (draining) {
      res.writeHead(503, { 'Content-Type': 'application/json', Connection: 'close', 'Retry-After': RETRY_AFTER_SECONDS });
      res.end(REFUSAL);
      return false;
    }
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) onIdle?.();
    });
    return true;
  };

  return {
    get draining() {
      return draining;
    },
    admit,
    refuseWhileDraining(_req, res, next) {
      if (admit(res)) next();
    },
    start(timeoutMs) {
      draining = true;
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        onIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
  };
}
