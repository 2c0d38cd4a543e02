/**
 * graphql-ws's own server tests (tests/server.test.ts, tests/use.test.ts) and PROTOCOL.md, ported
 * to our server and driven over a real socket, one case per behaviour. Skipped, because our
 * server has no such option:
 * - schema resolved from a promise, custom parse/validate, `roots`, the `context` option and
 *   `onSubscribe` returning execution args: the schema and guard are fixed, the context is `contextFor`.
 * - onNext / onError / onOperation / onComplete result hooks, JSON replacer/reviver: not offered.
 * - a connection_ack payload, `ctx.extra`, onPing/onPong callbacks: not offered.
 * - persisted queries: not supported (a query is always sent in full).
 * - handleProtocols taking a Set, an array or a string: ws hands ours a Set; only the outcome (4406) applies.
 * - "acknowledged even if the ack send did not resolve": sends here are synchronous.
 * - errors thrown from any callback close with 4500, an empty array from onSubscribe, no schema,
 *   internal error message size for non-Error values: our callbacks cannot throw into the loop;
 *   an error while an operation starts refuses that operation (see below).
 * - keep-alive and "gracefully go away when disposing": in graphql-ws-server.test.ts and
 *   test/graceful-shutdown.test.ts, against the whole app.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { waitUntil } from '../../test/security/hostile';
import { EventStream, type Listener } from '../pubsub/event-stream';
import { createGraphqlWsServer, type GraphqlWsServerOptions } from './graphql-ws-server';
import { createOperationGuard } from './websocket-guards';

type Frame = { id?: string; type: string; payload?: any };

/** A source the test pushes by hand, that says whether anyone listens, and can be held before it starts. */
function manualSource() {
  const listeners = new Set<Listener<string>>();
  let hold: Promise<void> = Promise.resolve();
  let end: ((error?: unknown) => void) | undefined;
  return {
    listeners,
    stream: () =>
      new EventStream<string>(async (listener, ended) => {
        await hold;
        listeners.add(listener);
        end = ended;
        return () => listeners.delete(listener);
      }),
    push: (value: string) => listeners.forEach((listener) => listener(value)),
    end: (error?: unknown) => end?.(error),
    holdUntil(release: Promise<void>) {
      hold = release;
    },
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

let pings = manualSource();
let slowQuery = deferred();

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      getValue: { type: new GraphQLNonNull(GraphQLString), resolve: () => 'value' },
      slow: {
        type: GraphQLString,
        resolve: async () => {
          await slowQuery.promise;
          return 'slow';
        },
      },
    },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      greetings: {
        type: GraphQLString,
        subscribe: async function* () {
          for (const greeting of ['Hi', 'Bonjour', 'Hola', 'Ciao', 'Zdravo']) yield { greetings: greeting };
        },
      },
      ping: { type: GraphQLString, subscribe: () => pings.stream(), resolve: (value: string) => value },
      boom: {
        type: GraphQLString,
        subscribe: async function* () {
          yield { boom: 'first' };
          throw new Error('kaboom');
        },
      },
    },
  }),
});

const servers: { close(): Promise<void> }[] = [];
const clients: WebSocket[] = [];

beforeEach(() => {
  pings = manualSource();
  slowQuery = deferred();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(overrides: Partial<GraphqlWsServerOptions> = {}) {
  const httpServer = http.createServer();
  const wsServer = new WebSocketServer({ server: httpServer });
  const disconnected: number[] = [];
  const server = createGraphqlWsServer(wsServer, {
    contextFor: () => ({}),
    logger: pino({ level: 'silent' }),
    connectionInitTimeoutMs: 3_000,
    keepAliveMs: 60_000,
    clientIp: () => '127.0.0.1',
    accept: async () => ({ viewer: null }),
    onDisconnect: () => disconnected.push(Date.now()),
    prepare: createOperationGuard(schema, { introspection: true }),
    formatError: (error) => error.toJSON(),
    recordOperation: () => {},
    activeSubscriptions: { inc() {}, dec() {} },
    ...overrides,
  });
  httpServer.listen(0, '127.0.0.1');
  await once(httpServer, 'listening');
  servers.push({
    async close() {
      server.close();
      for (const socket of wsServer.clients) socket.terminate();
      await new Promise((resolve) => wsServer.close(resolve));
      await new Promise((resolve) => httpServer.close(resolve));
    },
  });
  return { url: `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, disconnected };
}

async function connect(url: string, protocol: string | null = 'graphql-transport-ws') {
  const socket = protocol ? new WebSocket(url, protocol) : new WebSocket(url);
  clients.push(socket);
  const frames: Frame[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await once(socket, 'open');
  return {
    socket,
    frames,
    closed,
    send: (frame: object) => socket.send(JSON.stringify(frame)),
    framesOf: (id: string) => frames.filter((frame) => frame.id === id),
    waitFor: (condition: () => boolean) => waitUntil(condition),
    /** Proves the socket still open and answering: a ping gets its pong. */
    async answers() {
      const payload = { check: Math.random() };
      socket.send(JSON.stringify({ type: 'ping', payload }));
      await waitUntil(() => frames.some((frame) => frame.type === 'pong' && frame.payload?.check === payload.check));
    },
  };
}

async function connectAndInit(url: string) {
  const client = await connect(url);
  client.send({ type: 'connection_init' });
  await client.waitFor(() => client.frames.some((frame) => frame.type === 'connection_ack'));
  return client;
}

describe('Connect', () => {
  it('closes the socket and sends no ack when accept refuses it', async () => {
    const { url } = await startServer({
      accept: async (socket) => {
        socket.close(4403, 'Forbidden');
        return null;
      },
    });
    const client = await connect(url);
    client.send({ type: 'connection_init' });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden' });
    expect(client.frames).toEqual([]);
  });

  it('acknowledges connection_init with a payload or without one', async () => {
    const { url } = await startServer();
    for (const init of [{ type: 'connection_init' }, { type: 'connection_init', payload: { some: 'value' } }]) {
      const client = await connect(url);
      client.send(init);
      await client.waitFor(() => client.frames.length > 0);
      expect(client.frames).toEqual([{ type: 'connection_ack' }]);
    }
  });

  it('closes with 4408 when no connection_init came within the timeout', async () => {
    const { url } = await startServer({ connectionInitTimeoutMs: 10 });
    const client = await connect(url);
    expect(await client.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('does not close after the timeout while connection_init is still being accepted', async () => {
    const { url } = await startServer({
      connectionInitTimeoutMs: 10,
      accept: () => new Promise((resolve) => setTimeout(() => resolve({ viewer: null }), 50)),
    });
    const client = await connect(url);
    client.send({ type: 'connection_init' });
    await client.waitFor(() => client.frames.some((frame) => frame.type === 'connection_ack'));
    await client.answers();
  });

  it('closes with 4429 on a second connection_init while the first is pending', async () => {
    const release = deferred();
    const { url } = await startServer({ accept: () => release.promise.then(() => ({ viewer: null })) });
    const client = await connect(url);
    client.send({ type: 'connection_init' });
    client.send({ type: 'connection_init' });
    expect(await client.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
    release.resolve();
  });

  it('closes with 4429 on a connection_init after the ack', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ type: 'connection_init' });
    expect(await client.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
  });

  it('closes with 4406 a socket that offers no subprotocol', async () => {
    const { url } = await startServer();
    const client = await connect(url, null);
    expect(await client.closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable' });
  });

  it('omits the subprotocol from the handshake when none offered is graphql-transport-ws', async () => {
    const { url } = await startServer();
    const socket = new WebSocket(url, ['graphql-ws', 'something']);
    clients.push(socket);
    const [error] = (await once(socket, 'error')) as [Error];
    expect(error.message).toBe('Server sent no subprotocol');
  });
});

describe('Ping/Pong', () => {
  it('answers a ping with a pong, before and after connection_init', async () => {
    const { url } = await startServer();
    const client = await connect(url);
    client.send({ type: 'ping' });
    await client.waitFor(() => client.frames.length === 1);
    expect(client.frames).toEqual([{ type: 'pong' }]);
  });

  it("returns the ping's payload in the pong", async () => {
    const { url } = await startServer();
    const client = await connect(url);
    client.send({ type: 'ping', payload: { iCame: 'back' } });
    await client.waitFor(() => client.frames.length === 1);
    expect(client.frames).toEqual([{ type: 'pong', payload: { iCame: 'back' } }]);
  });

  it('does not answer a pong', async () => {
    const { url } = await startServer();
    const client = await connect(url);
    client.send({ type: 'pong' });
    await client.answers(); // its pong is the first and only frame
    expect(client.frames.map((frame) => frame.type)).toEqual(['pong']);
  });
});

describe('Message validation (PROTOCOL.md)', () => {
  it.each([
    ['a frame that is not JSON', 'not json'],
    ['a message without a type', JSON.stringify({ id: '1' })],
    ['a message of an unknown type', JSON.stringify({ type: 'hello' })],
    ['a message only a server sends', JSON.stringify({ id: '1', type: 'next', payload: {} })],
    ['a subscribe without an id', JSON.stringify({ type: 'subscribe', payload: { query: '{ getValue }' } })],
    ['a subscribe without a query', JSON.stringify({ id: '1', type: 'subscribe', payload: {} })],
  ])('closes with 4400 on %s', async (_name, text) => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.socket.send(text);
    expect((await client.closed).code).toBe(4400);
  });
});

describe('Subscribe', () => {
  it('closes with 4401 a subscribe before the connection is acknowledged', async () => {
    const { url } = await startServer();
    const client = await connect(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: '{ getValue }' } });
    expect(await client.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('executes a query: next with its result, then complete', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: '{ getValue }' } });
    await client.waitFor(() => client.framesOf('1').length === 2);
    expect(client.framesOf('1')).toEqual([
      { id: '1', type: 'next', payload: { data: { getValue: 'value' } } },
      { id: '1', type: 'complete' },
    ]);
  });

  it('sends nothing for a long-running query completed before its result was ready', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: '{ slow }' } });
    client.send({ id: '1', type: 'complete' });
    client.send({ id: '2', type: 'subscribe', payload: { query: '{ getValue }' } });
    await client.waitFor(() => client.framesOf('2').length === 2);
    slowQuery.resolve();
    client.send({ id: '3', type: 'subscribe', payload: { query: '{ slow }' } });
    await client.waitFor(() => client.framesOf('3').length === 2);
    expect(client.framesOf('1')).toEqual([]);
  });

  it('answers validation errors with an error message, and keeps the socket', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: '{ notExists }' } });
    await client.waitFor(() => client.framesOf('1').length === 1);
    expect(client.framesOf('1')).toEqual([
      { id: '1', type: 'error', payload: [expect.objectContaining({ message: expect.stringContaining('notExists') })] },
    ]);
    await client.answers();
  });

  it('executes a subscription and sends each published event as next', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
    pings.push('pong');
    await client.waitFor(() => client.framesOf('1').length === 1);
    expect(client.framesOf('1')).toEqual([{ id: '1', type: 'next', payload: { data: { ping: 'pong' } } }]);
  });

  it('completes a subscription whose source ends, after its last event', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { greetings }' } });
    await client.waitFor(() => client.framesOf('1').some((frame) => frame.type === 'complete'));
    expect(client.framesOf('1')).toEqual([
      ...['Hi', 'Bonjour', 'Hola', 'Ciao', 'Zdravo'].map((greetings) => ({ id: '1', type: 'next', payload: { data: { greetings } } })),
      { id: '1', type: 'complete' },
    ]);
  });

  it('completes a subscription whose EventStream ends, and releases it', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
    pings.push('last');
    pings.end();
    await client.waitFor(() => client.framesOf('1').length === 2);
    expect(client.framesOf('1')).toEqual([
      { id: '1', type: 'next', payload: { data: { ping: 'last' } } },
      { id: '1', type: 'complete' },
    ]);
    expect(pings.listeners.size).toBe(0);
    // The id is free again.
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
  });

  it('stops sending events once the client completes the subscription', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
    pings.push('one');
    await client.waitFor(() => client.framesOf('1').length === 1);
    client.send({ id: '1', type: 'complete' });
    await client.waitFor(() => pings.listeners.size === 0);
    pings.push('two');
    await client.answers();
    expect(client.framesOf('1')).toEqual([{ id: '1', type: 'next', payload: { data: { ping: 'one' } } }]);
  });

  it('closes with 4409 on a second subscribe under an id that is running', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: 'not-unique', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
    client.send({ id: 'not-unique', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    expect(await client.closed).toEqual({ code: 4409, reason: 'Subscriber for not-unique already exists' });
  });

  it('closes with 4409 on a second subscribe under an id that is still starting', async () => {
    const release = deferred();
    pings.holdUntil(release.promise);
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: 'not-unique', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    client.send({ id: 'not-unique', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    expect((await client.closed).code).toBe(4409);
    release.resolve();
  });

  it('cuts a close reason to the 123 bytes a close frame holds', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    const id = 'é'.repeat(100);
    client.send({ id, type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
    client.send({ id, type: 'subscribe', payload: { query: 'subscription { ping }' } });
    const { code, reason } = await client.closed;
    expect(code).toBe(4409);
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason.startsWith('Subscriber for é')).toBe(true);
  });

  it('respects a subscription completed while its source was still starting', async () => {
    const release = deferred();
    pings.holdUntil(release.promise);
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    client.send({ id: '1', type: 'complete' });
    await client.answers();
    release.resolve();
    await waitUntil(() => pings.listeners.size === 0);
    // Listening started after the complete and stopped at once: an event now reaches nobody.
    client.send({ id: '2', type: 'subscribe', payload: { query: '{ getValue }' } });
    await client.waitFor(() => client.framesOf('2').length === 2);
    pings.push('late');
    await client.answers();
    expect(client.framesOf('1')).toEqual([]);
  });

  it('refuses one operation that fails to start with an error message, keeps the socket and frees the id', async () => {
    let failures = 1;
    const { url } = await startServer({
      contextFor: () => {
        if (failures-- > 0) throw new Error('no context today');
        return {};
      },
    });
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: '{ getValue }' } });
    await client.waitFor(() => client.framesOf('1').length === 1);
    expect(client.framesOf('1')).toEqual([{ id: '1', type: 'error', payload: [expect.objectContaining({ message: expect.any(String) })] }]);
    client.send({ id: '1', type: 'subscribe', payload: { query: '{ getValue }' } });
    await client.waitFor(() => client.framesOf('1').length === 3);
    expect(client.framesOf('1').slice(1)).toEqual([
      { id: '1', type: 'next', payload: { data: { getValue: 'value' } } },
      { id: '1', type: 'complete' },
    ]);
  });

  it('does not send complete back for a subscription the client completed', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 1);
    client.send({ id: '1', type: 'complete' });
    await client.waitFor(() => pings.listeners.size === 0);
    await client.answers();
    expect(client.framesOf('1')).toEqual([]);
  });

  it('sends nothing for an operation whose socket closed while it started', async () => {
    const release = deferred();
    pings.holdUntil(release.promise);
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    client.socket.close(1000);
    await client.closed;
    release.resolve();
    await waitUntil(() => pings.listeners.size === 0);
    expect(client.framesOf('1')).toEqual([]);
  });

  it('answers a source that throws with an error message, not a closed socket, and no complete after it', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { boom }' } });
    await client.waitFor(() => client.framesOf('1').some((frame) => frame.type === 'error'));
    expect(client.framesOf('1').map((frame) => frame.type)).toEqual(['next', 'error']);
    await client.answers();
    expect(client.framesOf('1').map((frame) => frame.type)).toEqual(['next', 'error']);
  });
});

describe('Disconnect/close', () => {
  it('reports a disconnect only for a socket that was acknowledged', async () => {
    const { url, disconnected } = await startServer();
    const unacknowledged = await connect(url);
    unacknowledged.socket.close(1000);
    await unacknowledged.closed;
    const acknowledged = await connectAndInit(url);
    acknowledged.socket.close(4321, 'Byebye');
    await acknowledged.closed;
    await waitUntil(() => disconnected.length === 1);
    const another = await connectAndInit(url);
    another.socket.close(1000);
    await waitUntil(() => disconnected.length === 2);
  });

  it('stops a subscription whose source started after the socket closed', async () => {
    const release = deferred();
    pings.holdUntil(release.promise);
    const { url } = await startServer();
    const client = await connectAndInit(url);
    client.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { ping }' } });
    client.socket.terminate();
    await client.closed;
    release.resolve();
    await waitUntil(() => pings.listeners.size === 0);
  });

  it('stops every subscription of a socket when it closes', async () => {
    const { url } = await startServer();
    const client = await connectAndInit(url);
    for (const id of ['1', '2', '3']) client.send({ id, type: 'subscribe', payload: { query: 'subscription { ping }' } });
    await client.waitFor(() => pings.listeners.size === 3);
    client.socket.terminate();
    await waitUntil(() => pings.listeners.size === 0);
  });
});
