import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort, isPortOpen, type ApiProcess } from '../support/api-process';

// Fault tests stop and start their own Redis and PostgreSQL on free ports, so the machine's shared
// servers (5432, 6379) keep serving everyone else.

const run = promisify(execFile);

export interface ThrowawayRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  /** SIGKILL by default: the server vanishes the way a crashed or evicted Redis does. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const redis: ThrowawayRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) return;
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
        { stdio: 'ignore' },
      );
      const current = child;
      exited = new Promise((resolve) => current.once('exit', () => resolve()));
      await waitFor(() => isPortOpen(port), 10_000, `redis on ${port}`);
    },
    async stop(signal = 'SIGKILL') {
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      child = undefined;
    },
  };
  await redis.start();
  return redis;
}

export interface ThrowawayPostgres {
  port: number;
  /** The `livechat` database in this cluster. */
  url: string;
  start(): Promise<void>;
  /** `fast` ends every session at once, as a restart does; `immediate` is a crash. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Stops the cluster and removes its directory. */
  destroy(): Promise<void>;
}

const POSTGRES_BIN = findPostgresBin();

function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const version = versions.find((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')));
  if (!version) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin');
  return path.join(root, version, 'bin');
}

/** PostgreSQL refuses to run as root, so the cluster belongs to the `postgres` user when we are root. */
const asPostgres = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', path.join(POSTGRES_BIN, command), ...args])
    : run(path.join(POSTGRES_BIN, command), args);

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-fault-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = path.join(dir, 'data');
  await asPostgres('initdb', ['-D', dataDir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const pgCtl = (...args: string[]) => asPostgres('pg_ctl', ['-D', dataDir, ...args]);
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const url = `postgresql://postgres@127.0.0.1:${port}/livechat`;
  let running = false;

  const postgres: ThrowawayPostgres = {
    port,
    url,
    async start() {
      if (running) return;
      await pgCtl('-l', path.join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '30', 'start');
      running = true;
    },
    async stop(mode = 'fast') {
      if (!running) return;
      await pgCtl('-m', mode, '-w', '-t', '30', 'stop');
      running = false;
    },
    async query(sql, params) {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async destroy() {
      await postgres.stop('immediate').catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await postgres.start();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('create database livechat');
    await admin.end();
  } catch (error) {
    await postgres.destroy();
    throw error;
  }
  return postgres;
}

/** SIGKILLs an API process this test started, unless it is already gone. */
export async function killApi(api: ApiProcess | undefined): Promise<void> {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGKILL');
  await api.exited;
}

/** Polls `check` until it holds; fails with `what` once `timeoutMs` has passed. */
export async function waitFor<T>(
  check: () => Promise<T | false | undefined | null> | T | false | undefined | null,
  timeoutMs: number,
  what: string,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const result = await check();
      if (result) return result;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
