import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../http/context';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ChatSessionNode } from '../chat-session/chat-session.types';
import { CreateLabelInput, LabelNode, UpdateLabelInput } from './label.types';

@Resolver(() => LabelNode)
export class LabelResolver {
  @Query(() => [LabelNode], { description: 'Every agent role. By name.' })
  labels(@Ctx() ctx: Context) {
    return ctx.services.label.list(ctx.viewer);
  }

  @Mutation(() => LabelNode, { description: 'ADMIN and SUPERVISOR.' })
  createLabel(@Arg('input', () => CreateLabelInput) input: CreateLabelInput, @Ctx() ctx: Context) {
    return ctx.services.label.create(ctx.viewer, input);
  }

  @Mutation(() => LabelNode, { description: 'ADMIN and SUPERVISOR.' })
  updateLabel(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateLabelInput) input: UpdateLabelInput, @Ctx() ctx: Context) {
    return ctx.services.label.update(ctx.viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'ADMIN and SUPERVISOR. The chats that had it lose it.' })
  deleteLabel(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.label.delete(ctx.viewer, id);
  }

  @Mutation(() => ChatSessionNode, {
    description:
      "Replaces the chat's labels (an empty list clears them). Any agent role that may see the chat; one unknown label id is BAD_USER_INPUT (field labelIds) and stores nothing. Announced through `chatSessionUpdated`.",
  })
  setChatSessionLabels(
    @Arg('id', () => ID) id: string,
    @Arg('labelIds', () => [ID]) labelIds: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.label.setForChatSession(ctx.viewer, id, labelIds);
  }
}

@Resolver(() => ChatSessionNode)
export class ChatSessionLabelsResolver {
  @FieldResolver(() => [LabelNode], { description: 'By name. Always empty for a visitor: labels are internal.' })
  labels(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    if (!ctx.viewer || ctx.viewer.role === 'CUSTOMER') return [];
    return ctx.loaders.chatSessionLabels.load(session.id);
  }
}
