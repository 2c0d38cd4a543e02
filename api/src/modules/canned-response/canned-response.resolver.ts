import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { CannedResponseInput, CannedResponseNode } from './canned-response.types';

@Resolver(() => CannedResponseNode)
export class CannedResponseResolver {
  @Query(() => [CannedResponseNode], {
    description: 'Every agent role. By shortcut; `search` matches shortcut, title or text, literally and regardless of case.',
  })
  cannedResponses(@Arg('search', () => String, { nullable: true }) search: string | null | undefined, @Ctx() ctx: Context) {
    return ctx.services.cannedResponse.list(ctx.viewer, search);
  }

  @Mutation(() => CannedResponseNode, { description: 'ADMIN and SUPERVISOR.' })
  createCannedResponse(@Arg('input', () => CannedResponseInput) input: CannedResponseInput, @Ctx() ctx: Context) {
    return ctx.services.cannedResponse.create(ctx.viewer, input);
  }

  @Mutation(() => CannedResponseNode, { description: 'ADMIN and SUPERVISOR.' })
  updateCannedResponse(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CannedResponseInput) input: CannedResponseInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.cannedResponse.update(ctx.viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'ADMIN and SUPERVISOR.' })
  deleteCannedResponse(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.cannedResponse.delete(ctx.viewer, id);
  }
}
