import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../shell/router';
import { playChime, showDesktopNotification } from './new-session-alert';

const OnMentionedSubscription = graphql(`
  subscription OnMentioned {
    mentioned {
      sessionId
      sessionStatus
      mentionedBy
      customerName
      message {
        id
        text
      }
    }
  }
`);

/** A colleague named this agent in a note: the chime and a desktop notification that opens the chat. */
export function useMentionAlert(): void {
  const { t } = useI18n();
  useSubscription(OnMentionedSubscription, {
    onData: ({ data }) => {
      const mention = data.data?.mentioned;
      if (!mention) return;
      playChime();
      showDesktopNotification(
        t('mention.title', { agent: mention.mentionedBy ?? t('conversation.system'), customer: mention.customerName }),
        mention.message.text ?? '',
        () => navigate({ page: 'inbox', queue: mention.sessionStatus === 'WAITING' ? 'waiting' : 'mine', sessionId: mention.sessionId }),
        // Each mention its own, so that neither it nor a reminder of the waiting chats hides the other.
        `livechat-oss-mention-${mention.message.id}`,
      );
    },
  });
}
