import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../pagination/connection.types';
import { WebhookDeliveryStatus, type Webhook, type WebhookDelivery } from './webhook.entity';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Not acknowledged yet: the next attempt is at `nextAttemptAt`.' },
    DELIVERED: { description: 'The receiver answered 2xx within the timeout.' },
    FAILED: { description: 'Given up after 24 h of retries (or the webhook was off); `redeliverWebhookDelivery` sends it again.' },
  },
});

@ObjectType('WebhookDelivery', { description: 'One event sent to one webhook, with its attempts so far.' })
export class WebhookDeliveryNode {
  @Field(() => ID, { description: 'Also the body\'s `id` and the `Livechat-Webhook-Id` header: the same on every attempt.' })
  id!: string;

  @Field(() => String, { description: 'The subscription field: messageAdded, chatSessionUpdated or adminPresenceChanged.' })
  event!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status on the last attempt; null when it gave none (a timeout, a refused connection)." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in words.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => String, { description: 'The JSON body POSTed: `{ id, event, createdAt, data }`.' })
  payload!: string;
}

export const toDeliveryNode = (delivery: WebhookDelivery): WebhookDeliveryNode => ({
  id: delivery.id,
  event: delivery.event,
  status: delivery.status,
  attempts: delivery.attempts,
  lastStatusCode: delivery.lastStatusCode,
  lastError: delivery.lastError,
  nextAttemptAt: delivery.status === WebhookDeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
  createdAt: delivery.createdAt,
  deliveredAt: delivery.deliveredAt,
  payload: delivery.body,
});

export const { Connection: WebhookDeliveryConnection } = connectionTypes('WebhookDelivery', WebhookDeliveryNode);

@ObjectType('Webhook', { description: 'ADMIN only. Each event its subscription document selects is POSTed, signed, to `url`.' })
export class WebhookNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String, { description: 'A subscription document over messageAdded, chatSessionUpdated or adminPresenceChanged; each delivery\'s `data` is its result.' })
  query!: string;

  @Field(() => Boolean, { description: 'An inactive webhook is sent nothing.' })
  active!: boolean;

  @Field(() => String, { description: 'Signs every delivery: `Livechat-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>`.' })
  secret!: string;

  @Field(() => Date)
  createdAt!: Date;
}

export const toWebhookNode = (webhook: Webhook): WebhookNode => ({
  id: webhook.id,
  name: webhook.name,
  url: webhook.url,
  query: webhook.query,
  active: webhook.active,
  secret: webhook.secret,
  createdAt: webhook.createdAt,
});

@InputType()
export class CreateWebhookInput {
  @Field(() => String, { description: '1 to 80 characters.' })
  name!: string;

  @Field(() => String, { description: 'http(s); loopback and private addresses are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true.' })
  url!: string;

  @Field(() => String, { description: 'One subscription operation selecting messageAdded, chatSessionUpdated or adminPresenceChanged, without variables.' })
  query!: string;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
