import type { AppDeps } from '../../app-deps';
import type { Sql } from '../../db/sql';
import type { PubSub } from '../../pubsub/pubsub';
import type { WebhookEvent } from './webhook.entity';

export const DISPATCH_JOB = 'webhook-dispatch';
export const SWEEP_JOB = 'webhook-outbox-sweep';
export const ROWS_PER_DISPATCH = 500;
const FLUSH_AFTER_MS = 100;

/**
 * What the storing instance does with the outbox rows it committed: it tells the dispatch job of
 * them in batches (one job per batch, not per message), with the ids of the messages it announced
 * live itself, so the job announces only the others.
 */
export interface Outbox {
  committed(outboxId: string, announced: boolean): void;
  /** Hands over what is batched; rows left unhanded are taken by the sweep. */
  close(): Promise<void>;
}

export interface DispatchData {
  ids: string[];
  announced: string[];
}

export function createOutbox(deps: Pick<AppDeps, 'jobs' | 'logger'>): Outbox {
  let batch: DispatchData = { ids: [], announced: [] };
  let timer: NodeJS.Timeout | undefined;
  const flush = async () => {
    timer = undefined;
    const data = batch;
    batch = { ids: [], announced: [] };
    if (data.ids.length === 0) return;
    await deps.jobs.enqueue(DISPATCH_JOB, data).catch((error) => deps.logger.warn({ err: error }, 'could not queue the outbox dispatch; the sweep takes it'));
  };
  return {
    committed(outboxId, announced) {
      batch.ids.push(outboxId);
      if (announced) batch.announced.push(outboxId);
      if (batch.ids.length >= ROWS_PER_DISPATCH) void flush();
      else timer ??= setTimeout(() => void flush(), FLUSH_AFTER_MS);
    },
    async close() {
      clearTimeout(timer);
      await flush();
    },
  };
}

const RECORD_EVENT = {
  name: 'livechat_outbox_record',
  text: `insert into outbox_event (event, payload) select $1::varchar, $2::jsonb
         where exists (select 1 from webhook where webhook.active and webhook.event = $1::varchar) returning id::text`,
};

/**
 * An event's outbox row, in the caller's transaction, when a webhook listens for the event (a
 * message's own row is written by the statement that stores it). Hand the ids to
 * `Outbox.committed` once the transaction commits.
 */
export async function recordWebhookEvent(run: Sql['run'], event: WebhookEvent, payload: object): Promise<string[]> {
  const rows = await run<{ id: string }>(RECORD_EVENT, [event, JSON.stringify(payload)]);
  return rows.map((row) => row.id);
}

/**
 * Presence lives in Redis, not in a transaction: the instance that publishes an agent's change
 * writes its outbox row right after (for webhooks listening to adminPresenceChanged). `deps` is
 * filled once the app's deps exist; a change published before then is not reported.
 */
export function reportingPresence(pubsub: PubSub, deps: { current?: Pick<AppDeps, 'sql' | 'outbox' | 'logger'> }): PubSub {
  return {
    ...pubsub,
    async publish(topic, payload, key) {
      await pubsub.publish(topic, payload, key);
      const target = deps.current;
      if (topic !== 'ADMIN_PRESENCE_CHANGED' || !target) return;
      try {
        for (const id of await recordWebhookEvent(target.sql.run, 'adminPresenceChanged', payload)) target.outbox.committed(id, true);
      } catch (error) {
        target.logger.warn({ err: error }, 'could not record a presence change for webhooks');
      }
    },
  };
}

