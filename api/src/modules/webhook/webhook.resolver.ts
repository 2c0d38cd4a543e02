import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryConnection, WebhookDeliveryNode, WebhookNode } from './webhook.types';

@Resolver(() => WebhookNode)
export class WebhookResolver {
  @Query(() => [WebhookNode], { description: 'ADMIN only, oldest first.' })
  webhooks(@Ctx() ctx: Context) {
    return ctx.services.webhook.list(ctx.viewer);
  }

  @Mutation(() => WebhookNode, { description: 'ADMIN only. The secret is generated, and readable by ADMINs in `Webhook.secret`.' })
  createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhook.create(ctx.viewer, input);
  }

  @Mutation(() => WebhookNode, { description: 'ADMIN only. Deliveries already made keep their body.' })
  updateWebhook(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhook.update(ctx.viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'ADMIN only. Its deliveries go with it.' })
  deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhook.delete(ctx.viewer, id);
  }

  @Mutation(() => WebhookDeliveryNode, { description: 'ADMIN only. Sends the delivery again now, with the same id and body.' })
  redeliverWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhook.redeliver(ctx.viewer, id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Newest first.' })
  deliveries(
    @Root() webhook: WebhookNode,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhook.deliveries(ctx.viewer, webhook, first, after);
  }
}
