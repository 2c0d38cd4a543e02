import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import { AuditActorNode, AuditEventConnection, AuditLogFilter } from './audit.types';

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEventConnection, {
    description:
      'ADMIN only: the audit log, newest first. Sign-ins (and failed ones), agents, teams, settings, assignments, transfers, closes, customer changes, blocks and reads (`customer.read`, once per agent, customer and hour), keys, webhooks, exports, erasures and retention runs. No operation changes or deletes it.',
  })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auditLog.list(ctx.viewer, filter, first, after);
  }

  @Query(() => [String], { description: 'ADMIN only: every action the audit log records, for a filter.' })
  auditActions(@Ctx() ctx: Context) {
    return ctx.services.auditLog.actions(ctx.viewer);
  }
}

@Resolver(() => AuditActorNode)
export class AuditActorResolver {
  @FieldResolver(() => String, { nullable: true })
  name(@Root() actor: AuditActorNode, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.auditLog.actorName(actor);
  }
}
