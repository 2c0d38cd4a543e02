import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { MessageSearchConnection } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => MessageSearchConnection, {
    description:
      'Every agent role: the message texts (private notes included) of the chats the caller may see, best match first. Words match their Indonesian and English stems ("izin" finds "perizinan"). A blank query, or one over 200 characters, is BAD_USER_INPUT (field query).',
  })
  searchMessages(
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.search.searchMessages(ctx.viewer, query, first, after);
  }
}
