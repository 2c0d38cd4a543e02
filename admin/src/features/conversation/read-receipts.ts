import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { graphql } from '../../gql';
import { compareMessageIds } from './message-connection';

/** The read marks a conversation shows; the console's live session feed keeps them current. */
export const ReadReceiptsFragment = graphql(`
  fragment ReadReceipts_session on ChatSession {
    id
    customerLastReadMessageId
    agentLastReadMessageId
    unreadCount
  }
`);

const MarkChatSessionReadMutation = graphql(`
  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {
    markChatSessionRead(id: $id, messageId: $messageId) {
      ...ReadReceipts_session
    }
  }
`);

interface ReadableMessage {
  id: string;
  sender: string;
  internal?: boolean;
}

/** The newest of the customer's messages on screen: what the agent has read by looking. */
export function newestCustomerMessageId(messages: ReadableMessage[]): string | undefined {
  return messages.findLast((message) => message.sender === 'CUSTOMER')?.id;
}

/** The agent's newest reply the customer has read: the one message that shows "Dibaca". */
export function lastReadReplyId(messages: ReadableMessage[], customerLastReadMessageId: string | null | undefined): string | undefined {
  if (!customerLastReadMessageId) return undefined;
  return messages.findLast(
    (message) => message.sender === 'ADMIN' && !message.internal && compareMessageIds(message.id, customerLastReadMessageId) <= 0,
  )?.id;
}

const onVisibilityChange = (listener: () => void) => {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};
const pageVisible = () => document.visibilityState === 'visible';

/**
 * Marks the chat read up to the customer's newest message while the conversation is open and the
 * page is visible (a tab in the background has not been read). The server's mark only moves
 * forward, so asking again is harmless; each message is asked for once.
 */
export function useMarkRead(sessionId: string, newestCustomerId: string | undefined, agentLastReadMessageId: string | null | undefined) {
  const [markRead] = useMutation(MarkChatSessionReadMutation);
  const visible = useSyncExternalStore(onVisibilityChange, pageVisible);
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!visible || !newestCustomerId) return;
    if (agentLastReadMessageId && compareMessageIds(newestCustomerId, agentLastReadMessageId) <= 0) return;
    const key = `${sessionId}:${newestCustomerId}`;
    if (asked.current === key) return;
    asked.current = key;
    markRead({ variables: { id: sessionId, messageId: newestCustomerId } }).catch(() => {
      // Offline or refused: the next look (or reconnect) tries again.
      if (asked.current === key) asked.current = null;
    });
  }, [visible, sessionId, newestCustomerId, agentLastReadMessageId, markRead]);
}
