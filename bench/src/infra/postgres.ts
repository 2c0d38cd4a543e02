import path from 'node:path';
import { Client } from 'pg';
import { BENCH_DIR, DATA_DIR } from './paths';
import { freePort } from './ports';
import { spawnNode, tailOfLog, type Child } from './processes';
import { withTimeout } from './time';

export interface PostgresServer {
  /** A URL of the server's maintenance database; other databases are made from it. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The server behind DATABASE_URL, or the bench's own embedded PostgreSQL in bench/.data. */
export async function openPostgres(databaseUrl: string | undefined): Promise<PostgresServer> {
  if (databaseUrl) return { adminUrl: withDatabase(databaseUrl, 'postgres'), embedded: false, stop: async () => {} };
  const port = await freePort();
  const child = spawnNode(
    'embedded-postgres',
    path.join(BENCH_DIR, 'src/infra/embedded-postgres-child.ts'),
    [path.join(DATA_DIR, 'postgres'), String(port)],
    { cwd: BENCH_DIR, ipc: true, late: true },
  );
  const url = await withTimeout(urlFrom(child), 120_000, 'embedded PostgreSQL start').catch((error) => {
    throw new Error(`${error.message}\n${tailOfLog(child)}`);
  });
  return { adminUrl: url, embedded: true, stop: () => child.stop(15_000) };
}

function urlFrom(child: Child): Promise<string> {
  return new Promise((resolve, reject) => {
    child.process.once('message', (message: { url: string }) => resolve(message.url));
    void child.exited.then((code) => reject(new Error(`embedded PostgreSQL exited (${code})`)));
  });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, (client) => client.query(`create database "${name}"`));
  return withDatabase(adminUrl, name);
}

/** Drops it even while something is still connected (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}

export async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
