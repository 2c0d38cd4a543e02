import { Arg, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../http/context';
import { ThrottleLogin, ThrottlePasswordCheck } from '../../rate-limit/rate-limit.middleware';
import { AdminNode } from '../admin/admin.types';
import { AuthPayload } from './auth.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Signs an agent in. The token expires (12 h by default). An agent with two-factor sign-in also gives `otp`, a current TOTP code or an unused recovery code: without it, or with a wrong one, the answer is UNAUTHENTICATED with reason OTP_REQUIRED.',
  })
  @UseMiddleware(ThrottleLogin)
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('otp', () => String, { nullable: true }) otp: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.login(email, password, otp);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token of this request at once, on every instance.' })
  logout(@Ctx() ctx: Context) {
    return ctx.services.auth.logout(ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description:
      "Agents only. Checks the current password, sets the new one, and signs the agent out everywhere else: its other tokens stop working and their sockets close. The caller's token keeps working.",
  })
  @UseMiddleware(ThrottlePasswordCheck)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.changePassword(ctx.viewer, currentPassword, newPassword);
  }

  @Query(() => AdminNode, { description: 'The signed-in agent.' })
  me(@Ctx() ctx: Context) {
    return ctx.services.auth.me(ctx.viewer);
  }
}
