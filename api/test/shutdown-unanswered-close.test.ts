import WebSocket from 'ws';
import { createTestDatabase, startTestApp, type TestDatabase } from './support/test-app';

// A peer that never answered the server's close frame held the stop for ws's 30 s close timeout,
// past every orchestrator's grace period: such a peer is now cut off and the stop goes on.
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

it('stops without waiting for a socket that never answers the close frame', async () => {
  const app = await startTestApp(db.url);
  const socket = new WebSocket(app.wsUrl, 'graphql-transport-ws');
  const acknowledged = new Promise<void>((resolve) => socket.once('message', () => resolve()));
  await new Promise<void>((resolve) => socket.once('open', () => resolve()));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await acknowledged;
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  // The peer stops reading: the server's close frame is never seen, so never answered.
  const transport = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  transport.pause();
  await app.close();
  transport.resume();

  // The stop finished while the peer had still not read the close frame; it reads it now.
  expect(await closed).toBe(1001);
}, 20_000); // below ws's 30 s close timeout, the only other way the stop could end
