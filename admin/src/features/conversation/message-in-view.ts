import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useReducer, useRef, type RefObject } from 'react';
import { useRoute } from '../shell/router';
import { compareMessageIds } from './message-connection';

/** How long a message opened from a link (a search hit) stays highlighted. */
const HIGHLIGHT_MS = 4000;
const OLDER_PAGE_SIZE = 50;
/** Older messages read at most while looking for it: a chat longer than this opens at its end. */
const MAX_MESSAGES_LOADED = 3000;

interface LoadedMessages {
  edges: { node: { id: string } }[];
  pageInfo: { hasPreviousPage: boolean; startCursor?: string | null };
}

/**
 * Opens the conversation at the message named in the route (`?m=<id>`): reads older pages until
 * it is there, scrolls it into view and highlights it briefly (`data-found` on its bubble). The
 * bubbles are the list's first children, in the order of `messages.edges`.
 *
 * The pages are read with a query of their own into the same cached list, not with the view's
 * `fetchMore`: the view's catch-up runs one as the chat opens, and a second one started beside
 * it was seen never to settle (the view stuck at "Memuat pesan lama…").
 */
export function useMessageInView(
  scroller: RefObject<HTMLElement | null>,
  conversation: TypedDocumentNode<unknown, { id: string; last?: number | null; before?: string | null }>,
  sessionId: string,
  messages: LoadedMessages | undefined,
): void {
  const client = useApolloClient();
  const route = useRoute();
  const wanted = route.page === 'inbox' ? route.messageId : undefined;
  const shown = useRef<string | null>(null);
  const reading = useRef(false);
  const failed = useRef(false);
  const [, readAgain] = useReducer((count: number) => count + 1, 0);
  const highlightTimer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(highlightTimer.current), []);
  useEffect(() => {
    if (!wanted || shown.current === wanted || !messages?.edges.length) return;
    const index = messages.edges.findIndex((edge) => edge.node.id === wanted);
    if (index === -1) {
      const isOlder = compareMessageIds(wanted, messages.edges[0]!.node.id) < 0;
      const { hasPreviousPage, startCursor } = messages.pageInfo;
      if (!isOlder || !hasPreviousPage || !startCursor || reading.current || failed.current) return;
      if (messages.edges.length >= MAX_MESSAGES_LOADED) return;
      reading.current = true;
      client
        .query({ query: conversation, variables: { id: sessionId, last: OLDER_PAGE_SIZE, before: startCursor }, fetchPolicy: 'network-only' })
        .catch(() => {
          failed.current = true;
        })
        .finally(() => {
          reading.current = false;
          readAgain();
        });
      return;
    }
    const bubble = scroller.current?.querySelector('.message-list')?.children[index];
    if (!(bubble instanceof HTMLElement)) return;
    shown.current = wanted;
    bubble.scrollIntoView({ block: 'center' });
    bubble.dataset.found = '';
    window.clearTimeout(highlightTimer.current);
    highlightTimer.current = window.setTimeout(() => delete bubble.dataset.found, HIGHLIGHT_MS);
  });
}
