import { randomBytes } from 'node:crypto';
import { createClient, type Client as WsClient } from 'graphql-ws';
import pino, { type Logger } from 'pino';
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createTestDatabase, type TestDatabase } from './database';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-production-checks';

export interface TestApp extends RunningApp {
  httpUrl: string;
  wsUrl: string;
}

/** Every abuse limit off: tests share 127.0.0.1 and senders, and are not what the limits guard against. */
const RATE_LIMITS_OFF = { LOGIN_RATE_LIMIT: '0', LOGIN_LOCKOUT_AFTER: '0', SESSION_RATE_LIMIT: '0', MESSAGE_RATE_LIMIT: '0', TYPING_RATE_LIMIT: '0' };

export interface TestAppOptions {
  /** Keep the configured rate limits (the defaults, or what `env` sets) instead of turning them off. */
  rateLimits?: boolean;
  logger?: Logger;
}

/** A real API on a free port against `databaseUrl`; pass `env` to override configuration. */
export async function startTestApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_ADMIN: 'true',
    ...(options.rateLimits ? {} : RATE_LIMITS_OFF),
    ...env,
  });
  const app = await startApp(config, options.logger ?? pino({ level: config.logLevel }));
  return { ...app, httpUrl: `http://127.0.0.1:${app.port}/graphql`, wsUrl: `ws://127.0.0.1:${app.port}/graphql` };
}

/** One Redis prefix per test file keeps parallel runs on the machine's Redis apart. */
export const uniqueRedisPrefix = () => `test-${randomBytes(4).toString('hex')}:`;

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
}

/** Anything whose String() is the document text: a generated typed document string, or a plain string. */
export type Document<TResult, TVariables> = { toString(): string; __apiType?: (variables: TVariables) => TResult };

export async function graphqlRequest<TResult, TVariables>(
  url: string,
  document: Document<TResult, TVariables> | string,
  variables?: TVariables,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TResult> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query: String(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<TResult>) };
}

export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

export interface SocketClient {
  client: WsClient;
  /** Resolves once the server acknowledged connection_init: the socket is signed in. */
  connected: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

export function connectSocket(wsUrl: string, token?: string): SocketClient {
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  let resolveConnected!: () => void;
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { connected: () => resolveConnected(), closed: (event) => resolveClosed(event as { code: number; reason: string }) },
    onNonLazyError: () => {},
  });
  return { client, connected, closed, dispose: () => client.dispose() as Promise<void> };
}

export interface Subscription<T> {
  events: T[];
  errors: GraphQLResponse<unknown>['errors'][];
  completed: Promise<void>;
  /** Resolves once `count` events have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

export function subscribe<TResult, TVariables>(
  socket: SocketClient,
  document: Document<TResult, TVariables> | string,
  variables: TVariables,
): Subscription<TResult> {
  const events: TResult[] = [];
  const errors: Subscription<TResult>['errors'] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let resolveCompleted!: () => void;
  const completed = new Promise<void>((resolve) => (resolveCompleted = resolve));
  const notify = () => {
    for (const waiter of waiters.filter((w) => events.length >= w.count)) waiter.resolve();
  };
  const stop = socket.client.subscribe<TResult>(
    { query: String(document), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors) errors.push(result.errors as GraphQLResponse<unknown>['errors']);
        if (result.data) events.push(result.data as TResult);
        notify();
      },
      error: (error) => {
        errors.push(Array.isArray(error) ? error : [{ message: String(error) }]);
        resolveCompleted();
      },
      complete: () => resolveCompleted(),
    },
  );
  return {
    events,
    errors,
    completed,
    stop,
    waitFor(count, timeoutMs = 5000) {
      if (events.length >= count) return Promise.resolve(events);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} events, got ${events.length}: ${JSON.stringify(events)}`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(events);
          },
        });
      });
    },
  };
}

/** A metric's value on an instance's /metrics, summed over its label sets (0 while it has none), or over those with `labels`. */
export async function metricValue(httpUrl: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(new URL('/metrics', httpUrl))).text();
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .filter((line) => wanted.every((pair) => line.slice(0, line.lastIndexOf(' ')).includes(pair)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** Lets in-flight events arrive before asserting that something did NOT arrive. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

export { createTestDatabase, type TestDatabase };

/** Registers beforeAll/afterAll for one app on a fresh database; read `.app` inside tests. */
export function useTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  const handle = {} as { app: TestApp; db: TestDatabase };
  beforeAll(async () => {
    handle.db = await createTestDatabase();
    handle.app = await startTestApp(handle.db.url, env, options);
  });
  afterAll(async () => {
    await handle.app?.close();
    await handle.db?.drop();
  });
  return handle;
}

/** Registers beforeAll/afterAll for two instances on one fresh database and one Redis; read `.a` and `.b` inside tests. */
export function useTwoTestApps() {
  const handle = {} as { a: TestApp; b: TestApp; db: TestDatabase };
  beforeAll(async () => {
    handle.db = await createTestDatabase();
    const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() };
    handle.a = await startTestApp(handle.db.url, shared);
    handle.b = await startTestApp(handle.db.url, shared);
  });
  afterAll(async () => {
    await handle.a?.close();
    await handle.b?.close();
    await handle.db?.drop();
  });
  return handle;
}
