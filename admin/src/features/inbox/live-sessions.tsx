import { useApolloClient, useSubscription } from '@apollo/client/react';
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { graphql } from '../../gql';
import { useAuth } from '../auth/auth-session';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../shell/router';
import { playChime, showDesktopNotification } from './new-session-alert';
import { GetQueueCountsQuery } from './queue-counts';
import { waitingSince, type LiveSession } from './session-list-cache';

export const OnChatSessionUpdatedSubscription = graphql(`
  subscription OnChatSessionUpdated {
    chatSessionUpdated {
      id
      status
      createdAt
      queuedAt
      customer {
        id
        name
        email
        # So that an open customer panel shows another console's profile edit.
        phone
        attributes
      }
      assignedAdmin {
        id
      }
      team {
        id
      }
      labels {
        id
      }
      ...SessionRow_session
      # So that an open conversation shows what the customer has read.
      ...ReadReceipts_session
      # And the customer's rating of a closed chat as it comes.
      rating
      ratingComment
    }
  }
`);

/** What a list needs to place a session: the plain fields plus the row's (masked) fragment. */
export type SessionEvent = LiveSession & Record<string, unknown>;

type Listener = (session: SessionEvent | null) => void;

interface LiveSessions {
  /** `null` means "resynchronise": the socket came back and events may have been missed. */
  listen(listener: Listener): () => void;
}

const LiveSessionsContext = createContext<LiveSessions | null>(null);

const COUNT_REFRESH_DELAY_MS = 300;
const FRESH_SESSION_MS = 2 * 60 * 1000;

/**
 * One `chatSessionUpdated` feed for the whole console: it keeps the queue counts fresh, tells
 * the open list what changed, and announces new waiting visitors with a chime and a notification.
 */
export function LiveSessionsProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { monitor } = useAuth();
  const { t } = useI18n();
  const listeners = useRef(new Set<Listener>());
  const announced = useRef(new Set<string>());
  const countTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refreshCounts = () => {
    clearTimeout(countTimer.current);
    countTimer.current = setTimeout(() => {
      void client.refetchQueries({ include: [GetQueueCountsQuery] });
    }, COUNT_REFRESH_DELAY_MS);
  };

  useSubscription(OnChatSessionUpdatedSubscription, {
    onData: ({ data }) => {
      const session = data.data?.chatSessionUpdated as SessionEvent | undefined;
      if (!session) return;
      refreshCounts();
      for (const listener of listeners.current) listener(session);
      announceIfNew(session);
    },
  });

  function announceIfNew(session: SessionEvent) {
    if (session.status !== 'WAITING' || announced.current.has(session.id)) return;
    announced.current.add(session.id);
    if (Date.now() - Date.parse(waitingSince(session)) > FRESH_SESSION_MS) return;
    playChime();
    showDesktopNotification(t('inbox.notify.title'), t('inbox.notify.body', { name: session.customer.name }), () =>
      navigate({ page: 'inbox', queue: 'waiting', sessionId: session.id }),
    );
  }

  useEffect(
    () =>
      monitor.onReconnect(() => {
        refreshCounts();
        for (const listener of listeners.current) listener(null);
      }),
    [monitor],
  );
  useEffect(() => () => clearTimeout(countTimer.current), []);

  const value = useMemo<LiveSessions>(
    () => ({
      listen(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [],
  );
  return <LiveSessionsContext.Provider value={value}>{children}</LiveSessionsContext.Provider>;
}

export function useSessionEvents(listener: Listener): void {
  const live = useContext(LiveSessionsContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => live?.listen((session) => latest.current(session)), [live]);
}

/** Refetches after session events, at most once per `delayMs`: events come in bursts (every message is one). */
export function useRefetchOnSessionEvents(refetch: () => unknown, delayMs: number): void {
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useSessionEvents(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = undefined;
      void refetch();
    }, delayMs);
  });
  useEffect(() => () => clearTimeout(pending.current), []);
}
