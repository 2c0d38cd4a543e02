import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from '../../app-deps';
import type { AdminViewer } from '../../auth/viewer';
import type { Sql } from '../../db/sql';
import { createContext } from '../../http/context';
import type { MessagePayload } from '../../pubsub/topics';
import { ChatSession } from '../chat-session/chat-session.entity';
import { toChatSessionPayload, updateEvents } from '../chat-session/chat-session.types';
import { messageEvents } from '../message/message-events';
import { deliveryJobOf } from './webhook.delivery';
import { parseWebhookDocument, webhookData, type WebhookDocument } from './webhook-document';
import type { WebhookEvent } from './webhook.entity';
import { DISPATCH_JOB, ROWS_PER_DISPATCH, SWEEP_JOB, type DispatchData } from './outbox-relay';

/** A row no dispatch job has taken by then was left by an instance that died; any dispatch takes it. */
const STRAY_AFTER_SECONDS = 5;
/** Dispatch jobs one worker runs side by side (each takes its own rows, skipping the others'). */
const DISPATCHES_AT_ONCE = 5;
const DISPATCH_POLLING_SECONDS = 0.5;

interface OutboxRow {
  id: string;
  event: WebhookEvent;
  payload: Record<string, unknown>;
  created_at: string;
}

interface ActiveWebhook {
  id: string;
  event: WebhookEvent;
  query: string;
  created_by_id: string | null;
}

const TAKE_ROWS = {
  name: 'livechat_outbox_take',
  text: `select id::text, event, payload from outbox_event
         where id = any($1::bigint[]) or created_at < now() - make_interval(secs => $2)
         order by id limit $3 for update skip locked`,
};
const ACTIVE_WEBHOOKS = {
  name: 'livechat_active_webhooks',
  text: 'select id, event, query, created_by_id from webhook where active and event = any($1::text[])',
};
const DELETE_ROWS = { name: 'livechat_outbox_delete', text: 'delete from outbox_event where id = any($1::bigint[])' };
const INSERT_DELIVERY = {
  name: 'livechat_webhook_delivery_insert',
  text: `insert into webhook_delivery (id, webhook_id, event, body, status, attempts, next_attempt_at, created_at)
         values ($1, $2, $3, $4, 'PENDING', 0, now(), now())`,
};
/** The desk's view of an event: an ADMIN's (the webhook's creator while it is one, else the first enabled one). */
const RUN_AS = {
  name: 'livechat_webhook_run_as',
  text: `select id from admin where role = 'ADMIN' and not disabled order by (id = $1::uuid) desc, created_at limit 1`,
};

/**
 * Turns outbox rows into deliveries: each row, once, whichever instance takes it. In one
 * transaction it takes the rows (skipping those another run holds), announces live the messages
 * their instance did not announce, stores a delivery and its job for every webhook whose document
 * selects the event, and removes the rows.
 */
export class OutboxDispatcher {
  constructor(
    private readonly deps: AppDeps,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Returns how many rows it took, so the sweep knows whether more are left. */
  async dispatch({ ids, announced }: DispatchData): Promise<number> {
    return this.deps.sql.transaction(async (run) => {
      const rows = await run<OutboxRow>(TAKE_ROWS, [ids, STRAY_AFTER_SECONDS, ROWS_PER_DISPATCH]);
      if (rows.length === 0) return 0;
      const known = new Set(announced);
      await Promise.all(rows.filter((row) => row.event === 'messageAdded' && !known.has(row.id)).map((row) => this.announce(row.payload as unknown as MessagePayload)));
      const webhooks = await run<ActiveWebhook>(ACTIVE_WEBHOOKS, [[...new Set(rows.map((row) => row.event))]]);
      if (webhooks.length) await this.deliver(run, rows, webhooks);
      await run(DELETE_ROWS, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  /** As the storing instance would have: once per message on every instance (announceOnce). */
  private async announce(message: MessagePayload): Promise<void> {
    const session = await this.deps.orm.em.fork().findOne(ChatSession, message.sessionId);
    if (!session) return;
    await this.deps.pubsub.announceOnce(`message:${message.sessionId}:${message.id}`, messageEvents(message, message.internal ? [] : updateEvents(toChatSessionPayload(session))));
  }

  private async deliver(run: Sql['run'], rows: OutboxRow[], webhooks: ActiveWebhook[]): Promise<void> {
    const documents = new Map<string, WebhookDocument | null>();
    const viewers = new Map<string, AdminViewer | null>();
    for (const webhook of webhooks) {
      documents.set(webhook.id, this.documentOf(webhook));
      viewers.set(webhook.id, await this.viewerOf(run, webhook));
    }
    for (const row of rows) {
      for (const webhook of webhooks.filter((candidate) => candidate.event === row.event)) {
        const document = documents.get(webhook.id);
        const viewer = viewers.get(webhook.id);
        if (!document || !viewer) continue;
        const data = await webhookData(this.schema, document, row.payload, createContext(this.deps, viewer, 'webhook')).catch((error) => {
          this.deps.logger.warn({ err: error, webhookId: webhook.id }, 'a webhook query failed on an event; it is not delivered');
          return null;
        });
        if (!data) continue;
        const id = randomUUID();
        const body = JSON.stringify({ id, event: row.event, createdAt: new Date().toISOString(), data });
        await run(INSERT_DELIVERY, [id, webhook.id, row.event, body]);
        await deliveryJobOf(this.deps, id, 1, { within: run });
      }
    }
  }

  private documentOf(webhook: ActiveWebhook): WebhookDocument | null {
    try {
      return parseWebhookDocument(this.schema, webhook.query);
    } catch (error) {
      // Valid when stored; a schema change since may have broken it.
      this.deps.logger.warn({ err: error, webhookId: webhook.id }, 'a stored webhook query no longer validates');
      return null;
    }
  }

  private async viewerOf(run: Sql['run'], webhook: ActiveWebhook): Promise<AdminViewer | null> {
    const [admin] = await run<{ id: string }>(RUN_AS, [webhook.created_by_id]);
    return admin ? { role: 'ADMIN', adminId: admin.id, tokenId: `webhook:${webhook.id}`, expiresAt: Number.MAX_SAFE_INTEGER } : null;
  }

}

export async function defineOutboxJobs(deps: AppDeps, schema: GraphQLSchema): Promise<void> {
  const dispatcher = new OutboxDispatcher(deps, schema);
  await deps.jobs.define<DispatchData>(
    DISPATCH_JOB,
    async (data) => void (await dispatcher.dispatch(data)),
    { limit: 10, delaySeconds: 1, maxDelaySeconds: 60 },
    { batchSize: DISPATCHES_AT_ONCE, pollingIntervalSeconds: DISPATCH_POLLING_SECONDS },
  );
  // Rows whose dispatch was never queued (their instance died between commit and hand-over).
  await deps.jobs.every(SWEEP_JOB, '* * * * *', async () => {
    while ((await dispatcher.dispatch({ ids: [], announced: [] })) === ROWS_PER_DISPATCH);
  });
}
