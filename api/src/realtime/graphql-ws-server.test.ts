import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { loginAdmin, registerCustomer, startSession } from '../../test/support/actors';
import { OnChatSessionUpdated, OnMessageAdded, SendMessage } from '../../test/support/operations';
import { closeCode, rawGraphqlSocket, tryUpgrade, waitUntil } from '../../test/security/hostile';
import { metricValue, waitForValue } from '../../test/support/live';
import { graphqlRequest, useTestApp, type TestApp } from '../../test/support/test-app';
import { createGraphqlWsServer } from './graphql-ws-server';

type Frame = { id?: string; type: string; payload?: any };

const framesOf = (messages: Frame[], id: string) => messages.filter((message) => message.id === id);

type RawSocket = Awaited<ReturnType<typeof rawGraphqlSocket>>;

/** Frames in one TCP write, so the server reads them together, before any operation's first await. */
function sendInOneWrite(raw: RawSocket, frames: object[]) {
  const tcp = (raw.socket as unknown as { _socket: import('node:net').Socket })._socket;
  tcp.cork();
  for (const frame of frames) raw.send(frame);
  process.nextTick(() => tcp.uncork());
}

const textsOf = (raw: RawSocket, id: string) =>
  framesOf(raw.messages, id)
    .filter((frame) => frame.type === 'next')
    .map((frame) => frame.payload.data?.messageAdded?.text);

/**
 * Sends messages into the session until one reaches `id` on the socket (nothing tells a client
 * when the server has started listening); returns the texts sent.
 */
async function provedLiveRaw(raw: RawSocket, id: string, send: (text: string) => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const text = `penanda ${Math.random().toString(36).slice(2)}`;
    sent.push(text);
    await send(text);
    try {
      await waitUntil(() => textsOf(raw, id).includes(text), 250);
      return sent;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`no message reached ${id}: ${JSON.stringify(raw.messages)}`);
}

const activeSubscriptions = (app: TestApp) => metricValue(app.deps.metrics.activeSubscriptions);

describe('the graphql-transport-ws protocol', () => {
  const handle = useTestApp();
  const url = () => handle.app.httpUrl;

  it('closes a socket that does not speak graphql-transport-ws with 4406', async () => {
    const socket = new WebSocket(handle.app.wsUrl);
    expect(await closeCode(socket)).toBe(4406);
  });

  it('closes with 4401 an operation sent before connection_init, and with 4429 a second connection_init', async () => {
    const early = await tryUpgrade(handle.app.wsUrl);
    if (!early.opened) throw new Error('expected the upgrade to succeed');
    early.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ widgetConfig { online } }' } }));
    expect(await closeCode(early.socket)).toBe(4401);

    const raw = await rawGraphqlSocket(handle.app.wsUrl);
    raw.send({ type: 'connection_init', payload: {} });
    expect(await raw.closed).toBe(4429);
  });

  it.each([
    ['a frame that is not JSON', 'not json'],
    ['a frame of an unknown type', JSON.stringify({ type: 'hello' })],
    ['a frame only a server may send', JSON.stringify({ id: '1', type: 'next', payload: {} })],
    ['a subscribe without a query', JSON.stringify({ id: '1', type: 'subscribe', payload: {} })],
  ])('closes with 4400 on %s', async (_name, frame) => {
    const raw = await rawGraphqlSocket(handle.app.wsUrl);
    raw.socket.send(frame);
    expect(await raw.closed).toBe(4400);
  });

  it('answers a ping with a pong that carries its payload', async () => {
    const raw = await rawGraphqlSocket(handle.app.wsUrl);
    raw.send({ type: 'ping', payload: { at: 42 } });
    await waitUntil(() => raw.messages.some((message) => message.type === 'pong'));
    expect(raw.messages.find((message) => message.type === 'pong')).toEqual({ type: 'pong', payload: { at: 42 } });
    raw.close();
  });

  it('runs a query once: next, then complete', async () => {
    const raw = await rawGraphqlSocket(handle.app.wsUrl);
    raw.send({ id: 'q1', type: 'subscribe', payload: { query: '{ widgetConfig { widgetTitle } }' } });
    await waitUntil(() => raw.messages.some((message) => message.type === 'complete'));
    expect(framesOf(raw.messages, 'q1')).toEqual([
      { id: 'q1', type: 'next', payload: { data: { widgetConfig: { widgetTitle: 'Bantuan OSS Perizinan' } } } },
      { id: 'q1', type: 'complete' },
    ]);
    raw.close();
  });

  it('answers a refused subscription with its error and complete, and keeps the socket', async () => {
    const customer = await registerCustomer(url());
    const raw = await rawGraphqlSocket(handle.app.wsUrl, customer.token);
    const query = String(OnMessageAdded);
    raw.send({ id: 's1', type: 'subscribe', payload: { query, variables: { sessionId: '999999' } } });
    await waitUntil(() => raw.messages.some((message) => message.type === 'complete'));
    const [next, complete] = framesOf(raw.messages, 's1');
    expect(next!.payload.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(complete).toEqual({ id: 's1', type: 'complete' });
    raw.send({ id: 'q2', type: 'subscribe', payload: { query: '{ widgetConfig { online } }' } });
    await waitUntil(() => framesOf(raw.messages, 'q2').length === 2);
    raw.close();
  });

  it.each([
    ['a short id', 'same'],
    ['an id too long to echo in a close frame (it closed with 4500)', 'x'.repeat(300)],
  ])('refuses a second operation under an id that is running with 4409: %s', async (_name, id) => {
    const admin = await loginAdmin(url());
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    const subscribe = { id, type: 'subscribe', payload: { query: String(OnMessageAdded), variables: { sessionId } } };
    raw.send(subscribe);
    await provedLiveRaw(raw, id, (text) => graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token));
    const closed = new Promise<Buffer>((resolve) => raw.socket.once('close', (_code, reason) => resolve(reason)));
    raw.send(subscribe);
    expect(await raw.closed).toBe(4409);
    expect((await closed).byteLength).toBeLessThanOrEqual(123);
  });

  it('subscribe X, complete X, subscribe X in one write leaves one live subscription (every event came twice, one never released)', async () => {
    const admin = await loginAdmin(url());
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const before = await activeSubscriptions(handle.app);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    const subscribe = { id: 'x', type: 'subscribe', payload: { query: String(OnMessageAdded), variables: { sessionId } } };
    sendInOneWrite(raw, [subscribe, { id: 'x', type: 'complete' }, subscribe]);
    const send = (text: string) => graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
    const sent = await provedLiveRaw(raw, 'x', send);
    await send('terakhir');
    await waitUntil(() => textsOf(raw, 'x').includes('terakhir'));
    const texts = textsOf(raw, 'x');
    expect(texts).toEqual([...new Set(texts)]);
    expect(texts.at(-1)).toBe('terakhir');
    expect(sent).toContain(texts[0]);
    expect(await activeSubscriptions(handle.app)).toBe(before + 1);
    raw.close();
    await expect(waitForValue(() => activeSubscriptions(handle.app), before)).resolves.toBe(before);
  });

  it("a query completed and its id reused by a subscription: the query's result is not sent under the subscription's id", async () => {
    const admin = await loginAdmin(url());
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    sendInOneWrite(raw, [
      { id: 'x', type: 'subscribe', payload: { query: '{ chatSessions { totalCount } }' } },
      { id: 'x', type: 'complete' },
      { id: 'x', type: 'subscribe', payload: { query: String(OnMessageAdded), variables: { sessionId } } },
    ]);
    await provedLiveRaw(raw, 'x', (text) => graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token));
    const frames = framesOf(raw.messages, 'x');
    expect(frames.every((frame) => frame.type === 'next' && frame.payload.data.messageAdded)).toBe(true);
    raw.close();
  });

  /** The same mistake over HTTP and over the socket. */
  const mistakes = [
    ['an unknown operationName', { query: 'query A { widgetConfig { online } }', operationName: 'B' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['no operationName for a document of two', { query: 'query A { widgetConfig { online } } query B { widgetConfig { online } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a missing variable', { query: 'query ($id: ID!) { chatSession(id: $id) { id } }', variables: {} }, 'BAD_USER_INPUT'],
    ['a variable of the wrong type', { query: 'query ($first: Int) { chatSessions(first: $first) { totalCount } }', variables: { first: 'x' } }, 'BAD_USER_INPUT'],
    ['a missing subscription variable', { query: String(OnMessageAdded), variables: {} }, 'BAD_USER_INPUT'],
  ] as const;

  it.each(mistakes)('answers %s with the code HTTP gives, not INTERNAL_SERVER_ERROR', async (_name, payload, code) => {
    const admin = await loginAdmin(url());
    const overHttp = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify(payload),
    });
    const httpCode = ((await overHttp.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;
    expect(httpCode).toBe(code);

    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    raw.send({ id: 'bad', type: 'subscribe', payload });
    await waitUntil(() => framesOf(raw.messages, 'bad').length > 0);
    const [answer] = framesOf(raw.messages, 'bad');
    expect(answer).toMatchObject({ type: 'error', payload: [{ extensions: { code } }] });
    raw.send({ id: 'after', type: 'subscribe', payload: { query: '{ widgetConfig { online } }' } });
    await waitUntil(() => framesOf(raw.messages, 'after').length === 2);
    raw.close();
  });

  it('stops sending once the client completes a subscription, and the id can be used again', async () => {
    const admin = await loginAdmin(url());
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    const send = (text: string) => graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
    const subscribe = (id: string) => ({ id, type: 'subscribe', payload: { query: String(OnMessageAdded), variables: { sessionId } } });
    raw.send(subscribe('m'));
    raw.send(subscribe('witness'));
    await provedLiveRaw(raw, 'm', send);
    await provedLiveRaw(raw, 'witness', send);
    raw.send({ id: 'm', type: 'complete' });
    const receivedBefore = textsOf(raw, 'm').length;
    // Sent after the complete: the witness, on the same socket, receives it, and `m` does not.
    await send('dua');
    await waitUntil(() => textsOf(raw, 'witness').includes('dua'));
    expect(textsOf(raw, 'm')).toHaveLength(receivedBefore);
    expect(textsOf(raw, 'm')).not.toContain('dua');
    raw.send(subscribe('m'));
    await provedLiveRaw(raw, 'm', send);
    expect(textsOf(raw, 'm')).not.toContain('dua');
    raw.close();
  });

  it('delivers the same payload to every agent, and events whose payload reads the database in order', async () => {
    const admin = await loginAdmin(url());
    const sockets = await Promise.all([0, 1, 2].map(() => rawGraphqlSocket(handle.app.wsUrl, admin.token)));
    // chatSessionUpdated resolves `customer` and `assignedAdmin` through the database, asynchronously.
    for (const raw of sockets) raw.send({ id: 'u', type: 'subscribe', payload: { query: String(OnChatSessionUpdated), variables: {} } });
    // Live once a session opened now reaches every socket.
    const opened = await startSession(url(), await registerCustomer(url(), 'Penanda'), 'penanda');
    const sessionsOf = (raw: RawSocket) => framesOf(raw.messages, 'u').map((frame) => frame.payload.data.chatSessionUpdated.id);
    await waitUntil(() => sockets.every((raw) => sessionsOf(raw).includes(opened)));
    const customer = await registerCustomer(url(), 'Sari Dewi');
    const sessionId = await startSession(url(), customer, 'Halo');
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Halo' } }, admin.token);
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Halo juga' } }, customer.token);
    const statuses = (raw: (typeof sockets)[number]) =>
      framesOf(raw.messages, 'u')
        .map((frame) => frame.payload.data.chatSessionUpdated)
        .filter((session) => session.id === sessionId)
        .map((session) => `${session.status}:${session.customer.name}:${session.assignedAdmin?.id ?? '-'}`);
    await waitUntil(() => sockets.every((raw) => statuses(raw).length >= 2));
    const expected = ['WAITING:Sari Dewi:-', `ACTIVE:Sari Dewi:${admin.id}`];
    for (const raw of sockets) expect(statuses(raw).slice(0, 2)).toEqual(expected);
    for (const raw of sockets) raw.close();
  });
});


describe('keep-alive', () => {
  it('drops a socket that stops answering pings, and keeps one that answers', async () => {
    const httpServer = http.createServer();
    const wsServer = new WebSocketServer({ server: httpServer });
    // Nothing here runs an operation.
    const server = createGraphqlWsServer(wsServer, {
      contextFor: () => ({}),
      logger: pino({ level: 'silent' }),
      connectionInitTimeoutMs: 10_000,
      keepAliveMs: 100,
      clientIp: () => '127.0.0.1',
      accept: async () => ({ viewer: null }),
      onDisconnect: () => {},
      prepare: () => [],
      formatError: (error) => error.toJSON(),
      recordOperation: () => {},
      activeSubscriptions: { inc() {}, dec() {} },
    });
    httpServer.listen(0, '127.0.0.1');
    await once(httpServer, 'listening');
    const socketUrl = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const answering = new WebSocket(socketUrl, 'graphql-transport-ws');
    const silent = new WebSocket(socketUrl, 'graphql-transport-ws', { autoPong: false });
    await Promise.all([once(answering, 'open'), once(silent, 'open')]);
    let pingsAnswered = 0;
    answering.on('ping', () => (pingsAnswered += 1));
    const silentClosed = closeCode(silent);
    expect(await silentClosed).toBe(1006); // terminated, no close frame
    await waitUntil(() => pingsAnswered >= 3);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    answering.terminate();
    server.close();
    wsServer.close();
    httpServer.close();
  });
});
