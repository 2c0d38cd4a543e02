import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { Context } from '../../http/context';
import type { FilePayload } from '../../pubsub/topics';
import { LimitMessagesPerSender } from '../../rate-limit/rate-limit.middleware';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { MessageNode } from '../message/message.types';
import { FileAttachmentNode, SendFileMessageInput } from './file.types';

@Resolver(() => FileAttachmentNode)
export class FileResolver {
  @Mutation(() => MessageNode, {
    description: 'Sends one file (GraphQL multipart request) with an optional caption. Idempotent per clientMessageId.',
  })
  @UseMiddleware(LimitMessagesPerSender)
  sendFileMessage(@Arg('input', () => SendFileMessageInput) input: SendFileMessageInput, @Ctx() ctx: Context) {
    return ctx.services.file.sendFileMessage(ctx.viewer, input);
  }

  @FieldResolver(() => String, {
    description: 'A short-lived download link, signed for the reader who asked for it.',
  })
  @ResolvedPerViewer()
  url(@Root() file: FilePayload, @Ctx() ctx: Context) {
    return ctx.services.file.urlFor(file.id, ctx.viewer);
  }
}
