/**
 * `npm run bench`: the message path of the API measured against the floor server and the Socket.IO design, in one run on
 * one machine. See bench/README.md for what each figure means.
 */
import { randomBytes } from 'node:crypto';
import { cleanUp, installCleanupHandlers, onCleanup } from './infra/cleanup';
import { HolderPool } from './holders/pool';
import { createDatabase, dropDatabase, openPostgres, withClient } from './infra/postgres';
import { deleteKeys, pingRedis } from './infra/redis';
import { elapsedSeconds, log } from './log';
import { runScenarios, type Run } from './run';
import { loadSettings } from './settings';
import { writeReport } from './report/write';
import { closeIdleConnections } from './targets/http-client';
import { closeCountPools } from './targets/stored-count';

async function main(): Promise<number> {
  installCleanupHandlers();
  const settings = loadSettings();
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  log(`bench run ${runId}${settings.quick ? ' (BENCH_QUICK: small counts, for checking the harness)' : ''}`);

  const postgres = await openPostgres(settings.databaseUrl);
  onCleanup('stop the embedded PostgreSQL', () => postgres.stop());
  log(postgres.embedded ? 'PostgreSQL: the bench’s embedded server (bench/.data/postgres)' : 'PostgreSQL: DATABASE_URL');
  if (postgres.embedded) await dropLeftoverDatabases(postgres.adminUrl);

  const databases = { api: `bench_${runId}_api`, floor: `bench_${runId}_floor`, socketio: `bench_${runId}_socketio` };
  const urls = {
    api: await createDatabase(postgres.adminUrl, databases.api),
    floor: await createDatabase(postgres.adminUrl, databases.floor),
    socketio: await createDatabase(postgres.adminUrl, databases.socketio),
  };
  for (const name of Object.values(databases)) onCleanup(`drop database ${name}`, () => dropDatabase(postgres.adminUrl, name));

  const redisPrefix = `bench:${runId}:`;
  if (settings.redisUrl) {
    await pingRedis(settings.redisUrl);
    onCleanup('delete the run’s Redis keys', () => deleteKeys(settings.redisUrl!, redisPrefix));
    log(`Redis: REDIS_URL, prefix ${redisPrefix}`);
  } else {
    log('Redis: none (REDIS_URL unset): in-process pub/sub, and no two-instance figure');
  }

  const holders = await HolderPool.start(settings.holderProcesses);
  onCleanup('stop the socket holders', () => holders.stop());
  onCleanup('close client connections', async () => {
    closeIdleConnections();
    await closeCountPools();
  });

  const run: Run = await runScenarios({
    settings,
    holders,
    databaseUrls: urls,
    redisPrefix,
    jwtSecret: randomBytes(32).toString('hex'),
    embeddedDatabase: postgres.embedded,
    runId,
  });

  log('stopping servers, dropping the run’s databases');
  await cleanUp();
  const failed = writeReport(run, settings, elapsedSeconds());
  return failed ? 1 : 0;
}

/** A run cut short by Ctrl-C may have left databases in the bench's own server; clear them. */
async function dropLeftoverDatabases(adminUrl: string) {
  const { rows } = await withClient(adminUrl, (client) => client.query<{ datname: string }>("select datname from pg_database where datname like 'bench\\_%'"));
  for (const { datname } of rows) await dropDatabase(adminUrl, datname);
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(error instanceof Error ? error.stack : error);
    await cleanUp();
    process.exit(1);
  },
);
