import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../errors/app-error';
import { isUuid } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { decodeCursor, encodeCursor, pageSize } from '../../pagination/cursor';
import type { AuditTrail } from '../audit/audit-trail';
import { Admin } from '../admin/admin.entity';
import { MANAGERS, requireStaff } from '../admin/staff';
import { deliveryJobOf } from './webhook.delivery';
import { parseWebhookDocument } from './webhook-document';
import { checkWebhookUrl } from './webhook-url';
import { MAX_WEBHOOK_NAME_LENGTH, Webhook, WebhookDelivery } from './webhook.entity';
import {
  toDeliveryNode,
  toWebhookNode,
  type CreateWebhookInput,
  type UpdateWebhookInput,
  type WebhookDeliveryNode,
  type WebhookNode,
} from './webhook.types';

const DEFAULT_DELIVERIES_PAGE = 20;
const CURSOR_KIND = 'webhook-delivery';

const REDELIVER = {
  name: 'livechat_webhook_redeliver',
  text: `update webhook_delivery set status = 'PENDING', next_attempt_at = now() where id = $1::uuid returning attempts`,
};

/** Webhooks are the desk's: ADMIN only, every operation. */
export class WebhookService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'config' | 'sql' | 'jobs'> & { graphqlSchema: () => GraphQLSchema },
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  async list(viewer: Viewer | null): Promise<WebhookNode[]> {
    await requireStaff(this.em, viewer, MANAGERS);
    const webhooks = await this.em.find(Webhook, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return webhooks.map(toWebhookNode);
  }

  async create(viewer: Viewer | null, input: CreateWebhookInput): Promise<WebhookNode> {
    const staff = await requireStaff(this.em, viewer, MANAGERS);
    const fields = this.checked(input);
    const webhook = this.em.create(Webhook, {
      name: fields.name!,
      url: fields.url!,
      query: fields.query!,
      event: fields.event!,
      secret: `whsec_${randomBytes(24).toString('hex')}`,
      active: true,
      createdBy: this.em.getReference(Admin, staff.adminId),
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    this.audit.record(this.em, { action: 'webhook.create', targetType: 'WEBHOOK', targetId: webhook.id, details: { name: webhook.name, url: webhook.url, event: webhook.event } });
    await this.em.flush();
    return toWebhookNode(webhook);
  }

  async update(viewer: Viewer | null, id: string, input: UpdateWebhookInput): Promise<WebhookNode> {
    await requireStaff(this.em, viewer, MANAGERS);
    const webhook = await this.find(id);
    const fields = this.checked(input);
    const changed = Object.keys(fields).filter((key) => key !== 'event');
    if (input.active != null) changed.push('active');
    Object.assign(webhook, fields, input.active != null ? { active: input.active } : {}, { updatedAt: new Date() });
    this.audit.record(this.em, { action: 'webhook.update', targetType: 'WEBHOOK', targetId: webhook.id, details: { fields: changed } });
    await this.em.flush();
    return toWebhookNode(webhook);
  }

  async delete(viewer: Viewer | null, id: string): Promise<boolean> {
    await requireStaff(this.em, viewer, MANAGERS);
    const webhook = await this.find(id);
    this.audit.record(this.em, { action: 'webhook.delete', targetType: 'WEBHOOK', targetId: webhook.id, details: { name: webhook.name, url: webhook.url } });
    this.em.remove(webhook);
    await this.em.flush();
    return true;
  }

  /** Newest first. */
  async deliveries(viewer: Viewer | null, webhook: { id: string }, first?: number | null, after?: string | null): Promise<ConnectionResult<WebhookDeliveryNode>> {
    await requireStaff(this.em, viewer, MANAGERS);
    const limit = pageSize(first, DEFAULT_DELIVERIES_PAGE);
    const where = { webhook: webhook.id };
    const afterRow = after ? await this.em.findOne(WebhookDelivery, { ...where, id: decodeCursor(CURSOR_KIND, after) }) : null;
    if (after && !afterRow) throw badInput('The cursor is not valid for this list.', 'after');
    const older = afterRow
      ? { $or: [{ createdAt: { $lt: afterRow.createdAt } }, { createdAt: afterRow.createdAt, id: { $lt: afterRow.id } }] }
      : {};
    const rows = await this.em.find(WebhookDelivery, { ...where, ...older }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const edges = rows.slice(0, limit).map((row) => ({ cursor: encodeCursor(CURSOR_KIND, row.id), node: toDeliveryNode(row) }));
    return connection(
      edges,
      { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      () => this.em.count(WebhookDelivery, where),
    );
  }

  /** Sends a delivery again now, whatever became of it, with the same id and body (a receiver that dedupes by id sees one event). */
  async redeliver(viewer: Viewer | null, id: string): Promise<WebhookDeliveryNode> {
    await requireStaff(this.em, viewer, MANAGERS);
    if (!isUuid(id)) throw notFound('Webhook delivery');
    await this.deps.sql.transaction(async (run) => {
      const [row] = await run<{ attempts: number }>(REDELIVER, [id]);
      if (!row) throw notFound('Webhook delivery');
      // A key of its own: an attempt already scheduled does not swallow this one (the first to run records it).
      await deliveryJobOf(this.deps, id, row.attempts + 1, { once: `${id}:redeliver:${randomBytes(8).toString('hex')}`, within: run });
      await this.audit.recordWith(run, { action: 'webhook.redeliver', targetType: 'WEBHOOK_DELIVERY', targetId: id });
    });
    const delivery = await this.em.findOneOrFail(WebhookDelivery, id, { refresh: true });
    return toDeliveryNode(delivery);
  }

  private async find(id: string): Promise<Webhook> {
    const webhook = isUuid(id) ? await this.em.findOne(Webhook, id) : null;
    if (!webhook) throw notFound('Webhook');
    return webhook;
  }

  /** The given fields, each checked; a bad one refuses the whole call before anything is stored. */
  private checked(input: { name?: string | null; url?: string | null; query?: string | null }): Partial<Pick<Webhook, 'name' | 'url' | 'query' | 'event'>> {
    const fields: Partial<Pick<Webhook, 'name' | 'url' | 'query' | 'event'>> = {};
    if (input.name != null) {
      const name = input.name.trim();
      if (!name || name.length > MAX_WEBHOOK_NAME_LENGTH) throw badInput(`A webhook name has 1 to ${MAX_WEBHOOK_NAME_LENGTH} characters.`, 'name');
      fields.name = name;
    }
    if (input.url != null) fields.url = checkWebhookUrl(input.url, this.deps.config.webhooks.allowPrivateNetworks);
    if (input.query != null) {
      fields.event = parseWebhookDocument(this.deps.graphqlSchema(), input.query).event;
      fields.query = input.query;
    }
    return fields;
  }
}

