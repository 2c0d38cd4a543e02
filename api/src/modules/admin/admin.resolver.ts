import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { appError } from '../../errors/app-error';
import type { Context } from '../../http/context';
import type { AdminPresencePayload } from '../../pubsub/topics';
import { TeamNode } from '../team/team.types';
import { AgentStatus } from './admin.entity';
import { AdminNode, AdminPresenceNode, CreateAdminInput, UpdateAdminInput, type AdminView } from './admin.types';

@Resolver(() => AdminNode)
export class AdminResolver {
  @Query(() => [AdminNode], { description: 'Agents only, every role.' })
  admins(@Ctx() ctx: Context) {
    return ctx.services.admin.list(ctx.viewer);
  }

  @Mutation(() => AdminNode, { description: 'ADMIN only. Adds an agent (an AGENT unless `role` says otherwise) who can then sign in.' })
  createAdmin(@Arg('input', () => CreateAdminInput) input: CreateAdminInput, @Ctx() ctx: Context) {
    return ctx.services.admin.create(ctx.viewer, input);
  }

  @Mutation(() => AdminNode, {
    description: 'ADMIN only, except that an agent may rename itself. Disabling stops the agent\'s tokens at once and closes its sockets with 4403. The desk keeps one active ADMIN at least.',
  })
  updateAdmin(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateAdminInput) input: UpdateAdminInput, @Ctx() ctx: Context) {
    return ctx.services.admin.update(ctx.viewer, id, input);
  }

  @Mutation(() => AdminNode, { description: 'ONLINE or AWAY (AWAY keeps its chats but takes no new ones). OFFLINE is refused: it is what no open console means.' })
  setMyStatus(@Arg('status', () => AgentStatus) status: AgentStatus, @Ctx() ctx: Context) {
    return ctx.services.admin.setMyStatus(ctx.viewer, status);
  }

  @Subscription(() => AdminPresenceNode, {
    description:
      'Agents only. Fires when an agent comes online (first console), goes offline (last one), or changes its status.',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      context.services.admin.subscribeToPresence(context.viewer),
  })
  async adminPresenceChanged(@Root() event: AdminPresencePayload, @Ctx() ctx: Context) {
    const admin = await ctx.loaders.admin.load(event.adminId);
    if (!admin) throw appError('NOT_FOUND', 'Agent not found');
    const status = event.online ? (event.status ?? admin.chosenStatus) : AgentStatus.OFFLINE;
    return { admin: { ...admin, online: event.online, status }, online: event.online, status };
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() admin: AdminView, @Ctx() ctx: Context) {
    return ctx.services.admin.emailSeenBy(ctx.viewer, admin);
  }

  @FieldResolver(() => Boolean)
  online(@Root() admin: AdminView & { online?: boolean }, @Ctx() ctx: Context) {
    return admin.online ?? ctx.services.presence.isOnline(admin.id);
  }

  @FieldResolver(() => AgentStatus, { description: 'OFFLINE while no console of the agent is connected, else ONLINE or AWAY as it chose.' })
  status(@Root() admin: AdminView & { status?: AgentStatus }, @Ctx() ctx: Context) {
    return admin.status ?? ctx.services.admin.statusOf(admin);
  }

  @FieldResolver(() => [TeamNode], { description: 'By name. Empty for a visitor.' })
  async teams(@Root() admin: AdminView, @Ctx() ctx: Context) {
    if (ctx.viewer?.role === 'CUSTOMER') return [];
    return ctx.loaders.adminTeams.load(admin.id);
  }

  @FieldResolver(() => Int, { description: 'ACTIVE chats assigned to the agent now.' })
  activeChatCount(@Root() admin: AdminView, @Ctx() ctx: Context) {
    return ctx.loaders.activeChatCount.load(admin.id);
  }
}
