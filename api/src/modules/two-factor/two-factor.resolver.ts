import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { AdminNode, type AdminView } from '../admin/admin.types';
import { TwoFactorSetup } from './two-factor.types';

@Resolver()
export class TwoFactorResolver {
  @Mutation(() => TwoFactorSetup, {
    description:
      'Agents only. A new TOTP secret for the caller, pending until enableTwoFactor; calling again replaces it. Refused (reason TWO_FACTOR_ENABLED) while two-factor sign-in is on.',
  })
  beginTwoFactorSetup(@Ctx() ctx: Context) {
    return ctx.services.twoFactor.beginSetup(ctx.viewer);
  }

  @Mutation(() => [String], {
    description:
      'Agents only. A current code of the pending secret turns two-factor sign-in on and returns 10 recovery codes, shown this once. A wrong code: BAD_USER_INPUT, reason OTP_INVALID; repeated wrong codes: RATE_LIMITED.',
  })
  enableTwoFactor(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.services.twoFactor.enable(ctx.viewer, code);
  }

  @Mutation(() => Boolean, {
    description: 'Agents only. A current TOTP code or an unused recovery code turns two-factor sign-in off.',
  })
  disableTwoFactor(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.services.twoFactor.disable(ctx.viewer, code);
  }
}

@Resolver(() => AdminNode)
export class AdminTwoFactorResolver {
  @FieldResolver(() => Boolean, { description: 'Whether sign-in asks this agent for a code. The agent itself and ADMINs only.' })
  @ResolvedPerViewer()
  twoFactorEnabled(@Root() admin: AdminView, @Ctx() ctx: Context) {
    return ctx.services.twoFactor.isEnabled(ctx.viewer, admin.id);
  }
}
