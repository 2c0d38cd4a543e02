import { createHmac } from 'node:crypto';
import { Agent, fetch } from 'undici';
import type { AppDeps } from '../../app-deps';
import type { EnqueueOptions } from '../../jobs/job-queue';
import { pinnedLookup } from './webhook-url';

export const DELIVER_JOB = 'webhook-deliver';
/** Retries stop once a delivery is this old: it is FAILED, and only `redeliverWebhookDelivery` sends it again. */
const RETRY_FOR_MS = 24 * 60 * 60 * 1000;
const MAX_RETRY_DELAY_SECONDS = 60 * 60;
const MAX_ERROR_LENGTH = 500;
/** Deliveries one instance makes at once: a slow receiver holds one of them for up to the timeout, not the queue. */
const DELIVERY_WORKERS = 2;
const DELIVERIES_PER_WORKER = 25;
/** Events are told to receivers within about this long of the dispatch that made them. */
const DELIVERY_POLLING_SECONDS = 0.5;

interface DeliverData {
  deliveryId: string;
  /** The attempt this run makes (1 for the first): a run whose attempt was already recorded does nothing. */
  attempt: number;
}

/** Queues an attempt of a delivery, in `options.within`'s transaction when given. */
export function deliveryJobOf(deps: Pick<AppDeps, 'jobs'>, deliveryId: string, attempt: number, options: EnqueueOptions = {}): Promise<void> {
  return deps.jobs.enqueue<DeliverData>(DELIVER_JOB, { deliveryId, attempt }, { once: `${deliveryId}:${attempt}`, ...options });
}

/** `Livechat-Webhook-Signature`: `v1=` and the hex HMAC-SHA256 of `<id>.<timestamp>.<body>` under the webhook's secret. */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('hex')}`;
}

interface DeliveryRow {
  id: string;
  body: string;
  status: string;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
  active: boolean;
}

const LOAD = {
  name: 'livechat_webhook_delivery_load',
  text: `select d.id, d.body, d.status, d.attempts, d.created_at, w.url, w.secret, w.active
         from webhook_delivery d join webhook w on w.id = d.webhook_id where d.id = $1::uuid`,
};
/** Only the attempt not yet recorded: a run again after a crash records nothing twice. */
const RECORD = {
  name: 'livechat_webhook_delivery_record',
  text: `update webhook_delivery set attempts = $2, status = $3::varchar, last_status_code = $4, last_error = $5, next_attempt_at = $6,
           delivered_at = case when $3::varchar = 'DELIVERED' then now() else delivered_at end
         where id = $1::uuid and attempts < $2 returning id`,
};

type Outcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * One attempt of a delivery: the body POSTed, signed, to the webhook's URL. A 2xx within the
 * timeout acknowledges it; anything else (another status, a redirect, which is not followed, a
 * timeout, a refused or private address) is tried again after a backoff with jitter, for 24 h.
 */
export class WebhookDeliverer {
  private readonly agent: Agent;

  constructor(private readonly deps: AppDeps) {
    const { allowPrivateNetworks } = deps.config.webhooks;
    this.agent = new Agent({ connect: { lookup: pinnedLookup(allowPrivateNetworks) } });
  }

  async run({ deliveryId, attempt }: DeliverData): Promise<void> {
    const [delivery] = await this.deps.sql.run<DeliveryRow>(LOAD, [deliveryId]);
    if (!delivery || delivery.attempts >= attempt || delivery.status === 'DELIVERED') return;
    const outcome: Outcome = delivery.active ? await this.post(delivery) : { ok: false, statusCode: null, error: 'The webhook is turned off.' };
    const retryAt = outcome.ok || !delivery.active ? null : this.nextAttemptAt(delivery.created_at, attempt);
    const status = outcome.ok ? 'DELIVERED' : retryAt ? 'PENDING' : 'FAILED';
    await this.deps.sql.transaction(async (run) => {
      const error = outcome.ok ? null : outcome.error.slice(0, MAX_ERROR_LENGTH);
      const recorded = await run(RECORD, [deliveryId, attempt, status, outcome.statusCode, error, retryAt]);
      if (recorded.length && retryAt) await deliveryJobOf(this.deps, deliveryId, attempt + 1, { startAfter: retryAt, within: run });
    });
    this.deps.metrics.webhookDeliveries.inc({ outcome: outcome.ok ? 'delivered' : retryAt ? 'retried' : 'failed' });
  }

  private async post(delivery: DeliveryRow): Promise<Outcome> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        dispatcher: this.agent,
        signal: AbortSignal.timeout(this.deps.config.webhooks.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'livechat-oss-webhooks',
          'livechat-webhook-id': delivery.id,
          'livechat-webhook-timestamp': String(timestamp),
          'livechat-webhook-signature': webhookSignature(delivery.secret, delivery.id, timestamp, delivery.body),
        },
        body: delivery.body,
      });
      // Read to the end within the timeout: a receiver that answers 200 and hangs has not answered.
      await response.arrayBuffer();
      if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
      const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
      return { ok: false, statusCode: response.status, error: `The receiver answered ${response.status}${redirect}.` };
    } catch (error) {
      return { ok: false, statusCode: null, error: describe(error, this.deps.config.webhooks.timeoutMs) };
    }
  }

  /** Exponential, from the configured delay, up to an hour, with "equal jitter"; null once 24 h have passed. */
  private nextAttemptAt(createdAt: Date, attempt: number): Date | null {
    const base = Math.min(MAX_RETRY_DELAY_SECONDS, this.deps.config.webhooks.retryDelaySeconds * 2 ** Math.min(attempt - 1, 20));
    const delayMs = (base / 2 + (Math.random() * base) / 2) * 1000;
    const at = new Date(Date.now() + delayMs);
    return at.getTime() - new Date(createdAt).getTime() > RETRY_FOR_MS ? null : at;
  }

  private closed: Promise<void> | undefined;

  close(): Promise<void> {
    return (this.closed ??= this.agent.close().catch(() => undefined));
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const failure = error as { name?: string; message?: string; cause?: { message?: string; code?: string } };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return `No answer within ${timeoutMs} ms.`;
  const cause = failure.cause?.message ?? failure.message ?? String(error);
  return `Could not reach the receiver: ${cause}`;
}

export async function defineDeliveryJob(deps: AppDeps): Promise<WebhookDeliverer> {
  const deliverer = new WebhookDeliverer(deps);
  // A run lost with its instance is run again once it expires: a little after the timeout.
  const expireInSeconds = Math.ceil(deps.config.webhooks.timeoutMs / 1000) + 10;
  await deps.jobs.define<DeliverData>(DELIVER_JOB, (data) => deliverer.run(data), { limit: 20, delaySeconds: 1, maxDelaySeconds: 60 }, {
    expireInSeconds,
    concurrency: DELIVERY_WORKERS,
    batchSize: DELIVERIES_PER_WORKER,
    pollingIntervalSeconds: DELIVERY_POLLING_SECONDS,
  });
  return deliverer;
}
