import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/guards';
import type { Context } from '../../http/context';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { MAX_RANGE_DAYS } from './report.service';
import { ReportGrouping, ReportNode } from './report.types';

@Resolver(() => ReportNode)
export class ReportResolver {
  @Query(() => ReportNode, {
    description: `ADMIN and SUPERVISOR. The chats created in [from, to), grouped; \`to\` after \`from\` and at most ${MAX_RANGE_DAYS} days later, else BAD_USER_INPUT.`,
  })
  report(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => ReportGrouping) groupBy: ReportGrouping,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.report.report(ctx.viewer, { from, to, groupBy });
  }

  @FieldResolver(() => String, {
    description:
      'Downloads `rows` and then `totals` as CSV (UTF-8 with a BOM, RFC 4180, a header row of these field names, numbers unformatted, null as empty), computed again by the same query: a short-lived link signed for the reader who asked.',
  })
  @ResolvedPerViewer()
  csvUrl(@Root() report: ReportNode, @Ctx() ctx: Context) {
    return ctx.services.report.csvUrlFor(requireViewer(ctx.viewer), report);
  }
}
