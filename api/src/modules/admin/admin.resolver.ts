import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { appError } from '../../errors/app-error';
import type { Context } from '../../http/context';
import type { AdminPresencePayload } from '../../pubsub/topics';
import { AdminNode, AdminPresenceNode, CreateAdminInput, type AdminView } from './admin.types';

@Resolver(() => AdminNode)
export class AdminResolver {
  @Query(() => [AdminNode], { description: 'Agents only.' })
  admins(@Ctx() ctx: Context) {
    return ctx.services.admin.list(ctx.viewer);
  }

  @Mutation(() => AdminNode, { description: 'Agents only. Adds an agent who can then sign in.' })
  createAdmin(@Arg('input', () => CreateAdminInput) input: CreateAdminInput, @Ctx() ctx: Context) {
    return ctx.services.admin.create(ctx.viewer, input);
  }

  @Subscription(() => AdminPresenceNode, {
    description: 'Agents only. Fires when an agent comes online (first console) or goes offline (last one).',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      context.services.admin.subscribeToPresence(context.viewer),
  })
  async adminPresenceChanged(@Root() event: AdminPresencePayload, @Ctx() ctx: Context) {
    const admin = await ctx.loaders.admin.load(event.adminId);
    if (!admin) throw appError('NOT_FOUND', 'Agent not found');
    return { admin: { ...admin, online: event.online }, online: event.online };
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() admin: AdminView, @Ctx() ctx: Context) {
    return ctx.services.admin.emailSeenBy(ctx.viewer, admin);
  }

  @FieldResolver(() => Boolean)
  online(@Root() admin: AdminView & { online?: boolean }, @Ctx() ctx: Context) {
    return admin.online ?? ctx.services.presence.isOnline(admin.id);
  }
}
