import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../http/context';
import { LimitRegisterCustomerPerIp } from '../../rate-limit/rate-limit.middleware';
import { CustomerAuthPayload, RegisterCustomerInput } from './customer.types';

@Resolver()
export class CustomerResolver {
  @Mutation(() => CustomerAuthPayload, {
    description: 'Registers a website visitor. Its token (30 days by default) resumes the chat after a reload.',
  })
  @UseMiddleware(LimitRegisterCustomerPerIp)
  registerCustomer(@Arg('input', () => RegisterCustomerInput) input: RegisterCustomerInput, @Ctx() ctx: Context) {
    return ctx.services.customer.register(input);
  }
}
