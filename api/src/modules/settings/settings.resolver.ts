import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { SettingsNode, UpdateSettingsInput } from './settings.types';

@Resolver(() => SettingsNode)
export class SettingsResolver {
  @Query(() => SettingsNode, { description: 'Every agent role.' })
  settings(@Ctx() ctx: Context) {
    return ctx.services.settings.get(ctx.viewer);
  }

  @Mutation(() => SettingsNode, { description: 'ADMIN only.' })
  updateSettings(@Arg('input', () => UpdateSettingsInput) input: UpdateSettingsInput, @Ctx() ctx: Context) {
    return ctx.services.settings.update(ctx.viewer, input);
  }
}
