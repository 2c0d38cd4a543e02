import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { Context } from '../../http/context';
import { LimitRegisterCustomerPerIp } from '../../rate-limit/rate-limit.middleware';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { ChatSessionConnection } from '../chat-session/chat-session.types';
import { CustomerAuthPayload, CustomerConnection, CustomerNode, RegisterCustomerInput, UpdateCustomerInput } from './customer.types';

@Resolver(() => CustomerNode)
export class CustomerResolver {
  @Mutation(() => CustomerAuthPayload, {
    description: 'Registers a website visitor. Its token (30 days by default) resumes the chat after a reload.',
  })
  @UseMiddleware(LimitRegisterCustomerPerIp)
  registerCustomer(@Arg('input', () => RegisterCustomerInput) input: RegisterCustomerInput, @Ctx() ctx: Context) {
    return ctx.services.customer.register(input);
  }

  @Mutation(() => CustomerNode, {
    description:
      "Agents edit a visitor's profile; fields left out stay as they are. An AGENT may edit only the visitor of a chat it may see (NOT_FOUND otherwise). The visitor's open chats are announced on `chatSessionUpdated`.",
  })
  updateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customer.update(ctx.viewer, id, input);
  }

  @Mutation(() => CustomerNode, {
    description:
      "Blocks a visitor: its tokens are refused at once on every instance (FORBIDDEN, reason BLOCKED), its sockets close with 4403, and its browser cannot register again until `unblockCustomer`. Any agent; an AGENT only the visitor of a chat it may see (NOT_FOUND otherwise). `reason` is up to 500 characters.",
  })
  blockCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customer.blocking.block(ctx.viewer, id, reason);
  }

  @Mutation(() => CustomerNode, { description: "Lifts a block; the visitor's tokens work again. ADMIN and SUPERVISOR." })
  unblockCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customer.blocking.unblock(ctx.viewer, id);
  }

  @Query(() => CustomerConnection, { description: 'The blocked visitors, most recently blocked first. ADMIN and SUPERVISOR.' })
  blockedCustomers(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customer.blocking.list(ctx.viewer, first, after);
  }

  @FieldResolver(() => ChatSessionConnection, {
    description:
      "The visitor's chats that the viewer may see, newest first (the cursors of `chatSessions`): a visitor its own, an AGENT those of its queues and its own.",
  })
  @ResolvedPerViewer()
  chatSessions(
    @Root() customer: CustomerNode,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customer.chatSessionsOf(ctx.viewer, customer.id, first, after);
  }
}
