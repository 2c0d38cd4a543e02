import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import { AdminNode } from '../admin/admin.types';
import { CreateTeamInput, TeamNode, UpdateTeamInput, type TeamView } from './team.types';

@Resolver(() => TeamNode)
export class TeamResolver {
  @Query(() => [TeamNode], { description: 'Every agent role (an AGENT needs them to transfer a chat). By name.' })
  teams(@Ctx() ctx: Context) {
    return ctx.services.team.list(ctx.viewer);
  }

  @Mutation(() => TeamNode, { description: 'ADMIN only.' })
  createTeam(@Arg('input', () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: Context) {
    return ctx.services.team.create(ctx.viewer, input);
  }

  @Mutation(() => TeamNode, { description: 'ADMIN only.' })
  updateTeam(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateTeamInput) input: UpdateTeamInput, @Ctx() ctx: Context) {
    return ctx.services.team.update(ctx.viewer, id, input);
  }

  @Mutation(() => Boolean, { description: "ADMIN only. The team's chats join the queue of chats without a team, keeping their place." })
  deleteTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.delete(ctx.viewer, id);
  }

  @FieldResolver(() => [AdminNode], { description: 'By name. Empty for a visitor, who sees only the agent of its own chat.' })
  async members(@Root() team: TeamView, @Ctx() ctx: Context) {
    if (ctx.viewer?.role === 'CUSTOMER') return [];
    return ctx.loaders.teamMembers.load(team.id);
  }
}
