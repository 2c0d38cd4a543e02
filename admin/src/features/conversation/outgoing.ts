import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import type { UploadContext } from '../../app/upload-link';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { appendMessages } from './message-cache';

const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      sessionId
      clientMessageId
      createdAt
      ...MessageBubble_message
    }
  }
`);

const SendFileMessageMutation = graphql(`
  mutation SendFileMessage($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
      sessionId
      clientMessageId
      createdAt
      ...MessageBubble_message
    }
  }
`);

/** A message this console is sending: shown at once, and kept for a retry when it fails. */
export interface Outgoing {
  clientMessageId: string;
  text: string;
  file?: File;
  /** An internal note, which the visitor never sees. */
  internal?: boolean;
  /** 0..1 while a file uploads. */
  progress?: number;
  createdAt: string;
  status: 'sending' | 'failed';
  error?: string;
  /** It never reached an answer from the API (a network failure): worth sending again on reconnect. */
  retriable?: boolean;
}

/** Random, printable and unique enough; crypto.randomUUID is missing outside secure contexts. */
export function newClientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `admin-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Sends with a `clientMessageId` chosen here, so a retry after a timeout or a failure can
 * never store the message twice: the API returns the stored one instead.
 */
export function useOutgoingMessages(sessionId: string) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [items, setItems] = useState<Outgoing[]>([]);
  const [sendMessage] = useMutation(SendMessageMutation);
  const [sendFileMessage] = useMutation(SendFileMessageMutation);

  const update = useCallback(
    (clientMessageId: string, change: Partial<Outgoing> | null) =>
      setItems((current) =>
        change === null
          ? current.filter((item) => item.clientMessageId !== clientMessageId)
          : current.map((item) => (item.clientMessageId === clientMessageId ? { ...item, ...change } : item)),
      ),
    [],
  );

  const upload = useCallback(
    async (item: Outgoing & { file: File }) => {
      const context: UploadContext = {
        onUploadProgress: (sent, total) => update(item.clientMessageId, { progress: total ? sent / total : 0 }),
      };
      const { data } = await sendFileMessage({
        variables: {
          input: { sessionId, file: item.file, caption: item.text || null, clientMessageId: item.clientMessageId },
        },
        context,
      });
      return data?.sendFileMessage.id;
    },
    [sendFileMessage, sessionId, update],
  );

  const deliver = useCallback(
    async (item: Outgoing) => {
      update(item.clientMessageId, { status: 'sending', error: undefined, progress: item.file ? 0 : undefined });
      try {
        const id = item.file
          ? await upload(item as Outgoing & { file: File })
          : (
              await sendMessage({
                variables: {
                  input: { sessionId, text: item.text, clientMessageId: item.clientMessageId, internal: item.internal },
                },
              })
            ).data?.sendMessage.id;
        if (id) appendMessages(client.cache, sessionId, [id]);
        update(item.clientMessageId, null);
      } catch (error) {
        update(item.clientMessageId, {
          status: 'failed',
          error: describeError(error, t),
          retriable: apiErrors(error).length === 0,
        });
      }
    },
    [client, sendMessage, sessionId, t, update, upload],
  );

  const send = useCallback(
    (text: string, file?: File, internal = false) => {
      const item: Outgoing = {
        clientMessageId: newClientMessageId(),
        text,
        file,
        internal,
        createdAt: new Date().toISOString(),
        status: 'sending',
      };
      setItems((current) => [...current, item]);
      void deliver(item);
    },
    [deliver],
  );

  const retry = useCallback((item: Outgoing) => void deliver(item), [deliver]);

  const latest = useRef(items);
  latest.current = items;
  /** Sends again, with the same clientMessageId, every reply that failed for want of a network. */
  const retryFailed = useCallback(() => {
    for (const item of latest.current) if (item.status === 'failed' && item.retriable) void deliver(item);
  }, [deliver]);

  /** Drops the ones the server has stored (seen by their clientMessageId). */
  const forget = useCallback(
    (stored: Set<string>) => setItems((current) => current.filter((item) => !stored.has(item.clientMessageId))),
    [],
  );

  return { items, send, retry, retryFailed, forget };
}
