import { Writable } from 'node:stream';
import Redis from 'ioredis';
import pino from 'pino';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { startThrowawayRedis, waitFor, type ThrowawayRedis } from './faults/throwaway-services';
import { graphql } from './gql';
import { loginAdmin, registerCustomer, startSession, type Actor } from './support/actors';
import { OnMessageAdded, SendMessage } from './support/operations';
import {
  connectSocket,
  createTestDatabase,
  errorCode,
  graphqlRequest,
  startTestApp,
  subscribe,
  TEST_JWT_SECRET,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type SocketClient,
  type TestApp,
  type TestDatabase,
} from './support/test-app';

const ObservabilityProbe = graphql(`
  query ObservabilityProbe {
    widgetConfig {
      widgetTitle
    }
  }
`);

const ObservabilityOverSocket = graphql(`
  query ObservabilityOverSocket {
    widgetConfig {
      widgetTitle
    }
  }
`);

const ObservabilityRefused = graphql(`
  query ObservabilityRefused {
    admins {
      id
    }
  }
`);

let db: TestDatabase;
let app: TestApp;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startTestApp(db.url, { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() });
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const get = (server: TestApp, path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);

async function readiness(server: TestApp): Promise<{ status: number; body: { status: string; problems: string[] } }> {
  const response = await get(server, '/readyz');
  return { status: response.status, body: (await response.json()) as { status: string; problems: string[] } };
}

async function metricsText(server: TestApp = app): Promise<string> {
  const response = await get(server, '/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample, e.g. `livechat_websockets_open` or `name{label="x"}`; undefined if absent. */
async function sample(series: string, server: TestApp = app): Promise<number | undefined> {
  const line = (await metricsText(server)).split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function sampleBecomes(series: string, value: number, server: TestApp = app): Promise<void> {
  await waitFor(async () => (await sample(series, server)) === value, 5000, `${series} to be ${value}`);
}

describe('health and readiness', () => {
  it('answers /healthz with 200 while the process runs', async () => {
    const response = await get(app, '/healthz');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 while PostgreSQL and Redis answer', async () => {
    expect(await readiness(app)).toEqual({ status: 200, body: { status: 'ready', problems: [] } });
  });

  describe('with its own Redis, stopped and started again', () => {
    let redis: ThrowawayRedis;
    let onOwnRedis: TestApp;

    beforeAll(async () => {
      redis = await startThrowawayRedis();
      onOwnRedis = await startTestApp(db.url, { REDIS_URL: redis.url, REDIS_PREFIX: uniqueRedisPrefix() });
    });

    afterAll(async () => {
      await redis?.start();
      await onOwnRedis?.close();
      await redis?.stop('SIGTERM');
    });

    it('answers 503 naming redis while Redis is down, and 200 once it is back', async () => {
      expect(await readiness(onOwnRedis)).toEqual({ status: 200, body: { status: 'ready', problems: [] } });

      await redis.stop('SIGKILL');
      const down = await waitFor(async () => {
        const state = await readiness(onOwnRedis);
        return state.status === 503 && state;
      }, 10_000, '/readyz to answer 503');
      expect(down.body).toEqual({ status: 'unavailable', problems: ['redis'] });
      expect((await get(onOwnRedis, '/healthz')).status).toBe(200);

      await redis.start();
      await waitFor(async () => (await readiness(onOwnRedis)).status === 200, 20_000, '/readyz to answer 200 again');
    });

    it('counts a publish that Redis refuses, and the message is stored all the same', async () => {
      const customer = await registerCustomer(onOwnRedis.httpUrl, 'Budi Santoso');
      const sessionId = await startSession(onOwnRedis.httpUrl, customer);
      const failuresBefore = (await sample('livechat_pubsub_publish_failures_total', onOwnRedis)) ?? NaN;
      const admin = new Redis(redis.url);
      try {
        // Every connection of the default user loses PUBLISH, and only PUBLISH.
        await admin.call('ACL', 'SETUSER', 'default', '-publish');
        const sent = await graphqlRequest(onOwnRedis.httpUrl, SendMessage, { input: { sessionId, text: 'Halo' } }, customer.token);
        expect(sent.errors).toBeUndefined();
      } finally {
        await admin.call('ACL', 'SETUSER', 'default', '+publish');
        admin.disconnect();
      }

      expect(await sample('livechat_pubsub_publish_failures_total', onOwnRedis)).toBeGreaterThan(failuresBefore);
      expect(await sample('livechat_messages_stored_total', onOwnRedis)).toBe(1);
    });
  });
});

describe('/metrics', () => {
  it('times GraphQL operations by name, type and outcome', async () => {
    await graphqlRequest(app.httpUrl, ObservabilityProbe, {});
    await graphqlRequest(app.httpUrl, ObservabilityProbe, {});
    expect(errorCode(await graphqlRequest(app.httpUrl, ObservabilityRefused, {}))).toBe('UNAUTHENTICATED');

    const text = await metricsText();
    expect(text).toContain('# TYPE livechat_graphql_operation_duration_seconds histogram');
    expect(await sample('livechat_graphql_operation_duration_seconds_count{operation="ObservabilityProbe",type="query",outcome="ok"}')).toBe(2);
    expect(await sample('livechat_graphql_operation_duration_seconds_count{operation="ObservabilityRefused",type="query",outcome="error"}')).toBe(1);
    expect(text).toMatch(/^livechat_graphql_operation_duration_seconds_bucket\{le="0\.005",operation="ObservabilityProbe",type="query",outcome="ok"\} \d+$/m);
  });

  it('times HTTP requests by route, without one series per unknown path', async () => {
    await get(app, '/healthz');
    const unknown = `/nothing/here/${Math.random().toString(36).slice(2)}`;
    expect((await get(app, unknown)).status).toBe(404);

    const text = await metricsText();
    expect(await sample('livechat_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^livechat_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+$/m);
    expect(text).not.toContain(unknown);
    expect(text).toMatch(/^livechat_http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} \d+$/m);
  });

  it('times operations that run over the WebSocket too', async () => {
    const customer = await registerCustomer(app.httpUrl, 'Dewi Lestari');
    const socket = connectSocket(app.wsUrl, customer.token);
    sockets.push(socket);
    const before = (await sample('livechat_graphql_operation_duration_seconds_count{operation="ObservabilityOverSocket",type="query",outcome="ok"}')) ?? 0;

    const query = subscribe(socket, ObservabilityOverSocket, {});
    await query.completed;

    expect(query.events).toEqual([{ widgetConfig: { widgetTitle: 'Bantuan OSS Perizinan' } }]);
    expect(await sample('livechat_graphql_operation_duration_seconds_count{operation="ObservabilityOverSocket",type="query",outcome="ok"}')).toBe(before + 1);
  });

  it('follows open WebSockets and active subscriptions', async () => {
    const customer: Actor = await registerCustomer(app.httpUrl, 'Sari Dewi');
    const sessionId = await startSession(app.httpUrl, customer);
    await sampleBecomes('livechat_websockets_open', 0);

    const socket = connectSocket(app.wsUrl, customer.token);
    sockets.push(socket);
    subscribe(socket, OnMessageAdded, { sessionId });
    subscribe(socket, OnMessageAdded, { sessionId });

    await sampleBecomes('livechat_websockets_open', 1);
    await sampleBecomes('livechat_subscriptions_active', 2);
    await socket.dispose();
    await sampleBecomes('livechat_websockets_open', 0);
    await sampleBecomes('livechat_subscriptions_active', 0);
  });

  it('counts messages stored, and a resend with the same clientMessageId not twice', async () => {
    const customer = await registerCustomer(app.httpUrl, 'Rina Wati');
    const sessionId = await startSession(app.httpUrl, customer, 'Pesan pertama');
    const before = (await sample('livechat_messages_stored_total')) ?? NaN;
    const input = { sessionId, text: 'Pesan kedua', clientMessageId: 'metrik-1' };

    await graphqlRequest(app.httpUrl, SendMessage, { input }, customer.token);
    await graphqlRequest(app.httpUrl, SendMessage, { input }, customer.token);

    expect(await sample('livechat_messages_stored_total')).toBe(before + 1);
  });

  it('serves pub/sub publish failures and the default process metrics', async () => {
    const text = await metricsText();

    expect(text).toContain('# TYPE livechat_pubsub_publish_failures_total counter');
    // Every operation so far has been answered (the upload tests see it rise while one is not).
    expect(await sample('livechat_graphql_operations_in_flight')).toBe(0);
    expect(await sample('livechat_pubsub_publish_failures_total')).toBe(0);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(text).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
  });
});

describe('logs', () => {
  const lines: string[] = [];
  let logged: RunningApp;
  let url: string;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      JWT_SECRET: TEST_JWT_SECRET,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: uniqueRedisPrefix(),
    });
    logged = await startApp(config, pino({ level: config.logLevel }, stream));
    url = `http://127.0.0.1:${logged.port}/graphql`;
  });

  afterAll(async () => {
    await logged?.close();
  });

  it("are JSON lines naming each operation and its duration, without passwords, tokens or message text", async () => {
    const admin = await loginAdmin(url, 'admin@example.com', 'password123');
    const customer = await registerCustomer(url, 'Budi Santoso');
    const sessionId = await startSession(url, customer, 'isi pesan pertama 7311');
    await graphqlRequest(url, SendMessage, { input: { sessionId, text: 'isi pesan kedua 7312' } }, admin.token);

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const operations = entries.filter((entry) => entry.msg === 'graphql operation');
    expect(operations.map((entry) => entry.operation)).toEqual(['Login', 'RegisterCustomer', 'StartChatSession', 'SendMessage']);
    for (const entry of operations) {
      expect(entry).toMatchObject({ level: 30, type: 'mutation', outcome: 'ok', durationMs: expect.any(Number) });
    }
    const everything = lines.join('\n');
    for (const secret of ['password123', admin.token, customer.token, 'isi pesan pertama 7311', 'isi pesan kedua 7312']) {
      expect(everything).not.toContain(secret);
    }
  });
});
