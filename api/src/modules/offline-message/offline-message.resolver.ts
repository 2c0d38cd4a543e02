import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../http/context';
import { LimitOfflineMessagePerIp } from '../../rate-limit/rate-limit.middleware';
import { LeaveOfflineMessageInput, OfflineMessagePayloadNode } from './offline-message.types';

@Resolver()
export class OfflineMessageResolver {
  @Mutation(() => OfflineMessagePayloadNode, {
    description:
      "The widget's offline form, for anonymous visitors and signed-in ones alike (an anonymous caller becomes a visitor, as with `registerCustomer`). Stores the message as the first of a chat flagged `offline` in the normal queue (a signed-in visitor's open chat takes it instead), so MANUAL and AUTO routing treat it like any other; agents answer it when they are back, and with `SMTP_URL` set their replies are emailed to `email`. Accepted at any hour: the widget offers the form while the desk is closed or no agent is ONLINE, and a message sent just as that changes still reaches the queue.",
  })
  @UseMiddleware(LimitOfflineMessagePerIp)
  leaveOfflineMessage(@Arg('input', () => LeaveOfflineMessageInput) input: LeaveOfflineMessageInput, @Ctx() ctx: Context) {
    return ctx.services.offlineMessage.leave(ctx.viewer, input);
  }
}
