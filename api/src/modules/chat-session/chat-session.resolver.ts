import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, UseMiddleware } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../http/context';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { LimitStartChatSessionPerIp } from '../../rate-limit/rate-limit.middleware';
import { AdminNode } from '../admin/admin.types';
import { CustomerNode } from '../customer/customer.types';
import { MessageConnection, MessageNode } from '../message/message.types';
import { TeamNode } from '../team/team.types';
import {
  ChatSessionConnection,
  ChatSessionFilter,
  ChatSessionNode,
  StartChatSessionInput,
} from './chat-session.types';

@Resolver(() => ChatSessionNode)
export class ChatSessionResolver {
  @Query(() => ChatSessionConnection, { description: "Agents only; an AGENT lists its own chats and the waiting queues it works (its teams', every team's while it has none, and the chats without a team). Newest first; with `status: WAITING`, in queue order (from each chat's first message, the longest wait on top)." })
  chatSessions(
    @Arg('filter', () => ChatSessionFilter, { nullable: true }) filter: ChatSessionFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chatSession.list(ctx.viewer, filter, first, after);
  }

  @Query(() => ChatSessionNode, { nullable: true })
  chatSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.chatSession.get(ctx.viewer, id);
  }

  @Mutation(() => ChatSessionNode, {
    description:
      "Opens a chat for the visitor with its first `message`, or resumes the visitor's open one and sends `message` into it. Agents are told of a chat, and list it, from its first message on. Idempotent per `clientMessageId`.",
  })
  @UseMiddleware(LimitStartChatSessionPerIp)
  startChatSession(
    @Arg('input', () => StartChatSessionInput, { nullable: true }) input: StartChatSessionInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chatSession.start(ctx.viewer, input);
  }

  @Mutation(() => ChatSessionNode, {
    description:
      "Assigns to `adminId`, or to the caller when both `adminId` and `teamId` are omitted. With `teamId` alone the chat moves to that team's queue, unassigned, keeping its place; with both it is assigned to `adminId` in that team. Taking a chat (or an AGENT handing one on) stays within the agent's limit: FORBIDDEN with `extensions.reason` LIMIT_REACHED; a SUPERVISOR or ADMIN assigning someone else may exceed it. A chat that gains an agent other than the last one introduced in it tells the visitor in a SYSTEM message, 'Anda sekarang dibantu oleh <name>' (so do AUTO routing and taking the next chat; an agent's first reply, which names its agent itself, adds none).",
  })
  assignChatSession(
    @Arg('id', () => ID) id: string,
    @Arg('adminId', () => ID, { nullable: true }) adminId: string | null,
    @Arg('teamId', () => ID, { nullable: true }) teamId: string | null,
    @Arg('note', () => String, {
      nullable: true,
      description: 'For whoever gets the chat: stored as the caller\'s internal note (up to 1000 characters), which the visitor never sees.',
    })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chatSession.assign(ctx.viewer, id, adminId, teamId, note);
  }

  @Mutation(() => ChatSessionNode)
  closeChatSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.chatSession.close(ctx.viewer, id);
  }

  @Mutation(() => ChatSessionNode, {
    description:
      "Marks the chat read up to `messageId`, for the caller's side: the visitor's own mark, or the agents' one mark. It only moves forward (an older id changes nothing); a move is announced on `chatSessionUpdated`. NOT_FOUND for a message not in this chat (or a note, for a visitor).",
  })
  markChatSessionRead(@Arg('id', () => ID) id: string, @Arg('messageId', () => ID) messageId: string, @Ctx() ctx: Context) {
    return ctx.services.chatSession.markRead(ctx.viewer, id, messageId);
  }

  @Subscription(() => ChatSessionNode, {
    description: 'New, assigned, closed and updated sessions. Agents may omit `id`; a visitor must give its own.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { id?: string | null }, Context>) =>
      context.services.chatSession.subscribeToUpdates(context.viewer, args.id ?? null),
  })
  chatSessionUpdated(
    @Root() session: ChatSessionPayload,
    @Arg('id', () => ID, { nullable: true }) _id: string | null,
  ): ChatSessionPayload {
    return session;
  }

  @FieldResolver(() => CustomerNode)
  customer(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(session.customerId);
  }

  @FieldResolver(() => TeamNode, { nullable: true, description: 'Null: the queue of chats without a team.' })
  team(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return session.teamId ? ctx.loaders.team.load(session.teamId) : null;
  }

  @FieldResolver(() => AdminNode, { nullable: true })
  assignedAdmin(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return session.assignedAdminId ? ctx.loaders.admin.load(session.assignedAdminId) : null;
  }

  @FieldResolver(() => Int, {
    description:
      "Unread for the viewer: for an agent, the visitor's messages after `agentLastReadMessageId`; for the visitor, the agents' and system messages after `customerLastReadMessageId` (never a note).",
  })
  unreadCount(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return ctx.loaders.unreadCount[ctx.viewer?.role === 'CUSTOMER' ? 'customer' : 'agents'].load(session.id);
  }

  @FieldResolver(() => MessageNode, { nullable: true })
  lastMessage(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return session.lastMessage ?? ctx.loaders.lastMessage.load(session.id);
  }

  @FieldResolver(() => MessageConnection, {
    description:
      "Oldest first. A message's cursor is its id: `after` gives exactly the messages that came after it, so a client that reconnects asks for what it missed; `last`/`before` page backwards.",
  })
  messages(
    @Root() session: ChatSessionPayload,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true }) last: number | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.message.list(ctx.viewer, session, { first, after, last, before });
  }
}
