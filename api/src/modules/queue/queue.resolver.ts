import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import { ChatSessionNode } from '../chat-session/chat-session.types';
import type { ChatSessionPayload } from '../../pubsub/topics';

@Resolver(() => ChatSessionNode)
export class QueueResolver {
  @Mutation(() => ChatSessionNode, {
    nullable: true,
    description:
      'Assigns the caller the oldest waiting chat it may see (an AGENT: of its teams\' queues, or every queue while it has no team, and the queue without a team), in either routing mode; null when none waits. At its limit: FORBIDDEN with `extensions.reason: LIMIT_REACHED`.',
  })
  takeNextChatSession(@Ctx() ctx: Context) {
    return ctx.services.queue.takeNext(ctx.viewer);
  }

  @Mutation(() => ChatSessionNode, {
    description:
      'Hands an assigned chat back to its queue, at its original place. An AGENT may hand back its own chats; SUPERVISOR and ADMIN any. In AUTO mode it is routed again, to another agent.',
  })
  unassignChatSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.queue.unassign(ctx.viewer, id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "1-based among the WAITING chats of the same team's queue (chats without a team form one queue), oldest first; null once assigned or closed.",
  })
  async queuePosition(@Root() session: ChatSessionPayload, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.services.queue.placeOf(session)).queuePosition;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Seconds until an agent takes the chat, estimated: its position times the median wait of its team's chats first assigned in the last 24 hours. Null when it does not wait or there is nothing to estimate from.",
  })
  async estimatedWaitSeconds(@Root() session: ChatSessionPayload, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.services.queue.placeOf(session)).estimatedWaitSeconds;
  }
}
