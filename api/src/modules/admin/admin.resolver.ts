import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import { AdminNode } from './admin.types';

@Resolver(() => AdminNode)
export class AdminResolver {
  @FieldResolver(() => Boolean)
  online(@Root() admin: AdminNode, @Ctx() ctx: Context) {
    return ctx.services.presence.isOnline(admin.id);
  }
}
