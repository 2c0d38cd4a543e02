import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription, UseMiddleware } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../http/context';
import type { MentionPayload, MessagePayload, TypingPayload } from '../../pubsub/topics';
import { LimitMessagesPerSender, ThrottleTyping } from '../../rate-limit/rate-limit.middleware';
import { MentionEventNode, MessageNode, SendMessageInput, toMentionEvent, TypingEventNode } from './message.types';

type SessionArgs = SubscribeResolverData<unknown, { sessionId: string }, Context>;
type OptionalSessionArgs = SubscribeResolverData<unknown, { sessionId?: string | null }, Context>;

@Resolver(() => MessageNode)
export class MessageResolver {
  @Mutation(() => MessageNode, { description: 'Idempotent per `clientMessageId` within a session.' })
  @UseMiddleware(LimitMessagesPerSender)
  sendMessage(@Arg('input', () => SendMessageInput) input: SendMessageInput, @Ctx() ctx: Context) {
    return ctx.services.message.send(ctx.viewer, input);
  }

  @FieldResolver(() => Boolean, { description: 'A private note between agents, which the customer never sees.' })
  internal(@Root() message: MessagePayload): boolean {
    return message.internal === true;
  }

  @Mutation(() => Boolean)
  @UseMiddleware(ThrottleTyping)
  setTyping(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('isTyping', () => Boolean) isTyping: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.message.setTyping(ctx.viewer, sessionId, isTyping);
  }

  @Subscription(() => MessageNode, {
    description: "One chat's messages; without `sessionId`, every chat's an agent may see (a visitor must give its own chat's id).",
    subscribe: ({ args, context }: OptionalSessionArgs) =>
      context.services.message.subscribeToMessages(context.viewer, args.sessionId ?? null),
  })
  messageAdded(@Root() message: MessagePayload, @Arg('sessionId', () => ID, { nullable: true }) _sessionId: string | null): MessagePayload {
    return message;
  }

  @Subscription(() => TypingEventNode, {
    description: "The other side's typing; your own is not echoed back.",
    subscribe: ({ args, context }: SessionArgs) =>
      context.services.message.subscribeToTyping(context.viewer, args.sessionId),
  })
  typingChanged(@Root() event: TypingPayload, @Arg('sessionId', () => ID) _sessionId: string): TypingPayload {
    return event;
  }

  @Subscription(() => MentionEventNode, {
    description:
      "Agents: the viewer named in a note (`@` and its name, case-insensitive, the longest name that fits), in a chat it may open. The note's author is not told.",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) =>
      context.services.message.subscribeToMentions(context.viewer),
  })
  mentioned(@Root() event: MentionPayload): MentionEventNode {
    return toMentionEvent(event);
  }
}
