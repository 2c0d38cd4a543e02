import path from 'node:path';
import { API_DIR, BENCH_DIR } from '../infra/paths';
import { freePort } from '../infra/ports';
import { spawnNode, tailOfLog, type Child } from '../infra/processes';
import { now, sleep } from '../infra/time';
import { getStatus } from './http-client';
import { SEEDED_ADMIN } from './api-target';

const READY_TIMEOUT_MS = 90_000;
const READY_POLL_MS = 20;

export interface Instance {
  kind: 'api' | 'floor' | 'socketio';
  name: string;
  child: Child;
  /** http://127.0.0.1:port */
  base: string;
  /** From spawn to the first 200 from /readyz. */
  readyMs: number;
}

export interface Wiring {
  databaseUrl: string;
  redisUrl?: string;
  redisPrefix: string;
  jwtSecret: string;
  /** Node flags for the API process, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** The floor's pool; the API keeps its own default unless BENCH_API_POOL_SIZE is set. */
  poolSize: number;
}

/** Starts `node -r @swc-node/register src/main.ts` in api/, the way `npm run start:api` does. */
export function launchApi(name: string, wiring: Wiring): Promise<Instance> {
  return launch('api', name, async (port) =>
    spawnNode(name, 'src/main.ts', [], {
      cwd: API_DIR,
      nodeFlags: wiring.nodeFlags,
      env: {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: wiring.databaseUrl,
        REDIS_URL: wiring.redisUrl ?? '',
        REDIS_PREFIX: wiring.redisPrefix,
        JWT_SECRET: wiring.jwtSecret,
        LOG_LEVEL: 'warn',
        MESSAGE_RATE_LIMIT: '0',
        // The socket holders open thousands of sockets, and the scenarios register hundreds of
        // visitors and their chats, all from 127.0.0.1: per-address limits are set up, not measured.
        WS_MAX_SOCKETS_PER_IP: '0',
        SESSION_RATE_LIMIT: '0',
        // The bench's clients send documents of their own, not the widget's and console's registered ones.
        TRUSTED_DOCUMENTS: 'off',
        // The webhook scenario's receiver listens on 127.0.0.1.
        WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
        SEED_ADMIN: 'true',
        SEED_ADMIN_PASSWORD: SEEDED_ADMIN.password,
        ...(process.env.BENCH_API_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.BENCH_API_POOL_SIZE } : {}),
      },
    }),
  );
}

export function launchFloor(name: string, wiring: Wiring): Promise<Instance> {
  return launch('floor', name, async (port) =>
    spawnNode(name, path.join(BENCH_DIR, 'src/floor/main.ts'), [], {
      cwd: BENCH_DIR,
      nodeFlags: wiring.nodeFlags,
      env: {
        PORT: String(port),
        DATABASE_URL: wiring.databaseUrl,
        REDIS_URL: wiring.redisUrl ?? '',
        REDIS_PREFIX: wiring.redisPrefix,
        DATABASE_POOL_SIZE: String(wiring.poolSize),
      },
    }),
  );
}

/** The Socket.IO design (src/socketio): Express + Socket.IO, the Redis adapter when Redis is there. */
export function launchSocketio(name: string, wiring: Wiring): Promise<Instance> {
  return launch('socketio', name, async (port) =>
    spawnNode(name, path.join(BENCH_DIR, 'src/socketio/main.ts'), [], {
      cwd: BENCH_DIR,
      nodeFlags: wiring.nodeFlags,
      env: {
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: wiring.databaseUrl,
        REDIS_URL: wiring.redisUrl ?? '',
        REDIS_PREFIX: wiring.redisPrefix,
        JWT_SECRET: wiring.jwtSecret,
        DATABASE_POOL_SIZE: String(wiring.poolSize),
        SEED_ADMIN_EMAIL: SEEDED_ADMIN.email,
        SEED_ADMIN_PASSWORD: SEEDED_ADMIN.password,
      },
    }),
  );
}

async function launch(kind: Instance['kind'], name: string, start: (port: number) => Promise<Child>): Promise<Instance> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const startedAt = now();
  const child = await start(port);
  let exited: number | string | undefined;
  void child.exited.then((code) => (exited = code));
  while (now() - startedAt < READY_TIMEOUT_MS) {
    if (exited !== undefined) throw new Error(`${name} exited (${exited}) before it was ready:\n${tailOfLog(child)}`);
    if ((await getStatus(`${base}/readyz`, 1000)) === 200) return { kind, name, child, base, readyMs: now() - startedAt };
    await sleep(READY_POLL_MS);
  }
  await child.stop();
  throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${tailOfLog(child)}`);
}
