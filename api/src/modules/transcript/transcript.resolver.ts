import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/guards';
import type { Context } from '../../http/context';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ResolvedPerViewer } from '../../schema/resolved-per-viewer';
import { ChatSessionNode } from '../chat-session/chat-session.types';

@Resolver(() => ChatSessionNode)
export class TranscriptResolver {
  @FieldResolver(() => String, {
    description:
      "Downloads the conversation as a text file (\"[dd/mm/yyyy HH.MM] Name: text\", times in the desk's time zone): a short-lived link signed for the reader who asked. The visitor's copy holds no internal notes; the desk's marks them \"(catatan internal)\".",
  })
  @ResolvedPerViewer()
  transcriptUrl(@Root() session: ChatSessionPayload, @Ctx() ctx: Context) {
    return ctx.services.transcript.urlFor(requireViewer(ctx.viewer), session.id);
  }
}
