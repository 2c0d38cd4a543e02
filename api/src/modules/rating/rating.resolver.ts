import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ChatSessionNode } from '../chat-session/chat-session.types';
import { ChatStatsNode } from '../stats/stats.types';

const DAYS_DESCRIPTION = 'Chats rated in the last `days` days (1 to 365).';

@Resolver(() => ChatSessionNode)
export class RatingResolver {
  @Mutation(() => ChatSessionNode, {
    description:
      "The visitor's satisfaction with its own chat: `rating` 1 to 5 and an optional `comment` (up to 1000 characters), once, after the chat is CLOSED. BAD_USER_INPUT with `extensions.reason` NOT_CLOSED before then and ALREADY_RATED after the first; FORBIDDEN for agents.",
  })
  rateChatSession(
    @Arg('id', () => ID) id: string,
    @Arg('rating', () => Int) rating: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.rating.rate(ctx.viewer, id, rating, comment);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The visitor's rating, 1 to 5; null until it rates the closed chat." })
  rating(@Root() session: ChatSessionPayload) {
    return session.rating ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  ratingComment(@Root() session: ChatSessionPayload) {
    return session.ratingComment ?? null;
  }
}

@Resolver(() => ChatStatsNode)
export class RatingStatsResolver {
  @FieldResolver(() => Float, { nullable: true, description: `Mean rating (1 to 5); null without any. ${DAYS_DESCRIPTION}` })
  async averageRating(@Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() ctx: Context) {
    return (await ctx.services.rating.summary(days)).averageRating;
  }

  @FieldResolver(() => Int, { description: DAYS_DESCRIPTION })
  async ratingCount(@Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() ctx: Context) {
    return (await ctx.services.rating.summary(days)).ratingCount;
  }
}
