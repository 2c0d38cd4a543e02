import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { loginAdmin, registerCustomer, startSession } from '../../test/support/actors';
import { OnChatSessionUpdated, OnMessageAdded, SendMessage } from '../../test/support/operations';
import { closeCode, rawGraphqlSocket, tryUpgrade, waitUntil } from '../../test/security/hostile';
import { graphqlRequest, settle, useTestApp } from '../../test/support/test-app';
import { createGraphqlWsServer } from './graphql-ws-server';

type Frame = { id?: string; type: string; payload?: any };

const framesOf = (messages: Frame[], id: string) => messages.filter((message) => message.id === id);

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

  it('refuses a second operation under an id that is running with 4409', async () => {
    const admin = await loginAdmin(url());
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    const subscribe = { id: 'same', type: 'subscribe', payload: { query: String(OnMessageAdded), variables: { sessionId } } };
    raw.send(subscribe);
    await settle(100);
    raw.send(subscribe);
    expect(await raw.closed).toBe(4409);
  });

  it('stops sending once the client completes a subscription, and the id can be used again', async () => {
    const admin = await loginAdmin(url());
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, admin.token);
    const subscribe = { id: 'm', type: 'subscribe', payload: { query: String(OnMessageAdded), variables: { sessionId } } };
    raw.send(subscribe);
    await settle(100);
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'satu' } }, customer.token);
    await waitUntil(() => framesOf(raw.messages, 'm').length === 1);
    raw.send({ id: 'm', type: 'complete' });
    await settle(100);
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'dua' } }, customer.token);
    await settle(200);
    expect(framesOf(raw.messages, 'm').map((frame) => frame.payload.data.messageAdded.text)).toEqual(['satu']);
    raw.send(subscribe);
    await settle(100);
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'tiga' } }, customer.token);
    await waitUntil(() => framesOf(raw.messages, 'm').length === 2);
    expect(framesOf(raw.messages, 'm')[1]!.payload.data.messageAdded.text).toBe('tiga');
    raw.close();
  });

  it('delivers the same payload to every agent, and events whose payload reads the database in order', async () => {
    const admin = await loginAdmin(url());
    const sockets = await Promise.all([0, 1, 2].map(() => rawGraphqlSocket(handle.app.wsUrl, admin.token)));
    // chatSessionUpdated resolves `customer` and `assignedAdmin` through the database, asynchronously.
    for (const raw of sockets) raw.send({ id: 'u', type: 'subscribe', payload: { query: String(OnChatSessionUpdated), variables: {} } });
    await settle(100);
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
    await settle(100);
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
    const silentClosed = closeCode(silent);
    expect(await silentClosed).toBe(1006); // terminated, no close frame
    await settle(300);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    answering.terminate();
    server.close();
    wsServer.close();
    httpServer.close();
  });
});
