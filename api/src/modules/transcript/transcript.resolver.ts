import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/guards';
import type { Context } from '../../http/context';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { ChatSessionNode } from '../chat-session/chat-session.types';

@Resolver(() => ChatSessionNode)
export class TranscriptResolver {
  @Mutation(() => Boolean, {
    description:
      "Emails the customer's copy of the transcript (no notes) to the customer's address, in the background; asking again within a minute sends no second one. For the chat's visitor or an agent who may see it. BAD_USER_INPUT with `extensions.reason` MAIL_NOT_CONFIGURED without SMTP_URL, NO_EMAIL when the customer gave no address.",
  })
  emailTranscript(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transcript.email(ctx.viewer, id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether `emailTranscript` may send it: SMTP_URL is set and the customer gave an email.' })
  async canEmailTranscript(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return ctx.services.transcript.mailSent && Boolean((await ctx.loaders.customer.load(session.customerId))?.email);
  }

  @FieldResolver(() => String, {
    description:
      "Downloads the conversation as a text file (\"[dd/mm/yyyy HH.MM] Name: text\", times in the desk's time zone): a short-lived link signed for the reader who asked. The visitor's copy holds no internal notes; the desk's marks them \"(catatan internal)\".",
  })
  @ResolvedPerViewer()
  transcriptUrl(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return ctx.services.transcript.urlFor(requireViewer(ctx.viewer), session.id);
  }
}
