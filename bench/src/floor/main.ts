/**
 * The floor: the message path with nothing on top. POST /messages stores the row and publishes
 * it; a Redis subscriber pushes the bytes to the session's raw `ws` subscribers. No GraphQL, no
 * auth, no ORM, no logging: what is left is the work any implementation must do, on the same
 * PostgreSQL and Redis as the API, so the API's figures can be read as ratios to it.
 *
 * Env: PORT, DATABASE_URL, REDIS_URL (optional), REDIS_PREFIX, DATABASE_POOL_SIZE.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Pool } from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';
import { createFanout } from './fanout';
import { INSERT_MESSAGE, INSERT_SESSION, SCHEMA, SELECT_MESSAGE } from './schema';

const MAX_BODY = 100 * 1024;

interface SendInput {
  sessionId: string;
  text: string;
  clientMessageId: string | null;
  senderName: string | null;
}

async function main() {
  const port = Number(process.env.PORT ?? 0);
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
  await migrate(pool);
  const fanout = createFanout(process.env.REDIS_URL, process.env.REDIS_PREFIX ?? 'floor:');

  async function send(input: SendInput): Promise<{ id: string }> {
    const values = [input.sessionId, input.senderName, input.text, input.clientMessageId];
    const inserted = await pool.query({ name: 'insert-message', text: INSERT_MESSAGE, values });
    if (inserted.rowCount === 0) {
      // The clientMessageId was used before: answer with the stored message, publish nothing.
      const existing = await pool.query({ name: 'select-message', text: SELECT_MESSAGE, values: [input.sessionId, input.clientMessageId] });
      return { id: String(existing.rows[0].id) };
    }
    const row = inserted.rows[0] as { id: string; created_at: Date };
    const payload = JSON.stringify({
      id: row.id,
      sessionId: input.sessionId,
      sender: 'CUSTOMER',
      senderName: input.senderName,
      text: input.text,
      clientMessageId: input.clientMessageId,
      createdAt: row.created_at.toISOString(),
    });
    await fanout.publish(input.sessionId, payload);
    return { id: row.id };
  }

  const server = http.createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/readyz') {
      Promise.all([pool.query('select 1'), fanout.ready()]).then(
        () => reply(200, { status: 'ready' }),
        () => reply(503, { status: 'unavailable' }),
      );
      return;
    }
    if (req.method !== 'POST' || (req.url !== '/messages' && req.url !== '/sessions')) return reply(404, { error: 'not found' });
    readJson(req)
      .then((body) => (req.url === '/sessions' ? createSession(pool) : send(parseSend(body))))
      .then((result) => reply(200, result))
      .catch((error: Error) => reply(400, { error: error.message }));
  });
  server.keepAliveTimeout = 65_000;

  const wss = new WebSocketServer({ server, path: '/ws', perMessageDeflate: false });
  wss.on('connection', (socket: WebSocket) => {
    socket.on('message', (data) => {
      let frame: { type?: string; ref?: unknown; sessionId?: string } & Partial<SendInput>;
      try {
        frame = JSON.parse(String(data));
      } catch {
        return socket.close(4400, 'bad frame');
      }
      if (frame.type === 'subscribe' && typeof frame.sessionId === 'string') return fanout.subscribe(frame.sessionId, socket);
      if (frame.type === 'send') {
        send(parseSend(frame)).then(
          (result) => socket.send(JSON.stringify({ type: 'ack', ref: frame.ref, id: result.id })),
          (error: Error) => socket.send(JSON.stringify({ type: 'error', ref: frame.ref, error: error.message })),
        );
      }
    });
    socket.on('close', () => fanout.unsubscribe(socket));
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () => {
    for (const socket of wss.clients) socket.terminate();
    server.close();
    void Promise.all([pool.end(), fanout.close()]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function migrate(pool: Pool) {
  const client = await pool.connect();
  try {
    // Two floor instances start on one database: one creates the tables, the other waits.
    await client.query('select pg_advisory_lock(7243002)');
    await client.query(SCHEMA);
    await client.query('select pg_advisory_unlock(7243002)');
  } finally {
    client.release();
  }
}

async function createSession(pool: Pool) {
  const id = randomUUID();
  await pool.query({ name: 'insert-session', text: INSERT_SESSION, values: [id] });
  return { id };
}

function parseSend(body: Partial<SendInput>): SendInput {
  if (typeof body.sessionId !== 'string' || typeof body.text !== 'string') throw new Error('sessionId and text are required');
  return {
    sessionId: body.sessionId,
    text: body.text,
    clientMessageId: typeof body.clientMessageId === 'string' ? body.clientMessageId : null,
    senderName: typeof body.senderName === 'string' ? body.senderName : null,
  };
}

function readJson(req: http.IncomingMessage): Promise<Partial<SendInput>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(size ? JSON.parse(Buffer.concat(chunks).toString()) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
