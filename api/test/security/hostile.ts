import WebSocket from 'ws';
import type { TestApp } from '../support/test-app';

/** Rows in each table that a refused operation must leave alone. */
export type TableCounts = Record<'admin' | 'customer' | 'chat_session' | 'message' | 'file_attachment', number>;

export async function tableCounts(app: TestApp): Promise<TableCounts> {
  const rows = await app.deps.orm.em.fork().getConnection().execute<{ name: keyof TableCounts; n: number }[]>(
    `select 'admin' as name, count(*)::int as n from admin
     union all select 'customer', count(*)::int from customer
     union all select 'chat_session', count(*)::int from chat_session
     union all select 'message', count(*)::int from message
     union all select 'file_attachment', count(*)::int from file_attachment`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.n])) as TableCounts;
}

/** Runs `attack` and asserts that no table gained or lost a row. */
export async function expectNothingStored<T>(app: TestApp, attack: () => Promise<T>): Promise<T> {
  const before = await tableCounts(app);
  const result = await attack();
  expect(await tableCounts(app)).toEqual(before);
  return result;
}

export type UpgradeOutcome = { opened: true; socket: WebSocket } | { opened: false; status: number; headers: Record<string, string | string[] | undefined> };

/** A raw WebSocket handshake: whether it opened, or the HTTP status that refused it. */
export function tryUpgrade(wsUrl: string, options: { origin?: string; headers?: Record<string, string> } = {}): Promise<UpgradeOutcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin: options.origin, headers: options.headers });
    socket.once('open', () => resolve({ opened: true, socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ opened: false, status: response.statusCode ?? 0, headers: response.headers });
      response.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Resolves with the close code once the server closes `socket`. */
export const closeCode = (socket: WebSocket) =>
  new Promise<number>((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) throw new Error('socket already closed');
    socket.once('close', (code) => resolve(code));
  });

/** Speaks graphql-transport-ws by hand, for frames a well-behaved client would never send. */
export async function rawGraphqlSocket(wsUrl: string, token?: string) {
  const outcome = await tryUpgrade(wsUrl);
  if (!outcome.opened) throw new Error(`upgrade refused with ${outcome.status}`);
  const { socket } = outcome;
  const messages: { id?: string; type: string; payload?: unknown }[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = closeCode(socket);
  socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
  await waitUntil(() => messages.some((m) => m.type === 'connection_ack'));
  return {
    socket,
    messages,
    closed,
    send: (message: object) => socket.send(JSON.stringify(message)),
    close: () => socket.terminate(),
  };
}

export async function waitUntil(condition: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
