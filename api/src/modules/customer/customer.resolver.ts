import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { Context } from '../../http/context';
import { LimitRegisterCustomerPerIp } from '../../rate-limit/rate-limit.middleware';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { ChatSessionConnection } from '../chat-session/chat-session.types';
import { CustomerAuthPayload, CustomerNode, RegisterCustomerInput, UpdateCustomerInput } from './customer.types';

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
