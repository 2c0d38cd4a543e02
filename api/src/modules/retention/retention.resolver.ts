import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { RetentionReportNode } from './retention.types';

@Resolver()
export class RetentionResolver {
  @Mutation(() => RetentionReportNode, {
    description:
      'Runs retention now, as the daily job does (`Settings.retentionDays`); with `dryRun` it only counts and lists what would go. Recorded in the audit log (`retention.run`). ADMIN only.',
  })
  runRetention(@Arg('dryRun', () => Boolean) dryRun: boolean, @Ctx() ctx: Context) {
    return ctx.services.retention.run(ctx.viewer, dryRun);
  }
}
