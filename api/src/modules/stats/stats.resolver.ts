import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { ChatStatsNode, DailyMessageCountNode } from './stats.types';

@Resolver(() => ChatStatsNode)
export class StatsResolver {
  @Query(() => ChatStatsNode, { description: 'ADMIN and SUPERVISOR. Dashboard figures.' })
  stats(@Ctx() ctx: Context) {
    return ctx.services.stats.authorize(ctx.viewer);
  }

  @FieldResolver(() => Int, { description: 'Sessions with an agent assigned.' })
  async activeSessions(@Ctx() ctx: Context) {
    return (await ctx.services.stats.sessionsByStatus()).active;
  }

  @FieldResolver(() => Int, { description: 'Sessions that no agent has taken yet.' })
  async waitingSessions(@Ctx() ctx: Context) {
    return (await ctx.services.stats.sessionsByStatus()).waiting;
  }

  @FieldResolver(() => [DailyMessageCountNode], {
    description: "Messages per day over the last `days` days (1 to 90), today included, in the server's time zone.",
  })
  messagesPerDay(@Arg('days', () => Int, { defaultValue: 7 }) days: number, @Ctx() ctx: Context) {
    return ctx.services.stats.messagesPerDay(days);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Mean seconds from a session's first customer message to the first agent reply; null before any reply.",
  })
  averageFirstResponseSeconds(@Ctx() ctx: Context) {
    return ctx.services.stats.averageFirstResponseSeconds();
  }
}
