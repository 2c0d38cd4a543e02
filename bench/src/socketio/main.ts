/**
 * The design this product replaces, written the way its stack is meant to be used: Express 5 for
 * REST, Socket.IO 4 for the live part (rooms per chat, the Redis adapter between instances when
 * REDIS_URL is set), and `pg` with prepared statements. It keeps the same promises as the API on
 * the message path: identity (an HS256 token, verified once per socket and once per request),
 * visibility (a customer only in its own chat, an agent in the chats it may see) and idempotency
 * (a clientMessageId is unique per chat; a repeat answers the stored message and emits nothing).
 *
 * REST: POST /api/customers, POST /api/auth/login, POST /api/chat-sessions,
 * PATCH /api/chat-sessions/:id/assign, POST /api/chat-sessions/:id/messages.
 * Socket events: session:join (ack), message:send (ack), typing:start, typing:stop; the server
 * emits message:new and typing to the chat's room, session:new and session:assigned to agents.
 *
 * Env: PORT, DATABASE_URL, REDIS_URL (optional), REDIS_PREFIX, JWT_SECRET, DATABASE_POOL_SIZE,
 * SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import express, { type NextFunction, type Request, type Response } from 'express';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { Server, type Socket } from 'socket.io';
import { CAN_SEE, INSERT_MESSAGE, SCHEMA, SELECT_MESSAGE } from './schema';
import { checkPassword, hashPassword, signToken, verifyToken, type Claims } from './token';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CUSTOMER_TTL = 30 * 24 * 3600;
const ADMIN_TTL = 12 * 3600;
const MAX_TEXT = 10_000;
const MAX_CLIENT_ID = 100;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

interface SendInput {
  sessionId: unknown;
  text: unknown;
  clientMessageId?: unknown;
}

interface StoredMessage {
  id: string;
  sessionId: string;
  sender: 'CUSTOMER' | 'ADMIN';
  senderName: string;
  text: string;
  clientMessageId: string | null;
  createdAt: string;
}

interface SocketData {
  user: Claims;
  /** Chats this socket was found allowed to see: checked once per socket, not per event. */
  visible: Set<string>;
}

async function main() {
  const secret = required('JWT_SECRET');
  const pool = new Pool({ connectionString: required('DATABASE_URL'), max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
  await migrate(pool);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(express.json({ limit: '100kb' }));
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  const io = new Server<ClientEvents, ServerEvents, Record<string, never>, SocketData>(server, {
    serveClient: false,
    perMessageDeflate: false,
    cors: { origin: false },
  });

  const redisUrl = process.env.REDIS_URL;
  const redis: Redis[] = [];
  if (redisUrl) {
    const pub = new Redis(redisUrl);
    const sub = pub.duplicate();
    redis.push(pub, sub);
    io.adapter(createAdapter(pub, sub, { key: `${process.env.REDIS_PREFIX ?? 'socketio:'}socket.io` }));
  }

  /** Stores the message (or finds the repeat) and emits it to the chat's room. */
  async function send(user: Claims, input: SendInput): Promise<StoredMessage> {
    const { sessionId, text, clientMessageId } = input;
    if (typeof sessionId !== 'string' || !UUID.test(sessionId)) throw new HttpError(404, 'NOT_FOUND', 'no such chat');
    if (typeof text !== 'string' || !text.trim() || text.length > MAX_TEXT) throw new HttpError(400, 'BAD_USER_INPUT', 'text is required');
    if (clientMessageId !== undefined && clientMessageId !== null && (typeof clientMessageId !== 'string' || clientMessageId.length > MAX_CLIENT_ID)) {
      throw new HttpError(400, 'BAD_USER_INPUT', 'clientMessageId is a string of at most 100 characters');
    }
    const customer = user.role === 'CUSTOMER';
    const sender = customer ? 'CUSTOMER' : 'ADMIN';
    const cmid = (clientMessageId as string | undefined) ?? null;
    const values = [sessionId, user.sub, user.role, sender, customer ? null : user.sub, user.name, text, cmid];
    const { rows } = await pool.query<{ id: string | null; created_at: Date | null; visible: boolean }>({
      name: 'insert-message',
      text: INSERT_MESSAGE,
      values,
    });
    const row = rows[0]!;
    if (!row.visible) throw new HttpError(404, 'NOT_FOUND', 'no such chat');
    if (row.id === null) {
      const existing = await pool.query({ name: 'select-message', text: SELECT_MESSAGE, values: [sessionId, cmid] });
      const stored = existing.rows[0];
      return {
        id: String(stored.id),
        sessionId,
        sender: stored.sender,
        senderName: stored.sender_name,
        text: stored.text,
        clientMessageId: stored.client_message_id,
        createdAt: stored.created_at.toISOString(),
      };
    }
    const message: StoredMessage = { id: row.id, sessionId, sender, senderName: user.name, text, clientMessageId: cmid, createdAt: row.created_at!.toISOString() };
    io.to(room(sessionId)).emit('message:new', message);
    return message;
  }

  async function canSee(user: Claims, sessionId: unknown): Promise<boolean> {
    if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return false;
    const { rowCount } = await pool.query({ name: 'can-see', text: CAN_SEE, values: [sessionId, user.sub, user.role] });
    return rowCount === 1;
  }

  const authenticate = (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const user = verifyToken(secret, header?.startsWith('Bearer ') ? header.slice(7) : undefined);
    if (!user) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    res.locals.user = user;
    next();
  };
  const agentsOnly = (_req: Request, res: Response, next: NextFunction) => {
    if ((res.locals.user as Claims).role === 'CUSTOMER') return void res.status(404).json({ error: 'NOT_FOUND' });
    next();
  };

  app.get('/readyz', async (_req, res) => {
    try {
      await pool.query('select 1');
      if (redis[0]) await redis[0].ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.post('/api/auth/login', async (req, res) => {
    const { email, password } = req.body ?? {};
    const { rows } = await pool.query({ name: 'find-admin', text: 'select id, name, role, password_hash from admin where email = $1', values: [String(email)] });
    const admin = rows[0];
    if (!admin || typeof password !== 'string' || !checkPassword(password, admin.password_hash)) {
      return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    }
    res.json({ token: signToken(secret, { sub: admin.id, role: admin.role, name: admin.name }, ADMIN_TTL), admin: { id: admin.id } });
  });

  app.post('/api/admins', authenticate, async (req, res) => {
    const user = res.locals.user as Claims;
    if (user.role !== 'ADMIN') return void res.status(403).json({ error: 'FORBIDDEN' });
    const { email, name, password, role } = req.body ?? {};
    if (typeof email !== 'string' || typeof name !== 'string' || typeof password !== 'string' || !['ADMIN', 'SUPERVISOR', 'AGENT'].includes(role)) {
      return void res.status(400).json({ error: 'BAD_USER_INPUT' });
    }
    const id = randomUUID();
    await pool.query('insert into admin (id, email, name, role, password_hash) values ($1, $2, $3, $4, $5)', [id, email, name, role, hashPassword(password)]);
    res.json({ id });
  });

  app.post('/api/customers', async (req, res) => {
    const name = req.body?.name;
    if (typeof name !== 'string' || !name.trim() || name.length > 100) return void res.status(400).json({ error: 'BAD_USER_INPUT' });
    const id = randomUUID();
    await pool.query({ name: 'insert-customer', text: 'insert into customer (id, name) values ($1, $2)', values: [id, name] });
    res.json({ token: signToken(secret, { sub: id, role: 'CUSTOMER', name }, CUSTOMER_TTL), customer: { id } });
  });

  app.post('/api/chat-sessions', authenticate, async (_req, res) => {
    const user = res.locals.user as Claims;
    if (user.role !== 'CUSTOMER') return void res.status(403).json({ error: 'FORBIDDEN' });
    const id = randomUUID();
    await pool.query({ name: 'insert-session', text: 'insert into chat_session (id, customer_id) values ($1, $2)', values: [id, user.sub] });
    io.to('agents').emit('session:new', { id, status: 'WAITING', customerId: user.sub });
    res.json({ id });
  });

  app.patch('/api/chat-sessions/:id/assign', authenticate, agentsOnly, async (req, res) => {
    const user = res.locals.user as Claims;
    const id = String(req.params.id);
    const adminId = req.body?.adminId ?? user.sub;
    if (user.role === 'AGENT' && adminId !== user.sub) return void res.status(403).json({ error: 'FORBIDDEN' });
    if (!UUID.test(id) || typeof adminId !== 'string' || !UUID.test(adminId)) return void res.status(404).json({ error: 'NOT_FOUND' });
    const { rowCount } = await pool.query({
      name: 'assign',
      text: "update chat_session set assigned_admin_id = $2, status = 'ACTIVE' where id = $1 and status <> 'CLOSED'",
      values: [id, adminId],
    });
    if (rowCount === 0) return void res.status(404).json({ error: 'NOT_FOUND' });
    const event = { id, status: 'ACTIVE', assignedAdminId: adminId };
    io.to('agents').to(room(id)).emit('session:assigned', event);
    res.json(event);
  });

  app.post('/api/chat-sessions/:id/messages', authenticate, async (req, res) => {
    const message = await send(res.locals.user as Claims, { ...req.body, sessionId: String(req.params.id) });
    res.json(message);
  });

  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof HttpError) return void res.status(error.status).json({ error: error.code, message: error.message });
    if ((error as { type?: string }).type === 'entity.parse.failed') return void res.status(400).json({ error: 'BAD_USER_INPUT' });
    console.error(error);
    res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
  });

  io.use((socket, next) => {
    const user = verifyToken(secret, socket.handshake.auth?.token as string | undefined);
    if (!user) return next(new Error('UNAUTHENTICATED'));
    socket.data.user = user;
    socket.data.visible = new Set();
    next();
  });

  io.on('connection', (socket: Socket<ClientEvents, ServerEvents, Record<string, never>, SocketData>) => {
    const { user, visible } = socket.data;
    if (user.role !== 'CUSTOMER') void socket.join('agents');

    const allowed = async (sessionId: unknown): Promise<boolean> => {
      if (typeof sessionId === 'string' && visible.has(sessionId)) return true;
      if (!(await canSee(user, sessionId))) return false;
      visible.add(sessionId as string);
      return true;
    };

    socket.on('session:join', async (sessionId, ack) => {
      try {
        if (!(await allowed(sessionId))) return ack?.({ error: 'NOT_FOUND' });
        await socket.join(room(sessionId));
        ack?.({ ok: true });
      } catch (error) {
        ack?.({ error: errorCode(error) });
      }
    });

    socket.on('message:send', async (input, ack) => {
      try {
        if (!(await allowed(input?.sessionId))) return ack?.({ error: 'NOT_FOUND' });
        ack?.({ message: await send(user, input) });
      } catch (error) {
        ack?.({ error: errorCode(error) });
      }
    });

    for (const [event, isTyping] of [
      ['typing:start', true],
      ['typing:stop', false],
    ] as const) {
      socket.on(event, async (input) => {
        const sessionId = input?.sessionId;
        // Typing is only ever relayed for a chat the socket already joined (checked then).
        if (typeof sessionId !== 'string' || !visible.has(sessionId)) return;
        socket.to(room(sessionId)).emit('typing', { sessionId, sender: user.role === 'CUSTOMER' ? 'CUSTOMER' : 'ADMIN', senderName: user.name, isTyping });
      });
    }
  });

  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const stop = () => {
    io.close();
    void Promise.all([pool.end(), ...redis.map((client) => client.quit())]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

interface ClientEvents {
  'session:join': (sessionId: string, ack?: (reply: { ok?: true; error?: string }) => void) => void;
  'message:send': (input: SendInput, ack?: (reply: { message?: StoredMessage; error?: string }) => void) => void;
  'typing:start': (input: { sessionId: string }) => void;
  'typing:stop': (input: { sessionId: string }) => void;
}

interface ServerEvents {
  'message:new': (message: StoredMessage) => void;
  typing: (event: { sessionId: string; sender: string; senderName: string; isTyping: boolean }) => void;
  'session:new': (event: { id: string; status: string; customerId: string }) => void;
  'session:assigned': (event: { id: string; status: string; assignedAdminId: string }) => void;
}

const room = (sessionId: string) => `session:${sessionId}`;
const errorCode = (error: unknown) => (error instanceof HttpError ? error.code : 'INTERNAL_SERVER_ERROR');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** Two instances start on one database: one creates the tables and the first admin, the other waits. */
async function migrate(pool: Pool) {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(7243003)');
    await client.query(SCHEMA);
    const email = process.env.SEED_ADMIN_EMAIL;
    const password = process.env.SEED_ADMIN_PASSWORD;
    if (email && password) {
      await client.query("insert into admin (id, email, name, role, password_hash) values ($1, $2, 'Admin', 'ADMIN', $3) on conflict (email) do nothing", [
        randomUUID(),
        email,
        hashPassword(password),
      ]);
    }
    await client.query('select pg_advisory_unlock(7243003)');
  } finally {
    client.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
