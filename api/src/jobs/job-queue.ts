import { createHash } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Sql } from '../db/sql';
import type { Metrics } from '../observability/metrics';

/**
 * Background work, kept in PostgreSQL by pg-boss: a job runs on exactly one instance, whichever
 * takes it first, however many instances run; one that dies mid-job has it run again after it
 * expires. What the app's modules need of it, and no more.
 */
export interface JobQueue {
  /**
   * `work` runs at each tick of `cron` (UTC), on one instance, and whenever `runNow(name)` asks;
   * a run that is due while another is still queued is not queued twice.
   */
  every(name: string, cron: string, work: () => Promise<void>): Promise<void>;
  /** Queues one run of a job registered with `every`, as its next tick would. */
  runNow(name: string): Promise<void>;
  /**
   * `work` runs once for each `enqueue(name, data)`, on one instance. A run that throws is tried
   * again after `retries.delaySeconds`, about twice as long each time (with jitter, up to
   * `maxDelaySeconds`), `retries.limit` times at most; then it is given up (and logged).
   */
  define<T extends object>(name: string, work: (data: T) => Promise<void>, retries: JobRetries, options?: JobOptions): Promise<void>;
  /** Queues one run of a job registered with `define`; a `once` key is queued once per job however often it is given. */
  enqueue<T extends object>(name: string, data: T, options?: EnqueueOptions): Promise<void>;
  /** Stops taking jobs, lets the running ones finish (for up to `JOB_STOP_TIMEOUT_MS`) and closes the connections. */
  close(): Promise<void>;
}

export interface EnqueueOptions {
  once?: string;
  /** Not run before this time. */
  startAfter?: Date;
  /** Queued in the caller's transaction (`sql.transaction`): it exists exactly when what the transaction stores does. */
  within?: Sql['run'];
}

export interface JobOptions {
  /** How long one run may take before it counts as lost (its instance died) and may run again; JOB_EXPIRE_SECONDS by default. */
  expireInSeconds?: number;
  /** Runs of this job one instance makes at once (one by default), each still one job. */
  concurrency?: number;
  /**
   * Jobs one worker takes at once and runs side by side, each settled (and retried) on its own; a
   * full batch fetches the next at once instead of after the polling interval. One by default.
   */
  batchSize?: number;
  /** How often an idle worker looks for jobs (POLLING_INTERVAL_SECONDS by default; at least 0.5). */
  pollingIntervalSeconds?: number;
}

export interface JobRetries {
  limit: number;
  delaySeconds: number;
  maxDelaySeconds?: number;
}

/** pg-boss keeps its tables in a schema of its own, beside the app's. */
export const JOBS_SCHEMA = 'pgboss';
const JOB_STOP_TIMEOUT_MS = 5_000;
/** How long one run may take before it counts as lost (its instance died) and may run again. */
const JOB_EXPIRE_SECONDS = 5 * 60;
const POLLING_INTERVAL_SECONDS = 2;
const POOL_SIZE = 3;

export async function startJobQueue(options: {
  url: string;
  logger: Logger;
  metrics: Pick<Metrics, 'jobRuns'>;
  /** How often expired runs (of a dead instance) are looked for; pg-boss's default, a minute, when absent. */
  monitorIntervalSeconds?: number;
}): Promise<JobQueue> {
  const { logger, metrics } = options;
  const boss = new PgBoss({
    connectionString: options.url,
    schema: JOBS_SCHEMA,
    max: POOL_SIZE,
    application_name: 'livechat-oss jobs',
    ...(options.monitorIntervalSeconds
      ? { monitorIntervalSeconds: options.monitorIntervalSeconds, superviseIntervalSeconds: options.monitorIntervalSeconds }
      : {}),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  // On several instances at once, pg-boss installs its schema once (under an advisory lock).
  await boss.start();
  /** Counted and logged; a throw tells pg-boss to retry the run (or give it up). */
  const measured = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
      metrics.jobRuns.inc({ job: name, outcome: 'ok' });
    } catch (error) {
      metrics.jobRuns.inc({ job: name, outcome: 'error' });
      logger.error({ err: error, job: name }, 'a job failed');
      throw error;
    }
  };
  return {
    async every(name, cron, work) {
      // `stately`: at most one run waiting and one running, so ticks do not pile up behind a slow run.
      await boss.createQueue(name, { policy: 'stately', retryLimit: 0, expireInSeconds: JOB_EXPIRE_SECONDS });
      await boss.work(name, { pollingIntervalSeconds: POLLING_INTERVAL_SECONDS }, () => measured(name, work));
      await boss.schedule(name, cron, null, { tz: 'UTC' });
    },
    async runNow(name) {
      await boss.send(name, null);
    },
    async define<T extends object>(name: string, work: (data: T) => Promise<void>, retries: JobRetries, jobOptions: JobOptions = {}) {
      await boss.createQueue(name, {
        retryLimit: retries.limit,
        retryDelay: retries.delaySeconds,
        retryBackoff: true,
        retryDelayMax: retries.maxDelaySeconds,
        expireInSeconds: jobOptions.expireInSeconds ?? JOB_EXPIRE_SECONDS,
      });
      // One job at a time (pg-boss's default batch of one), so each failure retries that job alone.
      const concurrency = jobOptions.concurrency ? { localConcurrency: jobOptions.concurrency } : {};
      const pollingIntervalSeconds = jobOptions.pollingIntervalSeconds ?? POLLING_INTERVAL_SECONDS;
      if (jobOptions.batchSize && jobOptions.batchSize > 1) {
        const settle = async (job: { id: string; data: T }) => {
          const ok = await measured(name, () => work(job.data)).then(() => true, () => false);
          return { id: job.id, status: ok ? ('completed' as const) : ('failed' as const) };
        };
        await boss.work<T>(
          name,
          { pollingIntervalSeconds, batchSize: jobOptions.batchSize, perJobResults: true, ...concurrency },
          (jobs) => Promise.all(jobs.map(settle)),
        );
        return;
      }
      await boss.work<T>(name, { pollingIntervalSeconds, ...concurrency }, async ([job]) => {
        if (job) await measured(name, () => work(job.data));
      });
    },
    async enqueue(name, data, options = {}) {
      const { within } = options;
      await boss.send(name, data, {
        ...(options.once ? { id: jobIdOf(name, options.once) } : {}),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        // An unnamed statement: pg-boss's SQL is not one of the app's prepared ones.
        ...(within ? { db: { executeSql: async (text: string, values?: unknown[]) => ({ rows: await within({ name: '', text }, values ?? []) }) } } : {}),
      });
    },
    async close() {
      await boss.stop({ graceful: true, timeout: JOB_STOP_TIMEOUT_MS });
    },
  };
}

/** pg-boss job ids are UUIDs: one derived from the job and its key makes the queue drop repeats. */
function jobIdOf(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
